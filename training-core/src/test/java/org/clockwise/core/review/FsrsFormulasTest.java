package org.clockwise.core.review;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formula-level checks against the unit-test vectors published in open-spaced-repetition/fsrs-rs
 * {@code src/model_v6.rs} @ 48b7d2f (FSRS-6 default weights). fsrs-rs computes in f32, so the
 * tolerance here is 1e-4 (absolute, or relative for the larger stabilities). Our f64 values
 * agreed with all of them (largest gap ≈ 3e-5).
 */
class FsrsFormulasTest {

    private final FsrsFormulas f = new FsrsFormulas(FsrsParameters.DEFAULT);

    @Test
    void forgettingCurveMatchesFsrsRs() {
        // fsrs-rs test_power_forgetting_curve: t = [0..5], S = [1,2,3,4,4,2]
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] s = {1, 2, 3, 4, 4, 2};
        double[] expected = {1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359};
        for (int i = 0; i < t.length; i++) {
            assertEquals(expected[i], f.retrievability(t[i], s[i]), 1e-6, "i=" + i);
        }
    }

    @Test
    void meanReversionTargetIsUnclampedInitialDifficultyForEasy() {
        // D0(4) = w4 - e^(3·w5) + 1 = 6.4133 - e^2.5002 + 1 = 7.4133 - 12.1849307... = -4.7716307.
        // It is below 1 but must NOT be clamped when used as the reversion target.
        assertEquals(-4.7716307031617375, f.rawInitialDifficulty(Rating.EASY), 1e-12);
        assertEquals(1.0, f.initialDifficulty(Rating.EASY), 0.0);
    }

    @Test
    void nextDifficultyMatchesFsrsRs() {
        // fsrs-rs test_next_difficulty, D = 5 for G = 1..4, after mean reversion:
        // [8.341763, 6.6659956, 4.990228, 3.3144615]. The Good case shows the unclamped target:
        // 0.001·(-4.7716) + 0.999·5 = 4.990228 (a clamped target of 1 would give 4.996).
        double[] expected = {8.341763, 6.6659956, 4.990228, 3.3144615};
        for (Rating r : Rating.values()) {
            assertEquals(expected[r.grade() - 1], f.nextDifficulty(5.0, r), 1e-5, r.name());
        }
    }

    @Test
    void recallAndLapseStabilityMatchFsrsRs() {
        // fsrs-rs test_next_stability: S = 5, D = [1,2,3,4], R = [0.9,0.8,0.7,0.6], G = [1,2,3,4]
        double[] d = {1, 2, 3, 4};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        double[] recall = {25.602541, 28.226582, 58.656002, 127.226685};
        double[] lapse = {1.0525396, 1.1894329, 1.3680838, 1.584989};
        for (int i = 0; i < 4; i++) {
            Rating g = Rating.fromGrade(i + 1);
            // fsrs-rs feeds G = 1 through the success formula too (no penalty/bonus applies).
            assertEquals(recall[i], f.recallStability(d[i], 5.0, r[i], g), recall[i] * 1e-6, "recall " + g);
            assertEquals(lapse[i], f.lapseStability(d[i], 5.0, r[i]), 1e-6, "lapse " + i);
        }
    }

    @Test
    void lapseStabilityIsCappedByTheShortTermTerm() {
        // D = 1, S = 0.5, R = 0 (long forgotten):
        //   long-term = 1.4835 · 1^-0.0614 · (1.5^0.2629 - 1) · e^(1.6483·1)
        //             = 1.4835 · 0.1124855842 · 5.1981354813 = 0.8674251567  (> S: would GROW)
        //   cap       = S / e^(w17·w18) = 0.5 / e^(0.5425·0.0912) = 0.5 / 1.0507203746
        //             = 0.4758639997
        // FSRS-6 takes the minimum, so a lapse never raises stability.
        assertEquals(0.4758639996671754, f.lapseStability(1.0, 0.5, 0.0), 1e-12);
    }

    @Test
    void shortTermStabilityMatchesFsrsRs() {
        // fsrs-rs src/model.rs test_next_stability, stability_short_term with S = 5:
        // [1.596818, 5.0, 5.0, 8.12961]. SInc(G) = e^(w17·(G-3+w18))·5^(-w19), 5^-0.0658 = 0.89951
        //   Again: e^(0.5425·(-1.9088))·0.89951 = 0.31936 -> 5·0.31936 = 1.596818 (not floored)
        //   Hard:  e^(0.5425·(-0.9088))·0.89951 = 0.54940 -> floored at 1 -> 5.0
        //          (fsrs-rs 8b74039 "Non-decreasing SInc(Hard) in same-day reviews"; before it
        //          we gave 2.7470096, a 45 % cut)
        //   Good:  e^(0.5425·0.0912)·0.89951 = 0.94514 -> floored at 1 -> 5.0
        //   Easy:  e^(0.5425·1.0912)·0.89951 = 1.62592 -> 8.12961
        assertEquals(1.596818, f.shortTermStability(5.0, Rating.AGAIN), 1e-6);
        assertEquals(5.0, f.shortTermStability(5.0, Rating.HARD), 0.0);
        assertEquals(5.0, f.shortTermStability(5.0, Rating.GOOD), 0.0);
        assertEquals(8.12961, f.shortTermStability(5.0, Rating.EASY), 1e-5);
    }

    @Test
    void sameDayHardNeverLowersStability() {
        // Raw SInc(Hard) = e^(0.5425·(-0.9088))·S^(-0.0658) = 0.61078·S^(-0.0658) is below 1 for
        // every S >= 0.001 (0.9622 at S = 0.001, 0.3060 at S = 36500), so the floor always acts.
        for (double s : new double[] {0.001, 0.01, 0.1, 1.0, 2.3065, 10.0, 100.0, 1_000.0, 36_500.0}) {
            assertEquals(s, f.shortTermStability(s, Rating.HARD), 0.0, "S=" + s);
            assertTrue(f.shortTermStability(s, Rating.AGAIN) < s, "Again still lowers S=" + s);
        }
    }

    @Test
    void stabilityIsClampedToTheReferenceBounds() {
        // fsrs-rs src/simulation.rs: S_MIN = 0.001, S_MAX = 36500.0; step() clamps to both.
        assertEquals(0.001, FsrsFormulas.clampStability(1e-9), 0.0);
        assertEquals(36_500.0, FsrsFormulas.clampStability(68_949.18), 0.0);
        assertEquals(123.4, FsrsFormulas.clampStability(123.4), 0.0);
    }

    @Test
    void twoReviewForwardPassMatchesFsrsRs() {
        // fsrs-rs test_forward: first rating G, then the same G again after t days.
        // Expected (S, D) pairs in f32.
        int[] grades = {1, 2, 3, 4, 1, 2};
        double[] t = {1, 1, 1, 1, 2, 2};
        double[] s = {0.10088589, 3.2494123, 7.3153, 18.014914, 0.112798266, 4.4694576};
        double[] d = {8.806304, 6.7404594, 2.1112142, 1.0, 8.806304, 6.7404594};
        for (int i = 0; i < grades.length; i++) {
            Rating g = Rating.fromGrade(grades[i]);
            double s0 = f.initialStability(g);
            double d0 = f.initialDifficulty(g);
            double r = f.retrievability(t[i], s0);
            double s1 = g == Rating.AGAIN ? f.lapseStability(d0, s0, r) : f.recallStability(d0, s0, r, g);
            assertEquals(s[i], s1, Math.max(1e-6, s[i] * 5e-6), "S i=" + i);
            assertEquals(d[i], f.nextDifficulty(d0, g), 1e-5, "D i=" + i);
        }
    }
}
