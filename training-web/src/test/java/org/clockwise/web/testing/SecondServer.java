package org.clockwise.web.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clockwise.core.db.DatabaseBootstrap;
import org.clockwise.core.testing.CoreContext;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Another server in this JVM over the shared test database, reached through a {@link TcpRelay} so a
 * test can take the database away from it alone, and with settings of the test's choosing.
 */
public final class SecondServer implements AutoCloseable {

    public final EmbeddedServer server;
    public final TcpRelay database;

    public SecondServer(Map<String, Object> settings) {
        TestServer.get(); // the shared database is up and migrated
        Map<String, Object> props = new HashMap<>(CoreContext.testProperties());
        URI db = URI.create(((String) props.get(DatabaseBootstrap.URL)).substring("jdbc:".length()));
        database = new TcpRelay(db.getHost(), db.getPort());
        props.put(DatabaseBootstrap.URL, "jdbc:postgresql://127.0.0.1:" + database.port() + db.getRawPath()
                + (db.getRawQuery() == null ? "" : "?" + db.getRawQuery()));
        props.put("micronaut.server.port", -1);
        props.put("flyway.datasources.default.enabled", false);
        props.putAll(settings);
        server = ApplicationContext.run(EmbeddedServer.class, props, "test");
    }

    public String url() {
        return server.getURL().toString();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
