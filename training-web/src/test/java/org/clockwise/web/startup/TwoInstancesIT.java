package org.clockwise.web.startup;

import org.clockwise.core.db.DatabaseBootstrap;
import org.clockwise.core.demo.DemoOrganisation;
import org.clockwise.core.testing.TestDatabase;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of the real main() on one PostgreSQL database, with the same signing secret, and
 * nginx round-robin in front of them when nginx is installed (deploy/nginx.conf.template): a
 * session works on both, and scheduled work runs once per period across the two. The schedules
 * are shortened to seconds so that each instance fires every job several times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final Pattern RAN = Pattern.compile("Scheduled job (\\S+) runs for period (\\S+) on (\\S+)");
    private static final Pattern SKIPPED = Pattern.compile("Scheduled job (\\S+) for period (\\S+): already run by another instance");
    private static final int MAILS = 40;

    private Path dir;
    private String url;
    private ServerProcess a;
    private ServerProcess b;
    private long bReadyAt;

    @BeforeAll
    void startTwoInstances() throws Exception {
        dir = Files.createTempDirectory("clockwise-two-instances");
        url = ApplicationProcessIT.freshDatabase();
        Map<String, String> env = new HashMap<>(Map.of(
                "DATASOURCES_DEFAULT_URL", url,
                "DATASOURCES_DEFAULT_USERNAME", (String) TestDatabase.properties().get(DatabaseBootstrap.USERNAME),
                "DATASOURCES_DEFAULT_PASSWORD", (String) TestDatabase.properties().get(DatabaseBootstrap.PASSWORD),
                "TRAINING_SIGNING_SECRET", ApplicationProcessIT.SECRET,
                "CLOCKWISE_JOBS_ROLLUP_CHECK_CRON", "*/2 * * * * *",
                "CLOCKWISE_JOBS_SNAPSHOT_REFRESH_CRON", "*/2 * * * * *",
                "CLOCKWISE_NUDGE_EVERY", "2s",
                "CLOCKWISE_NUDGE_FIRST_AFTER", "1s",
                "CLOCKWISE_MAIL_SEND_EVERY", "1s",
                "LOGGER_LEVELS_ORG_CLOCKWISE_CORE_JOBS", "DEBUG"));
        a = ServerProcess.start(dir.resolve("a"), env, "--demo"); // the first migrates the schema and loads the demo
        a.awaitReady();
        b = ServerProcess.start(dir.resolve("b"), env);
        b.awaitReady();
        bReadyAt = System.nanoTime();
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (ServerProcess p : new ServerProcess[] {a, b}) {
            if (p != null) {
                p.close();
            }
        }
    }

    @Test
    void aRepSignedInOnOneInstanceIsSignedInOnTheOther() {
        Browser onA = new Browser(a.baseUrl());
        assertEquals(303, onA.signIn("rep@demo.clockwise.test", DemoOrganisation.PASSWORD).status());
        Browser onB = onA.copyCookiesTo(b.baseUrl());
        Browser.Page home = onB.get("/home");
        assertEquals(200, home.status(), home.body());
        assertEquals("rep", home.html().select(".role-card").attr("data-role"));
        assertEquals(200, onB.get("/today").status(), "the rep's own page on the other instance");
    }

    @Test
    void behindNginxRoundRobinEveryRequestOfTheSessionSucceedsOnBothInstances() throws Exception {
        Path nginx = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(nginx != null,
                "nginx is not installed: skipping the part behind nginx (apt-get install nginx, or run deploy/two-instances.sh once as root)");
        int port = freePort();
        Path prefix = Files.createDirectories(dir.resolve("nginx"));
        // Run as root, nginx's workers run as nobody: they must reach their temporary folders.
        for (Path d : List.of(dir, prefix)) {
            Files.setPosixFilePermissions(d, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path template = Stream.of("deploy/nginx.conf.template", "../deploy/nginx.conf.template").map(Path::of)
                .filter(Files::exists).findFirst().orElseThrow();
        Files.writeString(prefix.resolve("nginx.conf"), Files.readString(template)
                .replace("@PREFIX@", prefix.toString())
                .replace("@LISTEN@", Integer.toString(port))
                .replace("@UPSTREAMS@", "        server 127.0.0.1:" + a.port + ";\n        server 127.0.0.1:" + b.port + ";"));
        Process proxy = new ProcessBuilder(nginx.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-e", prefix.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
        try {
            Browser rep = new Browser("http://127.0.0.1:" + port);
            await(Duration.ofSeconds(10), () -> {
                try {
                    return rep.get("/login").status() == 200;
                } catch (RuntimeException notYet) {
                    return false;
                }
            });
            // The sign-in form and the sign-in itself may each land on either instance (CSRF is signed too).
            Browser.Page signIn = rep.post("/login", Map.of("email", "rep@demo.clockwise.test", "password", DemoOrganisation.PASSWORD));
            assertEquals(303, signIn.status(), () -> signIn.body() + log(prefix));
            Set<String> upstreams = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                Browser.Page today = rep.get("/today");
                assertEquals(200, today.status(), today.body());
                upstreams.add(today.header("X-Clockwise-Upstream").orElseThrow());
            }
            assertEquals(Set.of("127.0.0.1:" + a.port, "127.0.0.1:" + b.port), upstreams, "round-robin reached both instances");
        } finally {
            proxy.destroy();
            if (!proxy.waitFor(20, TimeUnit.SECONDS)) {
                proxy.destroyForcibly();
            }
        }
    }

    @Test
    void scheduledJobsRunOncePerPeriodAcrossBothInstances() throws Exception {
        // Every job fires every 2 s on each instance; wait until each instance has fired several times.
        await(Duration.ofSeconds(60), () -> System.nanoTime() - bReadyAt > TimeUnit.SECONDS.toNanos(7)
                && periods("nudges") >= 3 && periods("rollup-check") >= 1 && periods("snapshot-refresh") >= 1);

        Map<String, Integer> ran = new TreeMap<>();
        Map<String, Set<String>> skippedBy = new HashMap<>();
        for (ServerProcess p : List.of(a, b)) {
            for (String line : p.output()) {
                Matcher run = RAN.matcher(line);
                if (run.find()) {
                    ran.merge(run.group(1) + " " + run.group(2), 1, Integer::sum);
                }
                Matcher skip = SKIPPED.matcher(line);
                if (skip.find()) {
                    skippedBy.computeIfAbsent(skip.group(1), k -> new HashSet<>()).add(p == a ? "a" : "b");
                }
            }
        }
        String logs = "runs " + ran + "\n--- a\n" + String.join("\n", a.output()) + "\n--- b\n" + String.join("\n", b.output());
        ran.forEach((period, count) -> assertEquals(1, count, () -> period + " ran " + count + " times\n" + logs));
        Set<String> rows = new HashSet<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT job, period FROM job_runs")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        // Runs logged after the query are fine; every row must have been logged exactly once.
        assertTrue(ran.keySet().containsAll(rows), () -> "rows " + rows + "\n" + logs);
        // The daily jobs fired on both instances many times today; every firing but one was refused.
        assertEquals(Set.of("a", "b"), skippedBy.get("rollup-check"), logs);
        assertEquals(Set.of("a", "b"), skippedBy.get("snapshot-refresh"), logs);
        assertEquals(1, ran.keySet().stream().filter(k -> k.startsWith("rollup-check ")).count(), logs);
        assertEquals(1, ran.keySet().stream().filter(k -> k.startsWith("snapshot-refresh ")).count(), logs);
    }

    @Test
    void everyQueuedEmailIsDeliveredOnceByOneOfTheInstances() throws Exception {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO mail_outbox (recipient, subject, body_text, body_html, dedupe_key, created_at, next_attempt_at)
                VALUES (?, 'Two instances', 'text', '<p>html</p>', ?, now(), now())""")) {
            for (int i = 0; i < MAILS; i++) {
                insert.setString(1, "multi-" + i + "@example.test");
                insert.setString(2, "two-instances:" + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        await(Duration.ofSeconds(60), () -> count("SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE 'two-instances:%' AND sent_at IS NOT NULL") == MAILS);
        assertEquals(MAILS, count("SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE 'two-instances:%' AND attempts = 1"),
                "no email was claimed twice");
        List<String> files = new ArrayList<>();
        for (String instance : List.of("a", "b")) {
            Path outbox = dir.resolve(instance).resolve("mail").resolve("outbox");
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> list = Files.list(outbox)) {
                    list.map(f -> f.getFileName().toString()).filter(f -> f.matches(".*-multi-\\d+@example\\.test\\.eml")).forEach(files::add);
                }
            }
        }
        assertEquals(MAILS, files.size(), () -> "one file per email across both instances: " + files);
        assertEquals(MAILS, files.stream().map(f -> f.replaceAll("^.*-(multi-\\d+@)", "$1")).distinct().count(), files::toString);
    }

    private long periods(String job) {
        return count("SELECT count(*) FROM job_runs WHERE job = '" + job + "' AND finished_at IS NOT NULL");
    }

    private long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(url, (String) TestDatabase.properties().get(DatabaseBootstrap.USERNAME),
                (String) TestDatabase.properties().get(DatabaseBootstrap.PASSWORD));
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout);
            }
            Thread.sleep(250);
        }
    }

    private static String log(Path prefix) {
        try {
            return "\n" + Files.readString(prefix.resolve("error.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
