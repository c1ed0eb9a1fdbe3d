package org.clockwise.core.plan;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.db.JsonColumns;
import org.clockwise.core.review.ReviewScheduler;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real {@link PlanStore} in the tests' context, counting the plans stored one by one (issue 13, first start:
 * DemoHistoryIT checks the demo history makes its plans in memory and stores them in bulk, not one per day).
 */
@Singleton
@Connectable
@Replaces(PlanStore.class)
public class CountingPlanStore extends PlanStore {

    private static final AtomicLong PLANS_INSERTED = new AtomicLong();

    CountingPlanStore(JdbcOperations jdbc, JsonColumns json, Optional<ReasonWords> words, ReviewScheduler scheduler) {
        super(jdbc, json, words, scheduler);
    }

    /** How many times {@link #insertPlan} has run in this JVM. */
    public static long plansInserted() {
        return PLANS_INSERTED.get();
    }

    @Override
    void insertPlan(long userId, DailyPlan plan, int budgetSeconds, Instant now) {
        PLANS_INSERTED.incrementAndGet();
        super.insertPlan(userId, plan, budgetSeconds, now);
    }
}
