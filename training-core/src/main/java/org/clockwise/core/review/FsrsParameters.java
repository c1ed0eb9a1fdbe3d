package org.clockwise.core.review;

import java.util.Arrays;
import java.util.Objects;

/**
 * Immutable FSRS-6 configuration: the 21 model weights {@code w0..w20}, the desired retention
 * the scheduler aims for, and a hard cap on intervals.
 *
 * <p>The weight array is defensively copied both on construction and in {@link #w()}, so a
 * caller can never mutate a parameters object (or a scheduler built from it) after the fact.
 *
 * @param w                   the 21 FSRS-6 weights
 * @param desiredRetention    target probability of recall when an item comes due, in (0, 1)
 * @param maximumIntervalDays longest interval ever scheduled, at least 1
 */
public record FsrsParameters(double[] w, double desiredRetention, int maximumIntervalDays) {

    /** FSRS-6 has 21 weights; index 20 is the forgetting-curve decay. */
    public static final int WEIGHT_COUNT = 21;

    /** Same cap as py-fsrs' {@code maximum_interval} default (100 years). */
    public static final int DEFAULT_MAXIMUM_INTERVAL_DAYS = 36_500;

    /** Default FSRS-6 weights (identical to py-fsrs {@code DEFAULT_PARAMETERS} and fsrs-rs
     *  {@code FSRS6_DEFAULT_PARAMETERS}). */
    private static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    /** Default weights, 90 % desired retention, 36 500-day cap. */
    public static final FsrsParameters DEFAULT =
            new FsrsParameters(DEFAULT_WEIGHTS, 0.9, DEFAULT_MAXIMUM_INTERVAL_DAYS);

    /**
     * Validates and copies.
     *
     * @param w                   the 21 weights (copied)
     * @param desiredRetention    target recall probability, in (0, 1)
     * @param maximumIntervalDays interval cap in days, at least 1
     * @throws NullPointerException     if {@code w} is null
     * @throws IllegalArgumentException if there are not exactly 21 finite weights, if
     *                                  {@code w20 <= 0} or any initial stability
     *                                  {@code w0..w3 <= 0}, if retention is not strictly
     *                                  between 0 and 1, or if the cap is below 1 day
     */
    public FsrsParameters {
        Objects.requireNonNull(w, "w");
        if (w.length != WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "FSRS-6 needs " + WEIGHT_COUNT + " weights, got " + w.length);
        }
        w = w.clone();
        for (int i = 0; i < w.length; i++) {
            if (!Double.isFinite(w[i])) {
                throw new IllegalArgumentException("w" + i + " is not finite: " + w[i]);
            }
        }
        // w0..w3 are the initial stabilities; a non-positive one would break S > 0.
        for (int i = 0; i < 4; i++) {
            if (w[i] <= 0) {
                throw new IllegalArgumentException("w" + i + " (initial stability) must be > 0");
            }
        }
        // DECAY = -w20 is a divisor in FACTOR and in the interval formula.
        if (w[20] <= 0) {
            throw new IllegalArgumentException("w20 (decay) must be > 0, was " + w[20]);
        }
        // Written as a negated range test so that NaN is rejected too. Retention 1.0 would
        // need an infinite number of reviews (interval 0); 0 would need an infinite interval.
        if (!(desiredRetention > 0.0 && desiredRetention < 1.0)) {
            throw new IllegalArgumentException(
                    "desiredRetention must be in (0, 1), was " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException(
                    "maximumIntervalDays must be >= 1, was " + maximumIntervalDays);
        }
    }

    /** @return a copy of the 21 weights (the record never exposes its own array) */
    @Override
    public double[] w() {
        return w.clone();
    }

    /**
     * @param i weight index 0..20
     * @return weight {@code w_i}, without copying the whole array
     */
    public double w(int i) {
        return w[i];
    }

    /**
     * FSRS-6 {@code DECAY = -w20} (negative). Source: py-fsrs fsrs/scheduler.py
     * {@code self._DECAY = -self.parameters[20]}.
     *
     * @return {@code -w20}
     */
    public double decay() {
        return -w[20];
    }

    /**
     * FSRS-6 {@code FACTOR = 0.9^(1/DECAY) - 1}, chosen so that {@code R(S, S) = 0.9}.
     * Equivalently {@code 0.9^(-1/w20) - 1}. Source: py-fsrs fsrs/scheduler.py
     * {@code self._FACTOR = 0.9 ** (1 / self._DECAY) - 1}; fsrs-rs src/model_v6.rs.
     *
     * @return {@code 0.9^(1/DECAY) - 1}
     */
    public double factor() {
        return Math.pow(0.9, 1.0 / decay()) - 1.0;
    }

    /**
     * @param retention new desired retention, in (0, 1)
     * @return a copy with another desired retention (e.g. a per-team setting)
     */
    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(w, retention, maximumIntervalDays);
    }

    /**
     * @param days new interval cap, at least 1
     * @return a copy with another interval cap
     */
    public FsrsParameters withMaximumIntervalDays(int days) {
        return new FsrsParameters(w, desiredRetention, days);
    }

    // Records compare arrays by identity; parameters are values, so compare contents.
    @Override
    public boolean equals(Object o) {
        return o instanceof FsrsParameters p
                && Arrays.equals(w, p.w)
                && Double.compare(desiredRetention, p.desiredRetention) == 0
                && maximumIntervalDays == p.maximumIntervalDays;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(w) + Double.hashCode(desiredRetention))
                + maximumIntervalDays;
    }

    @Override
    public String toString() {
        return "FsrsParameters[w=" + Arrays.toString(w) + ", desiredRetention="
                + desiredRetention + ", maximumIntervalDays=" + maximumIntervalDays + "]";
    }
}
