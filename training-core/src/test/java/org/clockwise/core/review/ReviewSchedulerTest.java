package org.clockwise.core.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduler behaviour. Expected numbers were computed independently of this code: by hand for
 * the short formulas, and for the long sequence with a separate 50-digit (mpmath) Python
 * transcription of py-fsrs fsrs/scheduler.py @ 8053894; the intermediate terms are written out
 * in the comments. Published vectors (ts-fsrs __tests__/FSRS-6.test.ts @ 29d8582) are used as
 * a cross-check where they exist.
 */
class ReviewSchedulerTest {

    private static final double EPS = 1e-9;
    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private final ReviewScheduler scheduler = new ReviewScheduler();

    private static ReviewState stateWithStability(double s, Instant lastReview) {
        return new ReviewState(s, 5.0, lastReview, lastReview, 1, 0);
    }

    // ---------------------------------------------------------------- retrievability

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.5, 1.0, 2.3065, 10.0, 365.0, 10_000.0})
    void retrievabilityIsNinetyPercentAfterExactlyOneStability(double s) {
        // Pick S whose length in seconds is whole so the Instant arithmetic is exact.
        long seconds = Math.round(s * 86_400);
        double exactS = seconds / 86_400.0;
        ReviewState st = stateWithStability(exactS, T0);
        assertEquals(0.9, scheduler.retrievability(st, T0.plusSeconds(seconds)), 1e-12);
    }

    @Test
    void retrievabilityDecreasesWithTimeAndIsOneAtTheReview() {
        ReviewState st = stateWithStability(10.0, T0);
        assertEquals(1.0, scheduler.retrievability(st, T0), 0.0);
        // Clock skew: a "now" before the last review counts as zero elapsed time.
        assertEquals(1.0, scheduler.retrievability(st, T0.minus(DAY)), 0.0);
        double previous = 1.0;
        for (int hours = 1; hours <= 24 * 400; hours *= 2) {
            double r = scheduler.retrievability(st, T0.plus(Duration.ofHours(hours)));
            assertTrue(r < previous, "R must fall strictly, hours=" + hours);
            assertTrue(r > 0.0);
            previous = r;
        }
    }

    @Test
    void retrievabilityUsesFractionalDays() {
        // 12 h = 0.5 d on S = 1: (1 + 0.98034649441348·0.5)^-0.1542 = 1.49017324720674^-0.1542
        // = e^(-0.1542 · 0.398892...) = 0.94035... (between R(0) = 1 and R(1 d) = 0.9).
        ReviewState st = stateWithStability(1.0, T0);
        double expected = Math.pow(1.0 + 0.98034649441348005 * 0.5, -0.1542);
        assertEquals(expected, scheduler.retrievability(st, T0.plus(Duration.ofHours(12))), 1e-12);
    }

    @Test
    void retrievabilityAtDueOfFirstEasyMatchesTsFsrs() {
        // ts-fsrs FSRS-6.test.ts 'return retrievability percentage for review cards':
        // first Easy -> S = 8.2956, due in round(8.2956) = 8 days, R at due = 0.9024733.
        ReviewState easy = scheduler.first(Rating.EASY, T0);
        assertEquals(T0.plus(Duration.ofDays(8)), easy.due());
        assertEquals(0.9024733, scheduler.retrievability(easy, easy.due()), 1e-7);
    }

    // ---------------------------------------------------------------- first review

    @Test
    void firstGoodByHand() {
        ReviewState s = scheduler.first(Rating.GOOD, T0);
        // S0(3) = w2 = 2.3065.
        assertEquals(2.3065, s.stability(), EPS);
        // D0(3) = w4 - e^(w5·(3-1)) + 1 = 6.4133 - e^(0.8334·2) + 1 = 7.4133 - e^1.6668
        //   e^1.6668 = e^1.6 · e^0.0668 = 4.953032424395 · 1.069081640463 = 5.295196029541
        //   D0(3) = 7.4133 - 5.295196029541 = 2.118103970459   (inside [1,10], no clamping)
        // ts-fsrs FSRS-6.test.ts 'first repeat' lists 2.11810397 -> matches.
        assertEquals(2.118103970459015, s.difficulty(), EPS);
        // I = round(2.3065) = 2 days at r = 0.9 (I(0.9, S) = S).
        assertEquals(T0.plus(Duration.ofDays(2)), s.due());
        assertEquals(T0, s.lastReview());
        assertEquals(1, s.reps());
        assertEquals(0, s.lapses());
    }

    @Test
    void firstReviewForAllRatingsMatchesTsFsrs() {
        // ts-fsrs FSRS-6.test.ts 'first repeat': S = [0.212, 1.2931, 2.3065, 8.2956],
        // D = [6.4133, 5.11217071, 2.11810397, 1] (Easy: 6.4133 - e^2.5002 + 1 = -4.77 -> clamped 1).
        double[] s = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d = {6.4133, 5.11217071, 2.11810397, 1.0};
        int[] days = {1, 1, 2, 8}; // round(S), at least 1
        for (Rating r : Rating.values()) {
            ReviewState st = scheduler.first(r, T0);
            int i = r.grade() - 1;
            assertEquals(s[i], st.stability(), EPS, r.name());
            assertEquals(d[i], st.difficulty(), 1e-8, r.name());
            assertEquals(T0.plus(Duration.ofDays(days[i])), st.due(), r.name());
        }
    }

    // ---------------------------------------------------------------- full sequence

    /**
     * Good → Good → Again → Good, each review on its due date (whole days, so fractional and
     * whole-day elapsed time agree). Constants: FACTOR = 0.98034649441348005,
     * DECAY = -0.1542, e^w8 = e^1.8722 = 6.5025863645633273,
     * D0(4) (reversion target) = -4.7716307031617375, w7 = 0.001.
     */
    @Test
    void goodGoodAgainGoodSequence() {
        // 1) 2025-03-03 first Good: S = 2.3065, D = 2.118103970459016, I = round(2.3065) = 2.
        ReviewState s1 = scheduler.first(Rating.GOOD, T0);
        assertEquals(2.3065, s1.stability(), EPS);
        assertEquals(2.118103970459016, s1.difficulty(), EPS);
        assertEquals(Instant.parse("2025-03-05T09:00:00Z"), s1.due());

        // 2) 2025-03-05 Good, t = 2 d.
        //    1 + F·t/S = 1 + 0.98034649441348·2/2.3065 = 1.8500728327886235
        //    R = 1.8500728327886235^-0.1542 = 0.90949325597735446
        //    e^w8 = 6.5025863645633273; 11 - D = 8.8818960295409842;
        //    S^-w9 = 2.3065^-0.1666 = 0.87002544388091912;
        //    e^(w10·(1-R)) - 1 = e^(0.796·0.09050674402264554) - 1 = 0.074701950987492217
        //    product = 3.7536667400046388 (Good: no hard penalty / easy bonus)
        //    S' = 2.3065 · (1 + 3.7536667400046388) = 10.964332335820699
        //    ΔD = 0 -> D' = D; D'' = 0.001·(-4.7716307031617375) + 0.999·2.1181039704590158
        //       = 2.111214235785395
        //    I = round(10.9643) = 11 -> due 2025-03-16
        ReviewState s2 = scheduler.next(s1, Rating.GOOD, s1.due());
        assertEquals(0.90949325597735446, scheduler.retrievability(s1, s1.due()), EPS);
        assertEquals(10.964332335820699, s2.stability(), EPS);
        assertEquals(2.111214235785395, s2.difficulty(), EPS);
        assertEquals(Instant.parse("2025-03-16T09:00:00Z"), s2.due());

        // 3) 2025-03-16 Again, t = 11 d.
        //    1 + F·11/S = 1.9835356233518521; R = 0.89977671762527179
        //    long-term: w11 · D^-w12 · ((S+1)^w13 - 1) · e^(w14·(1-R))
        //       = 1.4835 · 0.95515469865575194 · 0.92033447296835643 · 1.1796267045344717
        //       = 1.5383372358832694
        //    cap: S / e^(w17·w18) = 10.964332335820699 / 1.0507203746232235 = 10.435062078007563
        //    S' = min(1.5383372358832694, 10.435062078007563) = 1.5383372358832694
        //    ΔD = -3.0194·(1-3) = 6.0388; D' = 2.111214235785395 + 6.0388·(10-2.111214235785395)/9
        //       = 7.4044141772230791; D'' = 0.001·(-4.77163070316) + 0.999·7.40441417722
        //       = 7.3922381323426943
        //    I = round(1.5383) = 2 -> due 2025-03-18 (Again comes back in 2 days)
        ReviewState s3 = scheduler.next(s2, Rating.AGAIN, s2.due());
        assertEquals(0.89977671762527179, scheduler.retrievability(s2, s2.due()), EPS);
        assertEquals(1.5383372358832694, s3.stability(), EPS);
        assertEquals(7.3922381323426943, s3.difficulty(), EPS);
        assertEquals(Instant.parse("2025-03-18T09:00:00Z"), s3.due());
        assertEquals(1, s3.lapses());

        // 4) 2025-03-18 Good, t = 2 d.
        //    1 + F·2/S = 2.2745534224172804; R = 0.88098114773856954
        //    e^w8 = 6.5025863645633273; 11 - D = 3.6077618676573057;
        //    S^-w9 = 0.93075892935893726; e^(w10·(1-R)) - 1 = 0.099371888652675613
        //    product = 2.169825198485316
        //    S' = 1.5383372358832694 · 3.169825198485316 = 4.8762601340710367
        //    D'' = 0.001·(-4.77163070316) + 0.999·7.39223813234 = 7.3800742635071898
        //    I = round(4.8763) = 5 -> due 2025-03-23
        ReviewState s4 = scheduler.next(s3, Rating.GOOD, s3.due());
        assertEquals(0.88098114773856954, scheduler.retrievability(s3, s3.due()), EPS);
        assertEquals(4.8762601340710367, s4.stability(), EPS);
        assertEquals(7.3800742635071898, s4.difficulty(), EPS);
        assertEquals(Instant.parse("2025-03-23T09:00:00Z"), s4.due());
        assertEquals(Instant.parse("2025-03-18T09:00:00Z"), s4.lastReview());
        assertEquals(4, s4.reps());
        assertEquals(1, s4.lapses());
    }

    // ---------------------------------------------------------------- published vectors

    /**
     * ts-fsrs FSRS-6.test.ts 'memory state[short-term]' (which cites fsrs-rs inference.rs):
     * Again, then Good at cumulative day offsets 0, 0, 1, 3, 8, 21 -> S = 53.62691,
     * D = 6.3574867 (tolerance 1e-4 there). Our value agrees.
     */
    @Test
    void memoryStateMatchesTsFsrsFsrs6Vector() {
        int[] gaps = {0, 1, 3, 8, 21};
        Instant now = T0;
        ReviewState s = scheduler.first(Rating.AGAIN, now);
        for (int gap : gaps) {
            now = now.plus(Duration.ofDays(gap));
            s = scheduler.next(s, Rating.GOOD, now);
        }
        assertEquals(53.62691, s.stability(), 1e-4);
        assertEquals(6.3574867, s.difficulty(), 1e-4);
    }

    /**
     * ts-fsrs FSRS-6.test.ts 'ivl_history' (the same vector is in later py-fsrs
     * tests/test_basic.py): 13 reviews with learning steps 1m/10m and relearning 10m give
     * [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]. The 0s are minute-level steps this
     * scheduler does not have, so we replay the reviews at the same instants and compare the
     * whole-day intervals. Matches.
     */
    @Test
    void intervalHistoryMatchesTsFsrsFsrs6Vector() {
        Duration tenMinutes = Duration.ofMinutes(10);
        Instant now = T0;
        ReviewState s = scheduler.first(Rating.GOOD, now); // learning step: back in 10 min
        now = now.plus(tenMinutes);
        int[] expectedBeforeLapse = {2, 11, 46, 163, 498};
        for (int expected : expectedBeforeLapse) {
            s = scheduler.next(s, Rating.GOOD, now);
            assertEquals(expected, days(s), "before lapse");
            now = s.due();
        }
        s = scheduler.next(s, Rating.AGAIN, now);   // lapse -> relearning step 10 min
        now = now.plus(tenMinutes);
        s = scheduler.next(s, Rating.AGAIN, now);   // same-day Again -> 10 min
        now = now.plus(tenMinutes);
        int[] expectedAfterLapse = {2, 4, 7, 12, 21};
        for (int expected : expectedAfterLapse) {
            s = scheduler.next(s, Rating.GOOD, now);
            assertEquals(expected, days(s), "after lapse");
            now = s.due();
        }
        assertEquals(2, s.lapses());
        assertEquals(13, s.reps());
    }

    private static long days(ReviewState s) {
        return Duration.between(s.lastReview(), s.due()).toDays();
    }

    // ---------------------------------------------------------------- same-day reviews

    @Test
    void sameDayReviewUsesShortTermStability() {
        ReviewState first = scheduler.first(Rating.GOOD, T0); // S = 2.3065, D = 2.118103970459016
        Instant twoHoursLater = T0.plus(Duration.ofHours(2));
        // SInc(G) = e^(w17·(G-3+w18)) · S^-w19, S^-w19 = 2.3065^-0.0658 = e^(-0.0658·0.8357312)
        //          = 0.9464936
        // Good: e^(0.5425·0.0912) · 0.9464936 = 1.0507204 · 0.9464936 = 0.9945001 < 1 -> floored to 1,
        //       so S stays 2.3065 (a pass never lowers stability).
        ReviewState good = scheduler.next(first, Rating.GOOD, twoHoursLater);
        assertEquals(2.3065, good.stability(), EPS);
        assertEquals(2.111214235785395, good.difficulty(), EPS); // D still mean-reverts
        // Easy: e^(0.5425·1.0912) · 0.9464936 = 1.710840697 -> S = 3.9460540679694771
        ReviewState easy = scheduler.next(first, Rating.EASY, twoHoursLater);
        assertEquals(3.9460540679694771, easy.stability(), EPS);
        assertEquals(1.0, easy.difficulty(), EPS);
        // Hard: e^(0.5425·(-0.9088)) · 0.9464936 = 0.578096127 < 1 -> floored to 1, S stays
        //       2.3065 (fsrs-rs / ts-fsrs 5.3+: a same-day Hard never lowers stability; it used
        //       to give 1.3333787, a 42 % cut). D: ΔD = -3.0194·(2-3) = 3.0194,
        //       D' = 2.118103970459016 + 3.0194·(10-2.118103970459016)/9 = 4.762392511747465,
        //       D'' = 0.001·(-4.7716307031617375) + 0.999·4.762392511747465 = 4.752858488532556
        ReviewState hard = scheduler.next(first, Rating.HARD, twoHoursLater);
        assertEquals(2.3065, hard.stability(), EPS);
        assertEquals(4.752858488532556, hard.difficulty(), EPS);
        assertEquals(T0.plus(Duration.ofHours(2)).plus(Duration.ofDays(2)), hard.due());
        // Again: e^(0.5425·(-1.9088)) · 0.9464936 = 0.336043348 -> S = 0.77508398285589815,
        //        round(0.775) = 0 -> at least 1 day.
        ReviewState again = scheduler.next(first, Rating.AGAIN, twoHoursLater);
        assertEquals(0.77508398285589815, again.stability(), EPS);
        assertEquals(7.3945027412797176, again.difficulty(), EPS);
        assertEquals(twoHoursLater.plus(DAY), again.due());
        assertEquals(1, again.lapses());
    }

    @Test
    void sameDayHardNeverCutsStability() {
        // Hard answered again and again within the day: with the floor, S never moves.
        // (Before, each Hard multiplied S by ≈0.55-0.58, leaving 2.3065 · 0.578 · 0.594 ... ≈ 0.1.)
        ReviewState s = scheduler.first(Rating.GOOD, T0);
        for (int minutes = 5; minutes <= 60; minutes += 5) {
            ReviewState next = scheduler.next(s, Rating.HARD, T0.plus(Duration.ofMinutes(minutes)));
            assertTrue(next.stability() >= s.stability(), "Hard at +" + minutes + " min");
            s = next;
        }
        assertEquals(2.3065, s.stability(), EPS);
        // Same-day Again still lowers it (unchanged formula): SInc = 0.336043348 at S = 2.3065.
        assertTrue(scheduler.next(s, Rating.AGAIN, T0.plus(Duration.ofMinutes(65))).stability() < 2.3065);
    }

    /**
     * First Easy then Easy on every due date (D stays 1: ΔD = -3.0194, clamped; reversion keeps
     * it at 1). S'(Easy) = S·(e^w8·(11-1)·S^-w9·(e^(w10·(1-R)) - 1)·w16 + 1), R at due ≈ 0.9:
     * <pre>
     *   1 first      S = 8.2956                         I = 8
     *   2 t = 8      R = 0.90247330  S = 65.624226       I = 66
     *   3 t = 66     R = 0.89960725  S = 396.77502       I = 397
     *   4 t = 397    R = 0.89996105  S = 1874.9170       I = 1875
     *   5 t = 1875   R = 0.89999696  S = 7265.4329       I = 7265
     *   6 t = 7265   R = 0.90000409  S = 23932.922       I = 23933
     *   7 t = 23933  R = 0.89999978  raw S = 23932.922 · 2.8809345 = 68949.182 -> 36500 (S_MAX)
     * </pre>
     * fsrs-rs clamps to S_MAX = 36500 days; the interval cap is 36500 days too.
     */
    @Test
    void easyAnswersInARowStayWithinTheStabilityCap() {
        double[] expected = {8.2956, 65.62422616189995, 396.77502334975827, 1874.91695540745,
            7265.432894791249, 23932.92249982252, 36_500.0};
        int[] intervals = {8, 66, 397, 1875, 7265, 23933, 36_500};
        ReviewState s = scheduler.first(Rating.EASY, T0);
        for (int i = 0; i < expected.length; i++) {
            if (i > 0) {
                s = scheduler.next(s, Rating.EASY, s.due());
            }
            assertEquals(expected[i], s.stability(), expected[i] * 1e-9, "answer " + (i + 1));
            assertTrue(s.stability() <= 36_500.0, "answer " + (i + 1));
            assertEquals(intervals[i], days(s), "answer " + (i + 1));
            assertEquals(1.0, s.difficulty(), EPS);
        }
        // One more Easy stays at the cap.
        assertEquals(36_500.0, scheduler.next(s, Rating.EASY, s.due()).stability(), 0.0);
    }

    @Test
    void storedStabilityAboveTheCapIsBroughtBackOnTheNextAnswer() {
        // A state saved before the cap existed (68,949 days). fsrs-rs step() clamps the incoming
        // S to [0.001, 36500] first: a same-day Good gives 36500 · max(1, SInc) = 36500.
        ReviewState old = new ReviewState(68_949.18, 1.0, T0, T0.plus(Duration.ofDays(36_500)), 7, 0);
        ReviewState next = scheduler.next(old, Rating.GOOD, T0.plus(Duration.ofHours(1)));
        assertEquals(36_500.0, next.stability(), 0.0);
    }

    @Test
    void justUnderOneDayIsStillSameDayAndOneDayIsNot() {
        ReviewState first = scheduler.first(Rating.GOOD, T0);
        ReviewState almost = scheduler.next(first, Rating.GOOD, T0.plus(DAY).minusSeconds(1));
        assertEquals(2.3065, almost.stability(), EPS); // short-term, floored at S
        ReviewState oneDay = scheduler.next(first, Rating.GOOD, T0.plus(DAY));
        assertTrue(oneDay.stability() > 2.3065 * 2, "long-term recall grows S a lot");
    }

    @Test
    void reviewBeforeLastReviewIsTreatedAsSameDay() {
        ReviewState first = scheduler.first(Rating.GOOD, T0);
        ReviewState skewed = scheduler.next(first, Rating.GOOD, T0.minusSeconds(30));
        assertEquals(2.3065, skewed.stability(), EPS);
        assertTrue(!skewed.due().isBefore(skewed.lastReview()));
    }

    // ---------------------------------------------------------------- intervals

    @Test
    void intervalIsClampedToMaximumAndAtLeastOneDay() {
        ReviewScheduler capped = new ReviewScheduler(FsrsParameters.DEFAULT.withMaximumIntervalDays(30));
        assertEquals(30, capped.nextIntervalDays(1_000.0));
        assertEquals(30, capped.nextIntervalDays(Double.MAX_VALUE));
        assertEquals(29, capped.nextIntervalDays(29.4));
        assertEquals(1, capped.nextIntervalDays(0.001));
        // The due date uses the clamped interval too.
        ReviewState big = new ReviewState(900.0, 3.0, T0, T0.plus(Duration.ofDays(900)), 5, 0);
        ReviewState after = capped.next(big, Rating.GOOD, T0.plus(Duration.ofDays(900)));
        assertEquals(after.lastReview().plus(Duration.ofDays(30)), after.due());
    }

    @Test
    void intervalAtNinetyPercentIsRoundedStability() {
        assertEquals(10, scheduler.nextIntervalDays(10.0));
        assertEquals(10, scheduler.nextIntervalDays(10.49));
        assertEquals(11, scheduler.nextIntervalDays(10.5)); // half-up (Python's round() is half-even)
    }

    @Test
    void lowerDesiredRetentionGivesLongerIntervals() {
        // I(r, S) = S/F · (r^(1/DECAY) - 1), 1/DECAY = -6.48508430609598, S = 10:
        //   r = 0.80: 0.8^-6.48508 = 4.2507896 ; (4.2507896 - 1)/0.98035 · 10 = 33.16 -> 33
        //   r = 0.90: exactly S -> 10
        //   r = 0.95: 0.95^-6.48508 = 1.3946470 ; 0.3946470/0.98035 · 10 = 4.03 -> 4
        ReviewScheduler r80 = new ReviewScheduler(FsrsParameters.DEFAULT.withDesiredRetention(0.80));
        ReviewScheduler r95 = new ReviewScheduler(FsrsParameters.DEFAULT.withDesiredRetention(0.95));
        assertEquals(33, r80.nextIntervalDays(10.0));
        assertEquals(10, scheduler.nextIntervalDays(10.0));
        assertEquals(4, r95.nextIntervalDays(10.0));
        // And it holds across stabilities.
        for (double s = 1; s < 5_000; s *= 3) {
            assertTrue(r80.nextIntervalDays(s) >= scheduler.nextIntervalDays(s), "S=" + s);
            assertTrue(scheduler.nextIntervalDays(s) >= r95.nextIntervalDays(s), "S=" + s);
        }
    }

    @Test
    void nextIntervalRejectsInvalidStability() {
        assertThrows(IllegalArgumentException.class, () -> scheduler.nextIntervalDays(0.0));
        assertThrows(IllegalArgumentException.class, () -> scheduler.nextIntervalDays(-1.0));
        assertThrows(IllegalArgumentException.class, () -> scheduler.nextIntervalDays(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> scheduler.nextIntervalDays(Double.POSITIVE_INFINITY));
    }

    @Test
    void schedulerIsUnaffectedByLaterChangesToTheCallersWeightArray() {
        double[] w = FsrsParameters.DEFAULT.w();
        ReviewScheduler own = new ReviewScheduler(new FsrsParameters(w, 0.9, 36_500));
        w[2] = 50.0;
        assertEquals(2.3065, own.first(Rating.GOOD, T0).stability(), 0.0);
    }

    @Test
    void rejectsNulls() {
        ReviewState s = scheduler.first(Rating.GOOD, T0);
        assertThrows(NullPointerException.class, () -> new ReviewScheduler(null));
        assertThrows(NullPointerException.class, () -> scheduler.first(null, T0));
        assertThrows(NullPointerException.class, () -> scheduler.first(Rating.GOOD, null));
        assertThrows(NullPointerException.class, () -> scheduler.next(null, Rating.GOOD, T0));
        assertThrows(NullPointerException.class, () -> scheduler.next(s, null, T0));
        assertThrows(NullPointerException.class, () -> scheduler.next(s, Rating.GOOD, null));
        assertThrows(NullPointerException.class, () -> scheduler.retrievability(s, null));
    }
}
