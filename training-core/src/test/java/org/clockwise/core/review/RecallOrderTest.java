package org.clockwise.core.review;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Due reviews are served lowest predicted recall first, not earliest due first. */
class RecallOrderTest {

    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    private final ReviewScheduler scheduler = new ReviewScheduler();

    private static ReviewItem item(String module, double stability, int daysSinceReview, int daysOverdue) {
        Instant last = NOW.minus(Duration.ofDays(daysSinceReview));
        return new ReviewItem(7, module, 1, 0,
                new ReviewState(stability, 5.0, last, NOW.minus(Duration.ofDays(daysOverdue)), 3, 0));
    }

    @Test
    void theEarliestDueIsNotFirstWhenItsRecallIsHigher() {
        // FSRS-6 defaults: DECAY = -0.1542, FACTOR = 0.9^(1/DECAY) - 1 = 0.98035.
        // stable: S = 100, 110 days since review, due 10 days ago: R = (1 + 0.98035·1.1)^-0.1542 = 0.8933
        // fragile: S = 1, 2 days since review, due 1 day ago:      R = (1 + 0.98035·2)^-0.1542   = 0.8459
        ReviewItem stable = item("stable", 100, 110, 10);
        ReviewItem fragile = item("fragile", 1, 2, 1);
        assertEquals(0.8933194197, scheduler.retrievability(stable.state(), NOW), 1e-9);
        assertEquals(0.8458846451, scheduler.retrievability(fragile.state(), NOW), 1e-9);

        List<String> order = Stream.of(stable, fragile)
                .sorted(RecallOrder.lowestRecallFirst(scheduler, NOW)).map(ReviewItem::courseId).toList();

        assertEquals(List.of("fragile", "stable"), order);
    }

    @Test
    void equalRecallFallsBackToDueThenModule() {
        // same S and elapsed time: equal recall
        ReviewItem b = item("b", 5, 6, 1);
        ReviewItem laterDue = new ReviewItem(7, "a", 1, 0, new ReviewState(5, 5.0, NOW.minus(Duration.ofDays(6)), NOW, 3, 0));
        ReviewItem a = item("a", 5, 6, 1);
        List<ReviewItem> order = Stream.of(laterDue, b, a).sorted(RecallOrder.lowestRecallFirst(scheduler, NOW)).toList();
        assertEquals(List.of(a, b, laterDue), order);
    }
}
