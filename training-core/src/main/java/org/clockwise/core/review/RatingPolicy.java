package org.clockwise.core.review;

import java.time.Duration;
import java.util.Objects;

/**
 * Turns a rep's quiz answer into an FSRS {@link Rating}. Reps never press Again/Hard/Good/
 * Easy themselves; we infer it from correctness, answer time and optional self-reported
 * confidence:
 *
 * <ol>
 *   <li>wrong → {@link Rating#AGAIN}</li>
 *   <li>right but {@link Confidence#UNSURE}, or slower than {@code slow} → {@link Rating#HARD}</li>
 *   <li>right, {@link Confidence#SURE} and no slower than {@code fast} → {@link Rating#EASY}</li>
 *   <li>any other right answer → {@link Rating#GOOD}</li>
 * </ol>
 *
 * Hard wins over Easy: a sure answer that took longer than {@code slow} is still Hard. Since
 * {@code fast <= slow} the two time conditions never overlap anyway. An unknown confidence
 * ({@code null}) can never earn Easy, because Easy needs an explicit "sure".
 *
 * <p>Immutable and thread-safe.
 */
public final class RatingPolicy {

    /** Default "fast" threshold per question. */
    public static final Duration DEFAULT_FAST = Duration.ofSeconds(15);
    /** Default "slow" threshold per question. */
    public static final Duration DEFAULT_SLOW = Duration.ofSeconds(60);

    private final Duration fast;
    private final Duration slow;

    /** Policy with {@link #DEFAULT_FAST} (15 s) and {@link #DEFAULT_SLOW} (60 s). */
    public RatingPolicy() {
        this(DEFAULT_FAST, DEFAULT_SLOW);
    }

    /**
     * @param fast answers taking at most this long may be Easy
     * @param slow answers taking longer than this are Hard
     * @throws IllegalArgumentException if either is negative or {@code fast > slow}
     */
    public RatingPolicy(Duration fast, Duration slow) {
        this.fast = Objects.requireNonNull(fast, "fast");
        this.slow = Objects.requireNonNull(slow, "slow");
        if (fast.isNegative() || slow.isNegative()) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
        if (fast.compareTo(slow) > 0) {
            throw new IllegalArgumentException("fast (" + fast + ") must not exceed slow (" + slow + ")");
        }
    }

    /**
     * @param correct    whether the answer was right
     * @param taken      time the rep took on the question, not negative
     * @param confidence self-reported confidence, or {@code null} if the rep did not say
     * @return the FSRS rating to feed into {@link ReviewScheduler}
     */
    public Rating rate(boolean correct, Duration taken, Confidence confidence) {
        Objects.requireNonNull(taken, "taken");
        if (taken.isNegative()) {
            throw new IllegalArgumentException("taken must not be negative, was " + taken);
        }
        if (!correct) {
            return Rating.AGAIN;
        }
        if (confidence == Confidence.UNSURE || taken.compareTo(slow) > 0) {
            return Rating.HARD;
        }
        if (confidence == Confidence.SURE && taken.compareTo(fast) <= 0) {
            return Rating.EASY;
        }
        return Rating.GOOD;
    }

    /** @return the "fast" threshold */
    public Duration fast() {
        return fast;
    }

    /** @return the "slow" threshold */
    public Duration slow() {
        return slow;
    }
}
