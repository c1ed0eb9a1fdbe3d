package org.clockwise.core.review;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz ranges as ts-fsrs get_fuzz_range (packages/fsrs/src/help.ts, FUZZ_RANGES 2.5–7 ×0.15,
 * 7–20 ×0.10, 20–∞ ×0.05), computed by hand below; seeded choice and load balancing.
 */
class FuzzPolicyTest {

    private static final int MAX = 36_500;

    @Test
    void anIntervalBelowThreeDaysIsNotFuzzed() {
        // ts-fsrs: ivl < 2.5 returns the interval itself.
        assertEquals(new FuzzPolicy.Range(1, 1), FuzzPolicy.range(1, 0, MAX));
        assertEquals(new FuzzPolicy.Range(2, 2), FuzzPolicy.range(2, 0, MAX));
    }

    @Test
    void fuzzRangesAsTheReferenceComputesThem() {
        // 3: delta = 1 + 0.15·0.5 = 1.075 → [round(1.925)=2, round(4.075)=4]
        assertEquals(new FuzzPolicy.Range(2, 4), FuzzPolicy.range(3, 0, MAX));
        // 5: delta = 1 + 0.15·2.5 = 1.375 → [round(3.625)=4, round(6.375)=6]
        assertEquals(new FuzzPolicy.Range(4, 6), FuzzPolicy.range(5, 0, MAX));
        // 8 (a first Easy): delta = 1 + 0.15·4.5 + 0.1·1 = 1.775 → [round(6.225)=6, round(9.775)=10]
        assertEquals(new FuzzPolicy.Range(6, 10), FuzzPolicy.range(8, 0, MAX));
        // 10: delta = 1 + 0.675 + 0.1·3 = 1.975 → [round(8.025)=8, round(11.975)=12]
        assertEquals(new FuzzPolicy.Range(8, 12), FuzzPolicy.range(10, 0, MAX));
        // 30: delta = 1 + 0.675 + 0.1·13 + 0.05·10 = 3.475 → [round(26.525)=27, round(33.475)=33]
        assertEquals(new FuzzPolicy.Range(27, 33), FuzzPolicy.range(30, 0, MAX));
        // 100: delta = 1 + 0.675 + 1.3 + 0.05·80 = 6.975 → [round(93.025)=93, round(106.975)=107]
        assertEquals(new FuzzPolicy.Range(93, 107), FuzzPolicy.range(100, 0, MAX));
    }

    @Test
    void theRangeStaysWithinTheCapAndPastTheElapsedDays() {
        // 100 capped at 100: [93, min(107, 100)]
        assertEquals(new FuzzPolicy.Range(93, 100), FuzzPolicy.range(100, 0, 100));
        // 10 after 9 elapsed days: min = max(8, 9 + 1) = 10
        assertEquals(new FuzzPolicy.Range(10, 12), FuzzPolicy.range(10, 9, MAX));
        // 10 after 20 elapsed days (overdue): interval <= elapsed, no floor from it
        assertEquals(new FuzzPolicy.Range(8, 12), FuzzPolicy.range(10, 20, MAX));
        assertEquals(3, FuzzPolicy.elapsedDays(Duration.ofHours(95)));
        assertEquals(0, FuzzPolicy.elapsedDays(Duration.ofHours(-5)));
        assertThrows(IllegalArgumentException.class, () -> FuzzPolicy.range(0, 0, MAX));
    }

    @Test
    void theSeededFractionIsSplitMix64() {
        // Published SplitMix64 vector: seed 0 gives 0xE220A8397B1DCDAF first;
        // its top 53 bits / 2^53 = 0.8833108082136426.
        assertEquals(0.8833108082136426, FuzzPolicy.fraction(0), 0.0);
        // [6, 10]: floor(0.8833·5 + 6) = floor(10.42) = 10
        assertEquals(10, FuzzPolicy.fuzzed(new FuzzPolicy.Range(6, 10), 0));
    }

    @Test
    void theSameSeedGivesTheSameDayAndSeedsSpreadOverTheRange() {
        FuzzPolicy.Range range = FuzzPolicy.range(30, 0, MAX);
        long seed = FuzzPolicy.seed(42, "discovery", 3, 2);
        assertEquals(seed, FuzzPolicy.seed(42, "discovery", 3, 2));
        assertEquals(FuzzPolicy.fuzzed(range, seed), FuzzPolicy.fuzzed(range, seed));
        Set<Integer> days = new HashSet<>();
        for (int q = 0; q < 200; q++) {
            int day = FuzzPolicy.fuzzed(range, FuzzPolicy.seed(42, "discovery", q, 1));
            assertTrue(day >= 27 && day <= 33, "day " + day);
            days.add(day);
        }
        assertEquals(7, days.size(), "every day of [27, 33] is drawn");
    }

    @Test
    void loadBalancingPicksTheLeastLoadedDayElseTheNearestToTheSeededOne() {
        FuzzPolicy.Range range = new FuzzPolicy.Range(6, 10);
        // seed 0 draws day 10 (above)
        assertEquals(10, FuzzPolicy.balanced(range, 0, day -> 0));
        assertEquals(7, FuzzPolicy.balanced(range, 0, day -> day == 7 ? 0 : 3));
        // 10 busy, 6–9 equally free: the nearest to 10 is 9
        assertEquals(9, FuzzPolicy.balanced(range, 0, day -> day == 10 ? 1 : 0));
        // a single-day range has nothing to balance
        assertEquals(2, FuzzPolicy.balanced(new FuzzPolicy.Range(2, 2), 0, day -> 99));
    }

    @Test
    void theSchedulerMovesOnlyTheDueDateAndTheUnfuzzedApiIsUnchanged() {
        ReviewScheduler scheduler = new ReviewScheduler();
        Instant t0 = Instant.parse("2025-03-03T09:00:00Z");
        ReviewState easy = scheduler.first(Rating.EASY, t0);
        // S0(Easy) = w3 = 8.2956 → round = 8 days, the reference value, untouched
        assertEquals(t0.plus(Duration.ofDays(8)), easy.due());
        assertEquals(new FuzzPolicy.Range(6, 10), scheduler.fuzzRange(easy, null));
        ReviewState moved = scheduler.dueIn(easy, 6);
        assertEquals(t0.plus(Duration.ofDays(6)), moved.due());
        assertEquals(easy.stability(), moved.stability(), 0.0);
        assertEquals(easy.difficulty(), moved.difficulty(), 0.0);
        assertEquals(easy.reps(), moved.reps());
        // a Good first answer: S0 = w2 = 2.3065 → 2 days, no fuzz
        assertEquals(new FuzzPolicy.Range(2, 2), scheduler.fuzzRange(scheduler.first(Rating.GOOD, t0), null));
        assertThrows(IllegalArgumentException.class, () -> scheduler.dueIn(easy, 0));
    }
}
