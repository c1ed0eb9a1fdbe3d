package org.clockwise.core.review;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheduler for a rep: FSRS with the desired retention {@link RetentionPolicy} resolves for
 * them. Schedulers are immutable, so one is kept per retention value (at most 28 two-decimal
 * values plus the global one).
 */
@Singleton
public class ReviewSchedulers {

    private final RetentionQueries queries;
    private final ReviewScheduler global;
    private final Map<Double, ReviewScheduler> byRetention = new ConcurrentHashMap<>();

    ReviewSchedulers(RetentionQueries queries, ReviewScheduler global) {
        this.queries = queries;
        this.global = global;
    }

    /** Runs one query; call it inside the transaction that saves the scheduled state. */
    public ReviewScheduler forRep(long userId) {
        double globalRetention = global.parameters().desiredRetention();
        double retention = queries.chain(userId)
                .map(c -> RetentionPolicy.resolve(c.teams(), c.organisation(), globalRetention))
                .orElse(globalRetention);
        if (retention == globalRetention) {
            return global;
        }
        return byRetention.computeIfAbsent(retention,
                r -> new ReviewScheduler(global.parameters().withDesiredRetention(r)));
    }
}
