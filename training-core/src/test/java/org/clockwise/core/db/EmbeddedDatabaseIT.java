package org.clockwise.core.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseIT {

    @Test
    void theDataFolderSurvivesARestart(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            execute(db, "CREATE TABLE kept (v text)", "INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertEquals("still here", queryOne(db, "SELECT v FROM kept"));
        }
    }

    @Test
    void aCrashedOwnerLeavesNothingThatBlocksTheNextStart(@TempDir Path dir) throws Exception {
        // A child JVM starts the database, writes, and dies without running any shutdown hook:
        // its PostgreSQL keeps running and its pid file stays behind, as after a kill -9.
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingOwner.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            output = out.lines().reduce("", (a, b) -> a + b + "\n");
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertTrue(output.contains("WROTE"), output);
        assertTrue(Files.exists(dir.resolve("postgres/postmaster.pid")), "the crashed server's pid file is left behind");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertEquals("before the crash", queryOne(db, "SELECT v FROM crash_test"));
        }
    }

    @Test
    void oneDataFolderServesOneInstanceAtATime(@TempDir Path dir) {
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(dir)) {
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> EmbeddedDatabase.start(dir));
            assertTrue(e.getMessage().contains("in use by another running instance"), e.getMessage());
            assertTrue(e.getMessage().contains("TRAINING_DATA_DIR"), e.getMessage());
        }
    }

    /** Entry point of the child JVM in the crash test. */
    public static final class CrashingOwner {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
            execute(db, "CREATE TABLE crash_test (v text)", "INSERT INTO crash_test VALUES ('before the crash')");
            System.out.println("WROTE");
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    @Test
    void theApplicationsDatabaseWaitsForTheDisk(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir)) {
            assertEquals("on", queryOne(db, "SHOW fsync"));
            assertEquals("on", queryOne(db, "SHOW synchronous_commit"));
        }
    }

    static void execute(EmbeddedDatabase db, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static String queryOne(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
