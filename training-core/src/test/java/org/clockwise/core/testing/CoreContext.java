package org.clockwise.core.testing;

import io.micronaut.context.ApplicationContext;
import org.clockwise.content.testing.TestLibrary;

import java.util.HashMap;
import java.util.Map;

/** One application context (without HTTP) per test JVM, on the shared test database. */
public final class CoreContext {

    private static ApplicationContext context;

    private CoreContext() {
    }

    /** Lets a test JVM that runs the whole server share its context with the fixtures. */
    public static synchronized void install(ApplicationContext serverContext) {
        if (context != null && context != serverContext) {
            throw new IllegalStateException("a core context is already running in this JVM; install the server's first");
        }
        context = serverContext;
    }

    public static synchronized ApplicationContext get() {
        if (context == null) {
            context = ApplicationContext.run(testProperties(), "test");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-context-shutdown"));
        }
        return context;
    }

    /** Database, a throwaway signing secret and the cheapest allowed bcrypt cost. */
    public static Map<String, Object> testProperties() {
        Map<String, Object> props = new HashMap<>(TestDatabase.properties());
        props.put("clockwise.security.bcrypt-cost", 10);
        // issue 13 item 2: every test signs in from 127.0.0.1; the per-address throttle is tested with its own limit
        props.put("clockwise.security.address-free-failures", 1_000_000);
        props.put("clockwise.signing-secret", "test-signing-secret-that-is-long-enough-0123456789");
        props.put("clockwise.demo.enabled", false);
        props.put("clockwise.nudge.enabled", false); // tests run nudge rounds themselves, at instants they choose
        props.put("clockwise.library.publish-on-start", false);
        props.put("clockwise.mail.scheduled", false); // tests deliver the outbox themselves
        props.put("clockwise.library.path", TestLibrary.create().root().toString());
        props.put("datasources.default.dialect", "POSTGRES");
        props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        props.put("datasources.default.maximum-pool-size", 10);
        props.put("flyway.datasources.default.enabled", true);
        return props;
    }

    public static <T> T bean(Class<T> type) {
        return get().getBean(type);
    }
}
