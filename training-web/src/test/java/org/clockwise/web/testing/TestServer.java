package org.clockwise.web.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;

import java.util.HashMap;
import java.util.Map;

/** The whole server, started once per test JVM on a random port over the shared test database. */
public final class TestServer {

    private static EmbeddedServer server;
    private static TestLibrary library;

    private TestServer() {
    }

    public static synchronized EmbeddedServer get() {
        if (server == null) {
            Map<String, Object> props = new HashMap<>(CoreContext.testProperties());
            props.put("micronaut.server.port", -1);
            // issue 13, wt-today4: the shared server reads Today on every view (tests change rows behind its
            // back); TodayKeepIT runs its own server with the model kept.
            props.put("clockwise.page-cache.today-trusted-seconds", 0);
            library = TestLibrary.create();
            props.put("clockwise.library.path", library.root().toString());
            // Email goes to a real SMTP server (GreenMail) and is delivered as the server would.
            props.put("clockwise.mail.smtp-host", "127.0.0.1");
            props.put("clockwise.mail.smtp-port", TestMail.port());
            props.put("clockwise.mail.scheduled", true);
            props.put("clockwise.mail.send-every", "300ms");
            server = ApplicationContext.run(EmbeddedServer.class, props, "test");
            CoreContext.install(server.getApplicationContext());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-server-shutdown"));
        }
        return server;
    }

    /** The library folder the server publishes from and writes authors' edits to. */
    public static synchronized TestLibrary library() {
        get();
        return library;
    }

    public static String url(String path) {
        return get().getURL().toString() + path;
    }

    public static <T> T bean(Class<T> type) {
        return get().getApplicationContext().getBean(type);
    }

    /** Runs one SQL write with these parameters in a transaction of its own on the test database. */
    public static void sql(String sql, Object... args) {
        Db.transactions().executeWrite(s -> bean(JdbcOperations.class).prepareStatement(sql, ps -> {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }));
    }
}
