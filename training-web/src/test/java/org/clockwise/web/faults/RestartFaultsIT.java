package org.clockwise.web.faults;

import org.clockwise.core.demo.DemoOrganisation;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, faults with nothing lost: 16 reps submit quizzes to the real main() (its own JVM, its
 * embedded PostgreSQL with fsync on) while PostgreSQL restarts, fast and then immediate, and while
 * the server itself is killed with SIGKILL. Every submit answered 303 is stored exactly once, every
 * other one is stored once when the same form is sent again, and the server recovers by itself.
 */
class RestartFaultsIT {

    static final int CLIENTS = 16;

    @Test
    void quizSubmissionsSurviveDatabaseRestartsAServerKillAndAFullDisk(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Postgres postgres = new Postgres(data.resolve("postgres"));
        Set<String> allRecorded = new HashSet<>();
        List<Browser> reps;
        String module;
        ServerProcess server = ServerProcess.start(data, Map.of());
        try {
            server.awaitReady();
            module = quizModule(postgres);
            reps = signIn(server.baseUrl(), postgres);
            for (String mode : List.of("fast", "immediate")) {
                allRecorded.addAll(postgresRestarts(server, postgres, reps, module, mode));
            }

            QuizLoad load = new QuizLoad(reps, module, 3_000);
            Thread.sleep(3_000);
            server.crash(); // kill -9 mid-load
            load.close();
            saveLog(server);
            server = ServerProcess.start(data, Map.of());
            server.awaitReady();
            String restarted = server.baseUrl();
            int retried = load.retryFailed(rep -> rep.copyCookiesTo(restarted));
            System.out.printf("Server kill -9: %s; %d forms sent again, %d recorded in all%n", load.summary(), retried,
                    load.recorded.size());
            assertStoredOnce(postgres, load.recorded);
            allRecorded.addAll(load.recorded);
            try (Connection c = postgres.connect(); PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM attempts WHERE course_id = ? AND submitted_at > now() - interval '1 hour'")) {
                ps.setString(1, module);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    assertEquals(allRecorded.size(), r.getInt(1), "no attempt is stored that was neither answered 303 nor sent again");
                }
            }
            allRecorded.addAll(diskFull(server, postgres, reps.get(1).copyCookiesTo(restarted), module, dir.resolve("small-disk")));
            server.stop();
        } finally {
            server.close();
            saveLog(server);
            new ProcessBuilder("umount", "-l", dir.resolve("small-disk").toString()).start().waitFor(); // after PostgreSQL stopped
        }
    }

    /**
     * The disk holding the answers fills up (a 4 MB tmpfs as the tablespace of attempt_answers; needs
     * root, skipped otherwise): a quiz whose answers no longer fit gets the 503 page and leaves nothing
     * behind, not even its attempt row; once space is freed the same form is recorded once.
     */
    private static Set<String> diskFull(ServerProcess server, Postgres postgres, Browser rep, String module, Path small) throws Exception {
        java.nio.file.Files.createDirectories(small);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m,mode=0777", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        if (mount.waitFor() != 0) {
            System.out.println("Disk full: skipped, cannot mount a tmpfs: " + new String(mount.getInputStream().readAllBytes()));
            return Set.of();
        }
        try (Connection c = postgres.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLESPACE small_disk LOCATION '" + small + "'");
            s.execute("ALTER TABLE attempt_answers SET TABLESPACE small_disk");
            s.execute("VACUUM FULL attempt_answers"); // the move copies pages with their free space; packed, new answers need new pages
        }
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(small.resolve("filler"))) {
            byte[] block = new byte[8192];
            while (true) {
                out.write(block);
            }
        } catch (java.io.IOException full) {
            // the disk is full
        }
        Set<String> recorded = new HashSet<>();
        Map<String, String> refusedForm = null;
        Browser.Page refused = null;
        for (int take = 5_000; take < 5_200 && refusedForm == null; take++) {
            Map<String, String> form = QuizLoad.filled(rep.get("/modules/" + module + "/quiz?take=" + take));
            Browser.Page answer = rep.postRaw("/modules/" + module + "/quiz", form);
            if (answer.status() == 303) {
                recorded.add(form.get("attempt"));
            } else {
                refusedForm = form;
                refused = answer;
            }
        }
        int healthWhileFull = health(server.baseUrl());
        assertTrue(refused != null, "the disk filled up");
        assertEquals(503, refused.status(), refused.body());
        assertEquals(503, healthWhileFull, "health answers 503 once a write was refused for want of disk");
        assertTrue(refused.body().contains("Try again in a few seconds"), refused.body());
        assertFalse(refused.body().contains("No space") || refused.body().contains("PSQL"), refused.body());
        try (Connection c = postgres.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM attempts WHERE id = ?::uuid")) {
            ps.setString(1, refusedForm.get("attempt"));
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                assertEquals(0, r.getInt(1), "the refused quiz left no attempt row behind its missing answers");
            }
        }
        java.nio.file.Files.delete(small.resolve("filler"));
        Browser.Page again = rep.postRaw("/modules/" + module + "/quiz", refusedForm);
        assertEquals(303, again.status(), again.body());
        recorded.add(refusedForm.get("attempt"));
        System.out.printf("Disk full: %d quizzes recorded before the disk filled, then 1 answered %d; health meanwhile %d; "
                + "sent again after freeing space: %d%n", recorded.size() - 1, refused.status(), healthWhileFull, again.status());
        assertStoredOnce(postgres, recorded);
        return recorded;
    }

    /** Reps submit while PostgreSQL is stopped ({@code fast} or {@code immediate}) for 4 s and started again. */
    private static Set<String> postgresRestarts(ServerProcess server, Postgres postgres, List<Browser> reps, String module, String mode)
            throws Exception {
        Browser jsonClient = reps.get(0).copyCookies();
        Map<String, String> jsonForm = QuizLoad.filled(jsonClient.get("/modules/" + module + "/quiz?take="
                + ("fast".equals(mode) ? 900_000 : 950_000)));
        QuizLoad load = new QuizLoad(reps, module, "fast".equals(mode) ? 1_000 : 2_000);
        Thread.sleep(2_000);
        postgres.stop(mode);
        long downAt = System.nanoTime();
        int health = 0;
        QuizLoad.JsonAnswer json = null;
        while (System.nanoTime() - downAt < 4_000_000_000L) {
            health = health(server.baseUrl());
            json = QuizLoad.jsonPost(jsonClient, server.baseUrl(), "/modules/" + module + "/quiz", jsonForm);
            Thread.sleep(200);
        }
        postgres.start();
        long upAt = System.nanoTime();
        assertEquals(503, health, "health answers 503 while the database is down");
        assertEquals(503, json.status(), json.body() + " after " + json.millis() + " ms; " + load.summary());
        assertTrue(json.body().startsWith("{\"status\":503"), json.body());
        while (health(server.baseUrl()) != 200) {
            assertTrue(System.nanoTime() - upAt < 15_000_000_000L, "health is 200 again within 15 s of the database");
            Thread.sleep(200);
        }
        int before = load.recorded.size();
        while (load.recorded.size() < before + CLIENTS) {
            assertTrue(System.nanoTime() - upAt < 20_000_000_000L, "quizzes are recorded again within 20 s of the database: "
                    + load.summary());
            Thread.sleep(100);
        }
        long recoveredMillis = (System.nanoTime() - upAt) / 1_000_000;
        assertEquals(303, jsonClient.postRaw("/modules/" + module + "/quiz", jsonForm).status(), "the JSON client's form sent again");
        load.recorded.add(jsonForm.get("attempt"));
        load.close();
        int retried = load.retryFailed(rep -> rep);
        System.out.printf("PostgreSQL %s restart: %s; %d forms sent again, %d recorded in all; recording again %d ms after the start%n",
                mode, load.summary(), retried, load.recorded.size(), recoveredMillis);
        assertTrue(load.count(503) > 0, "the outage was seen: " + load.summary());
        assertEquals(Set.of(303, 503), load.statuses.keySet().stream().filter(s -> s != 200).collect(Collectors.toSet()), load.summary());
        assertEquals(0, load.refusedConnections.get(), "the server itself kept answering");
        assertTrue(load.slowestMillis.get() < 10_000, "no answer hangs: " + load.summary());
        for (String body : load.errorBodies) {
            assertTrue(body.contains("Try again in a few seconds"), body);
            assertFalse(body.contains("Exception") || body.contains("PSQL") || body.contains("Hikari"), body);
        }
        assertStoredOnce(postgres, load.recorded);
        return load.recorded;
    }

    /** What a server printed, kept in target/ for a failure's post-mortem. */
    static void saveLog(ServerProcess server) throws java.io.IOException {
        java.nio.file.Files.write(Path.of("target", "faults-server-" + server.port + ".log"), server.output());
    }

    static int health(String baseUrl) {
        try {
            return org.clockwise.web.testing.RawHttp.sendTo(baseUrl, "GET", "/health", "*/*", null, null).statusCode();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Each attempt once, with all its answers (nothing half-written), and nothing else half-written either. */
    static void assertStoredOnce(Postgres postgres, Set<String> attempts) throws Exception {
        try (Connection c = postgres.connect()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), count(*) FILTER (WHERE (SELECT count(*) FROM attempt_answers x "
                    + "WHERE x.attempt_id = a.id) = a.total_count) FROM attempts a WHERE a.id = ANY (?::uuid[])")) {
                ps.setArray(1, c.createArrayOf("text", attempts.toArray()));
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    assertEquals(attempts.size(), r.getInt(1), "every attempt answered 303 is stored");
                    assertEquals(attempts.size(), r.getInt(2), "with every one of its answers");
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM attempts a WHERE "
                    + "(SELECT count(*) FROM attempt_answers x WHERE x.attempt_id = a.id) <> a.total_count")) {
                r.next();
                assertEquals(0, r.getInt(1), "no attempt is half-written");
            }
        }
    }

    static String quizModule(Postgres postgres) throws Exception {
        try (Connection c = postgres.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT course_id FROM attempts GROUP BY course_id ORDER BY count(*) DESC, course_id LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    static List<Browser> signIn(String baseUrl, Postgres postgres) throws Exception {
        List<String> emails = new ArrayList<>();
        try (Connection c = postgres.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT u.email FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' "
                     + "WHERE u.active ORDER BY u.email")) {
            while (r.next()) {
                emails.add(r.getString(1));
            }
        }
        List<Browser> signedIn = new ArrayList<>();
        for (String email : emails) { // a rep still invited (no password of their own yet) is skipped
            Browser rep = new Browser(baseUrl);
            if (rep.signIn(email, DemoOrganisation.PASSWORD).status() == 303) {
                signedIn.add(rep);
            }
        }
        assertFalse(signedIn.isEmpty());
        List<Browser> reps = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            reps.add(i < signedIn.size() ? signedIn.get(i) : signedIn.get(i % signedIn.size()).copyCookies());
        }
        return reps;
    }
}
