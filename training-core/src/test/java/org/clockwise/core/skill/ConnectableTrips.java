package org.clockwise.core.skill;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

/**
 * Counts, per thread, the calls that go through the connection interceptor of a {@code @Connectable}
 * bean in the tests' context, and lets each proceed unchanged (issue 13, the writes' throughput:
 * EvidenceTripsIT).
 */
@Singleton
@InterceptorBean(Connectable.class)
public class ConnectableTrips implements MethodInterceptor<Object, Object> {

    private static final ThreadLocal<long[]> TRIPS = ThreadLocal.withInitial(() -> new long[1]);

    /** How many intercepted calls this thread has made so far. */
    public static long onThisThread() {
        return TRIPS.get()[0];
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        TRIPS.get()[0]++;
        return context.proceed();
    }
}
