package org.clockwise.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clockwise.core.db.DatabaseBootstrap;
import org.clockwise.core.db.DatabaseUnavailableException;
import org.clockwise.core.db.SigningSecret;
import org.clockwise.web.cli.Commands;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Starts the server. With no database configured it runs an embedded PostgreSQL with its data
 * in {@code ./data} (or {@code TRAINING_DATA_DIR}) and loads the demo organisation on first start;
 * with {@code DATASOURCES_DEFAULT_URL} it uses that server, and loads demo data only with {@code --demo}.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args));
        }
        DatabaseBootstrap.Database db = null;
        ApplicationContext context = null;
        try {
            // The embedded server starts beside the context, which waits for it before its first connection (issue 13, first start).
            db = DatabaseBootstrap.resolveStarting(Application::setting);
            var builder = ApplicationContext.builder()
                    .args(args)
                    .mainClass(Application.class)
                    .properties(settings(db, args));
            if (db.isEmbedded()) {
                builder.singletons(db.embedded());
            }
            context = builder.build();
            Runtime.getRuntime().addShutdownHook(new Thread(stopper(context, db), "clockwise-shutdown"));
            context.start();
            context.getBean(EmbeddedServer.class).start();
        } catch (RuntimeException e) {
            // One line a person can act on, not a stack trace wall.
            System.err.println("Clockwise cannot start: " + oneLine(e));
            System.exit(1);
        }
    }

    /** The settings the server starts with; commands of the jar start with the same ones. */
    public static Map<String, Object> settings(DatabaseBootstrap.Database db, String[] args) {
        Map<String, Object> props = new HashMap<>(db.properties());
        props.put("clockwise.signing-secret",
                SigningSecret.configuredOrStored(setting("TRAINING_SIGNING_SECRET"), db.dataDir(), db.isEmbedded()));
        boolean demo = db.isEmbedded() || Arrays.asList(args).contains("--demo");
        if (setting("TRAINING_DEMO") != null) {
            demo = Boolean.parseBoolean(setting("TRAINING_DEMO"));
        }
        props.put("clockwise.demo.enabled", demo);
        props.put("clockwise.database.description", db.description());
        props.put("clockwise.data-dir", db.dataDir().toString());
        String port = setting("PORT") != null ? setting("PORT") : "8080";
        String baseUrl = setting("TRAINING_BASE_URL") != null ? setting("TRAINING_BASE_URL") : "http://localhost:" + port;
        props.put("clockwise.site.base-url", baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (setting("TRAINING_LIBRARY_DIR") != null) {
            props.put("clockwise.library.path", setting("TRAINING_LIBRARY_DIR"));
        }
        return props;
    }

    /** The application first (it may still write), then the database under it. */
    private static Runnable stopper(ApplicationContext context, DatabaseBootstrap.Database db) {
        return () -> {
            if (context.isRunning()) {
                context.close();
            }
            if (db.isEmbedded()) {
                db.embedded().close();
            }
        };
    }

    static String oneLine(Throwable e) {
        Optional<String> settings = SettingsCheck.describe(e);
        if (settings.isPresent()) {
            return settings.get();
        }
        if (e instanceof DatabaseUnavailableException || e instanceof IllegalStateException && e.getCause() == null) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** An environment variable, or the system property of the same name. */
    public static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
