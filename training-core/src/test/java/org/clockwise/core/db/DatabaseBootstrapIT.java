package org.clockwise.core.db;

import org.clockwise.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseBootstrapIT {

    @Test
    void aConfiguredUrlIsUsedAndNoEmbeddedServerStarts(@TempDir Path dir) {
        Map<String, Object> test = TestDatabase.properties();
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", (String) test.get(DatabaseBootstrap.URL));
        env.put("DATASOURCES_DEFAULT_USERNAME", (String) test.get(DatabaseBootstrap.USERNAME));
        env.put("DATASOURCES_DEFAULT_PASSWORD", (String) test.get(DatabaseBootstrap.PASSWORD));
        env.put("TRAINING_DATA_DIR", dir.resolve("data").toString());

        DatabaseBootstrap.Database db = DatabaseBootstrap.resolve(env::get);

        assertFalse(db.isEmbedded());
        assertEquals(test.get(DatabaseBootstrap.URL), db.properties().get(DatabaseBootstrap.URL));
        assertFalse(Files.exists(dir.resolve("data/postgres")), "no embedded server was created");
    }

    @Test
    void anUnreachableServerIsOneClearLine() {
        Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:1/clockwise");
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> DatabaseBootstrap.resolve(env::get));
        assertTrue(e.getMessage().startsWith("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/clockwise"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aUrlForAnotherDatabaseIsNamedAsSuch() {
        Map<String, String> env = Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mysql://localhost/clockwise");
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> DatabaseBootstrap.resolve(env::get));
        assertTrue(e.getMessage().contains("must be a PostgreSQL JDBC URL"), e.getMessage());
    }

    @Test
    void theSigningSecretIsGeneratedOnceAndKept(@TempDir Path dir) {
        String first = SigningSecret.configuredOrStored(null, dir, true);
        String second = SigningSecret.configuredOrStored(null, dir, true);
        assertEquals(first, second);
        assertTrue(first.length() >= SigningSecret.MIN_LENGTH);
        assertThrows(IllegalStateException.class, () -> SigningSecret.configuredOrStored(null, dir, false),
                "with an external database the secret must be configured");
        assertThrows(IllegalStateException.class, () -> SigningSecret.configuredOrStored("short", dir, true));
    }
}
