package org.clockwise.web.startup;

import org.clockwise.core.db.DatabaseBootstrap;
import org.clockwise.core.demo.DemoOrganisation;
import org.clockwise.core.testing.TestDatabase;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real main(), in its own JVM: embedded default, restarts, crashes, external database, bad settings. */
class ApplicationProcessIT {

    static final String SECRET = "process-test-secret-0123456789-abcdefghijklmnop";

    @Test
    void theEmbeddedDefaultKeepsItsDataAcrossACrashAndARestart(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String capturedCookieCheck;
        Browser rep;
        try (ServerProcess first = ServerProcess.start(data, Map.of())) {
            String ready = first.awaitReady();
            assertTrue(ready.contains("open http://localhost:" + first.port), ready);
            assertTrue(ready.contains(data.resolve("postgres").toString()), ready);

            Browser.Page login = new Browser(first.baseUrl()).get("/login");
            assertTrue(login.html().select("#demo-heading").hasText(), "demo mode is announced");
            assertTrue(login.body().contains("rep@demo.clockwise.test"));

            rep = new Browser(first.baseUrl());
            rep.get("/login");
            assertEquals(303, rep.post("/login", Map.of("email", "rep@demo.clockwise.test", "password", DemoOrganisation.PASSWORD)).status());
            capturedCookieCheck = rep.get("/home").html().select(".role-card").attr("data-role");
            assertEquals("rep", capturedCookieCheck);
            assertEquals(1L, first.output().stream().filter(l -> l.contains("Loaded the demo organisation")).count());
            // The demo's pending invitation is written to the outbox folder (no SMTP server configured).
            Path outbox = data.resolve("mail").resolve("outbox");
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline && !invitationWritten(outbox)) {
                Thread.sleep(200);
            }
            assertTrue(invitationWritten(outbox), () -> "no invitation in " + outbox + ":\n" + String.join("\n", first.output()));
            first.crash();
        }
        assertTrue(Files.exists(data.resolve("signing-secret")), "the generated secret lives in the data folder");

        try (ServerProcess second = ServerProcess.start(data, Map.of())) {
            second.awaitReady();
            Browser sameCookies = rep.copyCookiesTo(second.baseUrl());
            assertEquals(200, sameCookies.get("/home").status(), "session, secret and users survived the crash");
            assertEquals(0L, second.output().stream().filter(l -> l.contains("Loaded the demo organisation")).count(),
                    () -> "the demo is loaded on the first start only:\n" + String.join("\n", second.output()));
            // issue 13, first start: the library (copied by the first start) is read while the schema is checked, not after
            assertEquals(1L, second.output().stream().filter(l -> l.contains("Start phases") && l.contains("library read at")).count(),
                    () -> String.join("\n", second.output()));
            second.stop();
        }
        assertFalse(Files.exists(data.resolve("postgres/postmaster.pid")), "a clean stop stops PostgreSQL too");
    }

    @Test
    void anExternalDatabaseIsUsedAsConfiguredAndGetsDemoDataOnlyWhenAsked(@TempDir Path dir) throws Exception {
        String url = freshDatabase();
        Map<String, String> env = Map.of(
                "DATASOURCES_DEFAULT_URL", url,
                "DATASOURCES_DEFAULT_USERNAME", (String) TestDatabase.properties().get(DatabaseBootstrap.USERNAME),
                "DATASOURCES_DEFAULT_PASSWORD", (String) TestDatabase.properties().get(DatabaseBootstrap.PASSWORD),
                "TRAINING_SIGNING_SECRET", SECRET);
        try (ServerProcess plain = ServerProcess.start(dir.resolve("data"), env)) {
            String ready = plain.awaitReady();
            assertTrue(ready.contains("external PostgreSQL at " + url), ready);
            assertFalse(new Browser(plain.baseUrl()).get("/login").body().contains("Demo mode"));
            plain.stop();
        }
        assertFalse(Files.exists(dir.resolve("data/postgres")), "no embedded server was started");

        try (ServerProcess demo = ServerProcess.start(dir.resolve("data"), env, "--demo")) {
            demo.awaitReady();
            assertTrue(new Browser(demo.baseUrl()).get("/login").body().contains("Demo mode"));
            demo.stop();
        }
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAndExitCode1(@TempDir Path dir) throws Exception {
        ServerProcess broken = ServerProcess.start(dir, Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:1/clockwise"));
        assertEquals(1, broken.awaitExit());
        List<String> lines = broken.output().stream().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), () -> String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("Clockwise cannot start: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/clockwise"), lines.get(0));
    }

    @Test
    void anExternalDatabaseWithoutASigningSecretIsRefused(@TempDir Path dir) throws Exception {
        ServerProcess noSecret = ServerProcess.start(dir, Map.of(
                "DATASOURCES_DEFAULT_URL", (String) TestDatabase.properties().get(DatabaseBootstrap.URL),
                "DATASOURCES_DEFAULT_USERNAME", (String) TestDatabase.properties().get(DatabaseBootstrap.USERNAME),
                "DATASOURCES_DEFAULT_PASSWORD", (String) TestDatabase.properties().get(DatabaseBootstrap.PASSWORD)));
        assertEquals(1, noSecret.awaitExit());
        assertTrue(String.join("\n", noSecret.output()).contains("TRAINING_SIGNING_SECRET is not set"), () -> String.join("\n", noSecret.output()));
    }

    @Test
    void aSettingOutOfBoundsIsOneLineNamingItAndExitCode1(@TempDir Path dir) throws Exception {
        ServerProcess badRetention = ServerProcess.start(dir, Map.of(
                "DATASOURCES_DEFAULT_URL", (String) TestDatabase.properties().get(DatabaseBootstrap.URL),
                "DATASOURCES_DEFAULT_USERNAME", (String) TestDatabase.properties().get(DatabaseBootstrap.USERNAME),
                "DATASOURCES_DEFAULT_PASSWORD", (String) TestDatabase.properties().get(DatabaseBootstrap.PASSWORD),
                "TRAINING_SIGNING_SECRET", SECRET,
                "CLOCKWISE_REVIEW_DESIRED_RETENTION", "1.5"));
        assertEquals(1, badRetention.awaitExit());
        List<String> lines = badRetention.output().stream().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("Clockwise cannot start: clockwise.review.desired-retention must be between 0.70 and 0.97, was 1.5"),
                lines);
    }

    /** A new, empty database on the test server, so demo data never leaks into other tests. */
    static String freshDatabase() throws Exception {
        Map<String, Object> props = TestDatabase.properties();
        String url = (String) props.get(DatabaseBootstrap.URL);
        String name = "clockwise_process_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, (String) props.get(DatabaseBootstrap.USERNAME),
                (String) props.get(DatabaseBootstrap.PASSWORD)); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query >= 0 ? url.substring(query) : "");
    }

    private static boolean invitationWritten(Path outbox) throws java.io.IOException {
        if (!Files.isDirectory(outbox)) {
            return false;
        }
        try (var files = Files.list(outbox)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith("casey.rep@demo.clockwise.test.eml"));
        }
    }
}
