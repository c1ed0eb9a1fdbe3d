package org.clockwise.core.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.IntToLongFunction;

/**
 * Spreads due dates so that questions learned together do not all come back on the same day.
 *
 * <ul>
 *   <li><b>Fuzz range</b> as ts-fsrs {@code get_fuzz_range} (and fsrs-rs): for a whole-day
 *       interval {@code ivl} of 3 days or more (ts-fsrs: {@code ivl >= 2.5}),
 *       {@code delta = 1 + 0.15·clamp(ivl-2.5, 0, 4.5) + 0.10·clamp(ivl-7, 0, 13) + 0.05·max(ivl-20, 0)}
 *       and the range is {@code [round(ivl - delta), round(ivl + delta)]}, at least 2, at most the
 *       maximum interval, and past the days already elapsed since the previous review.</li>
 *   <li><b>Seeded fuzz</b>: a day drawn uniformly from the range by a fraction that is a pure
 *       function of the seed ({@link #seed}: user, module, question and review count), so a
 *       replay of the same answers gives the same dates.</li>
 *   <li><b>Load balancing</b>: within the range, the day with the fewest reviews already due;
 *       among equally loaded days, the one nearest the seeded day (the earlier on a tie).</li>
 * </ul>
 *
 * <p>Pure functions of their arguments; no framework, no clock.
 */
public final class FuzzPolicy {

