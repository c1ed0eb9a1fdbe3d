package org.clockwise.core.review;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
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
        return of(queries.chain(userId).map(c -> RetentionPolicy.resolve(c.teams(), c.organisation(), globalRetention))
                .orElse(globalRetention));
    }

    /**
     * {@link #forRep} for many reps in one query (issue 13, the team dashboard): each rep's
     * scheduler, the global one for a rep the database does not know.
     */
    public Map<Long, ReviewScheduler> forReps(Collection<Long> userIds) {
        double globalRetention = global.parameters().desiredRetention();
        Map<Long, RetentionQueries.Chain> chains = queries.chains(userIds);
        Map<Long, ReviewScheduler> schedulers = new HashMap<>();
        for (long id : userIds) {
            RetentionQueries.Chain c = chains.get(id);
            schedulers.put(id, of(c == null ? globalRetention : RetentionPolicy.resolve(c.teams(), c.organisation(), globalRetention)));
        }
        return schedulers;
    }

    private ReviewScheduler of(double retention) {
        double globalRetention = global.parameters().desiredRetention();
        if (retention == globalRetention) {
            return global;
        }
        return byRetention.computeIfAbsent(retention,
                r -> new ReviewScheduler(global.parameters().withDesiredRetention(r)));
    }
}
