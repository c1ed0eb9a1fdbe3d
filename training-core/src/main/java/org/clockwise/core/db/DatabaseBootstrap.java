package org.clockwise.core.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides where the data lives before the application context starts: the PostgreSQL server
 * named by {@code DATASOURCES_DEFAULT_URL} when one is configured, otherwise an embedded server
 * with its data in {@code TRAINING_DATA_DIR} (default {@code ./data}).
 */
public final class DatabaseBootstrap {

    public static final String URL = "datasources.default.url";
    public static final String USERNAME = "datasources.default.username";
    public static final String PASSWORD = "datasources.default.password";

    private DatabaseBootstrap() {
    }

    /** Where the data lives, and the properties that point the application at it. */
    public record Database(Map<String, Object> properties, EmbeddedDatabase embedded, Path dataDir, String description) {
        public boolean isEmbedded() {
            return embedded != null;
        }
    }

    /**
     * @param setting looks a setting up by its environment-variable name (e.g. {@code System::getenv}
     *                with system properties as fallback); returns null when unset
     */
    public static Database resolve(Function<String, String> setting) {
        Database db = resolveStarting(setting);
        if (db.isEmbedded()) {
            db.embedded().awaitReady();
        }
        return db;
    }

    /**
     * As {@link #resolve}, but an embedded server may still be starting when this returns
     * ({@link EmbeddedDatabase#startInBackground}): its address is known, {@link EmbeddedDatabase#awaitReady} waits for it.
     */
    public static Database resolveStarting(Function<String, String> setting) {
        Path dataDir = Path.of(orDefault(setting.apply("TRAINING_DATA_DIR"), "data")).toAbsolutePath().normalize();
        String url = setting.apply("DATASOURCES_DEFAULT_URL");
        if (url != null && !url.isBlank()) {
            String user = setting.apply("DATASOURCES_DEFAULT_USERNAME");
            String password = setting.apply("DATASOURCES_DEFAULT_PASSWORD");
            checkReachable(url, user, password);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put(URL, url);
            if (user != null) {
                props.put(USERNAME, user);
            }
            if (password != null) {
                props.put(PASSWORD, password);
            }
            return new Database(props, null, dataDir, "external PostgreSQL at " + url);
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.startInBackground(dataDir);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(URL, embedded.jdbcUrl());
        props.put(USERNAME, embedded.username());
        props.put(PASSWORD, embedded.password());
        return new Database(props, embedded, dataDir, "embedded PostgreSQL, data in " + embedded.dataDirectory());
    }

    /** Fails fast with one line instead of a pool's retry loop and a stack trace wall. */
    static void checkReachable(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new DatabaseUnavailableException("DATASOURCES_DEFAULT_URL must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/database), got: " + url);
        }
        DriverManager.setLoginTimeout(10);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable and the credentials work
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot connect to PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
