package org.clockwise.core.testing;

import org.clockwise.core.db.DatabaseBootstrap;
import org.clockwise.core.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One PostgreSQL per test JVM: the server named by {@code DATASOURCES_DEFAULT_URL} when set
 * (CI proves the external-database mode that way), otherwise an embedded one in a temp folder.
 */
public final class TestDatabase {

    private static Map<String, Object> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = start();
        }
        return properties;
    }

    public static boolean isExternal() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        return url != null && !url.isBlank();
    }

    private static Map<String, Object> start() {
        if (isExternal()) {
            return DatabaseBootstrap.resolve(System::getenv).properties();
        }
        try {
            Path dir = Files.createTempDirectory("clockwise-test-db");
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, false); // throwaway: speed over durability
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-db-shutdown"));
            return Map.of(DatabaseBootstrap.URL, db.jdbcUrl(), DatabaseBootstrap.USERNAME, db.username(),
                    DatabaseBootstrap.PASSWORD, db.password());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
