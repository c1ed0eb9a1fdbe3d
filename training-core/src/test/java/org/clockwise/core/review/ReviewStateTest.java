package org.clockwise.core.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewStateTest {

    private static final Instant T = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant LATER = T.plusSeconds(86_400);

    @Test
    void acceptsBoundaryValues() {
        assertDoesNotThrow(() -> new ReviewState(0.001, 1.0, T, T, 0, 0));
        assertDoesNotThrow(() -> new ReviewState(36_500, 10.0, T, LATER, 7, 3));
    }

    @Test
    void rejectsBadStability() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(0.0, 5, T, LATER, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(-1.0, 5, T, LATER, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(Double.NaN, 5, T, LATER, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ReviewState(Double.POSITIVE_INFINITY, 5, T, LATER, 1, 0));
    }

    @Test
    void rejectsDifficultyOutsideOneToTen() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(1, 0.999, T, LATER, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(1, 10.001, T, LATER, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(1, Double.NaN, T, LATER, 1, 0));
    }

    @Test
    void rejectsDueBeforeLastReview() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(1, 5, LATER, T, 1, 0));
    }

    @Test
    void rejectsNegativeCountsAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(1, 5, T, LATER, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReviewState(1, 5, T, LATER, 1, -1));
        assertThrows(NullPointerException.class, () -> new ReviewState(1, 5, null, LATER, 1, 0));
        assertThrows(NullPointerException.class, () -> new ReviewState(1, 5, T, null, 1, 0));
    }
}
