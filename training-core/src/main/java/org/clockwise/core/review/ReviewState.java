package org.clockwise.core.review;

import java.time.Instant;
import java.util.Objects;

/**
 * FSRS memory state of one review item after at least one review. Immutable; every
 * {@link ReviewScheduler} call returns a new instance.
 *
 * @param stability  S in days: the interval after which recall probability has fallen to 90 %
 * @param difficulty D in [1, 10]: higher means stability grows more slowly
 * @param lastReview when the item was last answered
 * @param due        when the item should next be asked; never before {@code lastReview}
 * @param reps       number of reviews so far (including the first)
 * @param lapses     number of times the item was answered wrong after its first review
 */
public record ReviewState(
        double stability,
        double difficulty,
        Instant lastReview,
        Instant due,
        int reps,
        int lapses) {

    /**
     * Checks the invariants the formulas rely on, so that a corrupt row from storage fails
     * loudly here instead of producing NaN intervals later.
     *
     * @param stability  S in days, finite and &gt; 0
     * @param difficulty D in [1, 10]
     * @param lastReview last answer time
     * @param due        next due time, not before {@code lastReview}
     * @param reps       review count, &gt;= 0
     * @param lapses     lapse count, &gt;= 0
     * @throws NullPointerException     if an instant is null
     * @throws IllegalArgumentException if an invariant does not hold
     */
    public ReviewState {
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(due, "due");
        // Negated test so NaN is rejected as well.
        if (!(stability > 0.0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be finite and > 0, was " + stability);
        }
        if (!(difficulty >= 1.0 && difficulty <= 10.0)) {
            throw new IllegalArgumentException("difficulty must be in [1, 10], was " + difficulty);
        }
        if (due.isBefore(lastReview)) {
            throw new IllegalArgumentException(
                    "due " + due + " is before lastReview " + lastReview);
        }
        if (reps < 0) {
            throw new IllegalArgumentException("reps must be >= 0, was " + reps);
        }
        if (lapses < 0) {
            throw new IllegalArgumentException("lapses must be >= 0, was " + lapses);
        }
    }
}
