package org.clockwise.core.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RatingPolicyTest {

    private final RatingPolicy policy = new RatingPolicy(); // fast 15 s, slow 60 s

    @ParameterizedTest(name = "correct={0} taken={1} confidence={2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # correct, taken,     confidence, expected
            false,     PT5S,      SURE,       AGAIN
            false,     PT5S,      -,          AGAIN
            false,     PT2M,      UNSURE,     AGAIN
            true,      PT5S,      SURE,       EASY
            true,      PT15S,     SURE,       EASY
            true,      PT15.001S, SURE,       GOOD
            true,      PT60S,     SURE,       GOOD
            true,      PT60.001S, SURE,       HARD
            true,      PT5S,      UNSURE,     HARD
            true,      PT30S,     UNSURE,     HARD
            true,      PT5S,      -,          GOOD
            true,      PT30S,     -,          GOOD
            true,      PT60S,     -,          GOOD
            true,      PT61S,     -,          HARD
            true,      PT0S,      SURE,       EASY
            """)
    void table(boolean correct, Duration taken, Confidence confidence, Rating expected) {
        assertEquals(expected, policy.rate(correct, taken, confidence));
    }

    @Test
    void thresholdsAreConfigurable() {
        RatingPolicy strict = new RatingPolicy(Duration.ofSeconds(5), Duration.ofSeconds(20));
        assertEquals(Rating.GOOD, strict.rate(true, Duration.ofSeconds(10), Confidence.SURE));
        assertEquals(Rating.HARD, strict.rate(true, Duration.ofSeconds(21), Confidence.SURE));
        assertEquals(Rating.EASY, strict.rate(true, Duration.ofSeconds(5), Confidence.SURE));
    }

    @Test
    void rejectsInvalidInput() {
        assertThrows(IllegalArgumentException.class,
                () -> new RatingPolicy(Duration.ofSeconds(61), Duration.ofSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> new RatingPolicy(Duration.ofSeconds(-1), Duration.ofSeconds(60)));
        assertThrows(NullPointerException.class, () -> new RatingPolicy(null, Duration.ofSeconds(60)));
        assertThrows(NullPointerException.class, () -> policy.rate(true, null, Confidence.SURE));
        assertThrows(IllegalArgumentException.class,
                () -> policy.rate(true, Duration.ofSeconds(-1), Confidence.SURE));
    }
}
