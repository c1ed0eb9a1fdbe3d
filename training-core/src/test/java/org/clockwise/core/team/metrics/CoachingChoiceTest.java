package org.clockwise.core.team.metrics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coaching list: the reps furthest below target, largest gap first, ties by name, ten at most. */
class CoachingChoiceTest {

    private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);

    private static RepInfo rep(long id, String name) {
        return new RepInfo(id, name, HIRED);
    }

    private static SkillTrend skill(String id, int percent, int target) {
        return new SkillTrend(id, id, percent, target, List.of(percent));
    }

    @Test
    void largestGapFirstThenByNameAndNobodyAtTarget() {
        RepInfo dee = rep(1, "Dee");
        RepInfo ann = rep(2, "Ann");
        RepInfo bo = rep(3, "Bo");
        RepInfo cy = rep(4, "Cy");
        Map<Long, List<SkillTrend>> trends = Map.of(
                1L, List.of(skill("discovery", 45, 50), skill("pricing", 40, 70)),   // gaps 5, 30
                2L, List.of(skill("discovery", 20, 50), skill("pricing", 40, 70)),   // 30, 30: the first one
                3L, List.of(skill("discovery", 10, 50)),                             // 40
                4L, List.of(skill("discovery", 60, 50), skill("pricing", 70, 70)));  // at or above target

        List<RepGap> gaps = CoachingChoice.furthestBelowTarget(List.of(dee, ann, bo, cy), trends);

        assertEquals(List.of(new RepGap(bo, trends.get(3L).get(0)), new RepGap(ann, trends.get(2L).get(0)),
                new RepGap(dee, trends.get(1L).get(1))), gaps);
        assertEquals(List.of(40, 30, 30), gaps.stream().map(RepGap::size).toList());
    }

    @Test
    void tenAtMost() {
        List<RepInfo> reps = new ArrayList<>();
        Map<Long, List<SkillTrend>> trends = new HashMap<>();
        IntStream.rangeClosed(1, 12).forEach(i -> {
            reps.add(rep(i, "Rep " + (char) ('A' + i)));
            trends.put((long) i, List.of(skill("discovery", 50 - i, 50)));   // rep i is i points below
        });

        List<RepGap> gaps = CoachingChoice.furthestBelowTarget(reps, trends);

        assertEquals(CoachingChoice.SIZE, gaps.size());
        assertEquals(List.of(12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L), gaps.stream().map(g -> g.rep().id()).toList());
    }

    @Test
    void aRepWithoutSkillsIsNotOnTheList() {
        assertTrue(CoachingChoice.furthestBelowTarget(List.of(rep(1, "Ann")), Map.of()).isEmpty());
        assertTrue(CoachingChoice.furthestBelowTarget(List.of(rep(1, "Ann")), Map.of(1L, List.of())).isEmpty());
    }
}