    /** ts-fsrs FUZZ_RANGES: start, end, factor; each adds {@code factor·max(min(ivl, end) - start, 0)}. */
    private static final double[][] RANGES = {
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.10},
        {20.0, Double.POSITIVE_INFINITY, 0.05},
    };

    private FuzzPolicy() {
    }

    /**
     * The days a due date may move to.
     *
     * @param min shortest interval in whole days
     * @param max longest interval in whole days, {@code >= min}
     */
    public record Range(int min, int max) {

        public Range {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("fuzz range must have 1 <= min <= max, was [" + min + ", " + max + "]");
            }
        }

        /** @return how many days the range holds */
        public int size() {
            return max - min + 1;
        }
    }

    /**
     * The fuzz range of an interval, as ts-fsrs {@code get_fuzz_range}.
     *
     * @param intervalDays    the un-fuzzed interval ({@link ReviewScheduler#nextIntervalDays}), at least 1
     * @param elapsedDays     whole days since the previous review (0 for a first answer)
     * @param maximumInterval the interval cap
     * @return {@code [ivl, ivl]} below 3 days; otherwise the range above
     */
    public static Range range(int intervalDays, int elapsedDays, int maximumInterval) {
        if (intervalDays < 1 || maximumInterval < 1 || elapsedDays < 0) {
            throw new IllegalArgumentException("interval " + intervalDays + ", elapsed " + elapsedDays
                    + " and maximum " + maximumInterval + " must be positive");
        }
        int ivl = Math.min(intervalDays, maximumInterval);
        if (ivl < 2.5) {
            return new Range(ivl, ivl);
        }
        double delta = 1.0;
        for (double[] r : RANGES) {
            delta += r[2] * Math.max(Math.min(ivl, r[1]) - r[0], 0.0);
        }
        long min = Math.max(2, Math.round(ivl - delta));
        long max = Math.min(Math.round(ivl + delta), maximumInterval);
        if (ivl > elapsedDays) {
            min = Math.max(min, elapsedDays + 1L);
        }
        min = Math.min(min, max);
        return new Range((int) min, (int) max);
    }

    /** Whole days between two reviews, as ts-fsrs counts {@code elapsed_days}: floored, never negative. */
    public static int elapsedDays(Duration sincePreviousReview) {
        long days = Objects.requireNonNull(sincePreviousReview, "sincePreviousReview").toDays();
        return (int) Math.max(0, Math.min(days, Integer.MAX_VALUE));
    }

    /**
     * A seed that names one scheduling of one question: the same answer replayed gets the same
     * fuzz, the next review of it a fresh one.
     */
    public static long seed(long userId, String moduleId, int questionIndex, int reps) {
        long h = userId;
        h = h * 31 + Objects.requireNonNull(moduleId, "moduleId").hashCode();
        h = h * 31 + questionIndex;
        h = h * 31 + reps;
        return h;
    }

    /** A fraction in [0, 1) from the seed: the SplitMix64 finaliser, top 53 bits. */
    static double fraction(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** The seeded fuzz day, as ts-fsrs {@code apply_fuzz}: {@code floor(f·(max-min+1) + min)}. */
    public static int fuzzed(Range range, long seed) {
        return (int) Math.floor(fraction(seed) * range.size() + range.min());
    }

    /**
     * The load-balanced day.
     *
     * @param range    the fuzz range
     * @param seed     see {@link #seed}
     * @param dueOnDay how many reviews the rep already has due on the day that many days ahead
     * @return the least loaded day of the range, the nearest to the seeded day among equals
     */
    public static int balanced(Range range, long seed, IntToLongFunction dueOnDay) {
        Objects.requireNonNull(dueOnDay, "dueOnDay");
        int seeded = fuzzed(range, seed);
        if (range.size() == 1) {
            return seeded;
        }
        int best = seeded;
        long bestLoad = dueOnDay.applyAsLong(seeded);
        for (int day = range.min(); day <= range.max(); day++) {
            long load = dueOnDay.applyAsLong(day);
            int distance = Math.abs(day - seeded);
            int bestDistance = Math.abs(best - seeded);
            if (load < bestLoad || load == bestLoad && (distance < bestDistance || distance == bestDistance && day < best)) {
                best = day;
                bestLoad = load;
            }
        }
        return best;
    }

    /** How many reviews a rep already has due on each of a range of days after an instant. */
    @FunctionalInterface
    public interface DueLoad {
        /**
         * @param from   the instant day 0 starts at (the answer's time)
         * @param minDay first day, counted from {@code from}
         * @param maxDay last day, inclusive
         * @return the counts, index 0 for {@code minDay}
         */
        long[] countsByDay(Instant from, int minDay, int maxDay);

        /**
         * The index of the counts that a review due at {@code due} falls under, or -1 outside their days:
         * day {@code d} runs from {@code from} + d days - 12 h for 24 h (as {@code ReviewStore.dueCountsByDay}
         * counts in SQL), for the loads kept in memory (a quiz's own moves, the demo history's items).
         */
        static int dayOf(Instant due, Instant from, int minDay, int maxDay) {
            Instant start = from.plus(Duration.ofDays(minDay)).minus(Duration.ofHours(12));
            Instant end = from.plus(Duration.ofDays(maxDay)).plus(Duration.ofHours(12));
            if (due.isBefore(start) || !due.isBefore(end)) {
                return -1;
            }
            long day = Duration.between(start, due).toSeconds() / 86_400;
            return day <= maxDay - minDay ? (int) day : -1;
        }
    }

    /**
     * A just-scheduled state moved to its fuzzed, load-balanced day: the one step every answer
     * goes through, in the server ({@code progress.AnswerSteps}) and in the year simulator alike.
     *
     * @param scheduler the rep's scheduler
     * @param next      the state {@link ReviewScheduler#first} or {@link ReviewScheduler#next} returned
     * @param previous  when the question was answered before, or {@code null} for a first answer
     * @param seed      see {@link #seed}
     * @param load      the rep's reviews already due per day
     * @return the state due on the chosen day
     */
    public static ReviewState place(ReviewScheduler scheduler, ReviewState next, Instant previous, long seed, DueLoad load) {
        Range range = scheduler.fuzzRange(next, previous);
        if (range.size() == 1) {
            return scheduler.dueIn(next, range.min());
        }
        long[] counts = load.countsByDay(next.lastReview(), range.min(), range.max());
        return scheduler.dueIn(next, balanced(range, seed, day -> counts[day - range.min()]));
    }
}
