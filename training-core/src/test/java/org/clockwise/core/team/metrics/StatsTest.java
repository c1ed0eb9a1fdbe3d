package org.clockwise.core.team.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StatsTest {

    @Test
    void medianOfOddEvenAndEmpty() {
        assertEquals(2.0, Stats.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(7.0, Stats.median(List.of(7.0)));
        assertNull(Stats.median(List.of()));
    }

    @Test
    void giniBounds() {
        assertEquals(0.0, Stats.gini(new int[0]));
        assertEquals(0.0, Stats.gini(new int[] {0, 0}));
        assertEquals(0.0, Stats.gini(new int[] {3, 3, 3}));
        assertEquals(0.5, Stats.gini(new int[] {0, 8}), 1e-12);
    }
}
