package org.clockwise.core.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retire on mastery (a right answer reaching the stability threshold) and the leech threshold. */
class MasteryPolicyTest {

    private static final Instant T = Instant.parse("2025-06-02T09:00:00Z");
    private final MasteryPolicy policy = new MasteryPolicy(90, 4);

    @ParameterizedTest
    @EnumSource(value = Rating.class, names = {"HARD", "GOOD", "EASY"})
    void aRightAnswerReachingExactlyTheThresholdRetires(Rating rating) {
        assertTrue(policy.retires(state(90.0, 0), rating)); // 90.0 >= 90
    }

    @Test
    void aRightAnswerAboveTheThresholdRetires() {
        assertTrue(policy.retires(state(400.0, 2), Rating.GOOD)); // 400 >= 90
    }

    @Test
    void justBelowTheThresholdDoesNotRetire() {
        assertFalse(policy.retires(state(89.999, 0), Rating.EASY)); // 89.999 < 90
        assertFalse(policy.retires(state(Math.nextDown(90.0), 0), Rating.GOOD));
    }

    @Test
    void aWrongAnswerNeverRetiresWhateverTheStability() {
        // AGAIN is a lapse: even a state whose stability stayed high is not mastered.
        assertFalse(policy.retires(state(90.0, 1), Rating.AGAIN));
        assertFalse(policy.retires(state(3650.0, 1), Rating.AGAIN));
    }

    @Test
    void theThresholdIsTheConfiguredOne() {
        MasteryPolicy strict = new MasteryPolicy(365, 4);
        assertFalse(strict.retires(state(364.9, 0), Rating.GOOD)); // 364.9 < 365
        assertTrue(strict.retires(state(365.0, 0), Rating.GOOD));  // 365 >= 365
    }

    @Test
    void aLeechIsAQuestionLapsedAtLeastTheThresholdTimes() {
        assertFalse(policy.isLeech(state(1.0, 0)));
        assertFalse(policy.isLeech(state(1.0, 3)));  // 3 < 4
        assertTrue(policy.isLeech(state(1.0, 4)));   // 4 >= 4
        assertTrue(policy.isLeech(state(50.0, 9)));  // 9 >= 4, whatever the stability
    }

    @Test
    void theLeechThresholdIsTheConfiguredOne() {
        MasteryPolicy twice = new MasteryPolicy(90, 2);
        assertFalse(twice.isLeech(state(1.0, 1)));
        assertTrue(twice.isLeech(state(1.0, 2)));
    }

    @Test
    void defaultsRetireAtNinetyDaysAndFlagAfterFourLapses() {
        assertEquals(new MasteryPolicy(90, 4), MasteryPolicy.DEFAULT);
    }

    @Test
    void boundsAreAccepted() {
        assertEquals(21, new MasteryPolicy(21, 2).retireAtStabilityDays());
        assertEquals(3650, new MasteryPolicy(3650, 20).retireAtStabilityDays());
        assertEquals(20, new MasteryPolicy(3650, 20).leechLapses());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 20, 3651})
    void retireAtStabilityDaysOutsideBoundsIsRefusedWithTheValue(int days) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MasteryPolicy(days, 4));
        assertEquals("retireAtStabilityDays must be between 21 and 3650, was " + days, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 21})
    void leechLapsesOutsideBoundsIsRefusedWithTheValue(int lapses) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MasteryPolicy(90, lapses));
        assertEquals("leechLapses must be between 2 and 20, was " + lapses, e.getMessage());
    }

    private static ReviewState state(double stability, int lapses) {
        return new ReviewState(stability, 5.0, T, T.plus(Duration.ofDays(1)), 3, lapses);
    }
}
