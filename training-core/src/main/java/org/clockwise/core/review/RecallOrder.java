package org.clockwise.core.review;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order due reviews are served in: lowest predicted recall now first (the question closest
 * to being forgotten), then earliest due, then module, version and question so the order is
 * total. Earliest-due alone would serve a long-stable item that fell due yesterday before a
 * fragile one that fell due an hour ago, although the fragile one is the likelier to be lost.
 */
public final class RecallOrder {

    private RecallOrder() {
    }

    /** Review items, lowest {@link ReviewScheduler#retrievability} at {@code now} first. */
    public static Comparator<ReviewItem> lowestRecallFirst(ReviewScheduler scheduler, Instant now) {
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(now, "now");
        return Comparator.<ReviewItem>comparingDouble(i -> scheduler.retrievability(i.state(), now))
                .thenComparing(i -> i.state().due())
                .thenComparing(ReviewItem::courseId)
                .thenComparingInt(ReviewItem::version)
                .thenComparingInt(ReviewItem::questionIndex);
    }
}
