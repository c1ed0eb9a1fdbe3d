package org.clockwise.core.team.metrics;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One skill's team average per week and the average target. */
class SkillProgressionTest {

    private static final Map<Long, List<SkillTrend>> TRENDS = Map.of(
            1L, List.of(new SkillTrend("discovery", "Discovery", 20, 50, List.of(10, 20)),
                    new SkillTrend("pricing", "Pricing", 90, 30, List.of(90, 90))),
            2L, List.of(new SkillTrend("discovery", "Discovery", 45, 65, List.of(30, 45))));

    @Test
    void averagesOverTheRepsPerWeek() {
        SkillProgression progression = SkillProgression.of(TRENDS, "discovery", 2);
        assertEquals(List.of(20.0, 32.5), progression.averages());
        assertEquals(57.5, progression.target());
    }

    @Test
    void aShorterTrendCountsAsZeroInTheMissingWeeks() {
        assertEquals(List.of(90.0, 90.0, 0.0), SkillProgression.of(TRENDS, "pricing", 3).averages());
    }

    @Test
    void aSkillNobodyHasHasNoNumbers() {
        SkillProgression progression = SkillProgression.of(TRENDS, "negotiation", 2);
        assertEquals(Arrays.asList(null, null), progression.averages());
        assertNull(progression.target());
    }
}
