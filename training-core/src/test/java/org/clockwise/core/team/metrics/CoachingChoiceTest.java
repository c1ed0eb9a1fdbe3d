package org.clockwise.core.team.metrics;

import org.clockwise.core.plan.NextLesson;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.Reason;
import org.clockwise.core.skill.SkillStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coaching list: the reps furthest below target, largest gap first, ties by name, ten at most;
 * each row's gap from the live skills the plan read, and how the next lesson relates to it.
 */
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

    // --- rows: the live gap, the plan's lesson and how the two relate ---

    private static final Map<String, Set<String>> MODULE_SKILLS = Map.of(
            "disc-1", Set.of("discovery"), "value-1", Set.of("value"), "both-1", Set.of("discovery", "value"));

    private static SkillStatus live(String id, String name, double proficiency, double target) {
        return new SkillStatus(id, name, proficiency, target);
    }

    private static PlanItem lesson(String module, String key, String... args) {
        return new PlanItem(PlanItem.Kind.LESSON, module, null, 300, new Reason(key, List.of(args)));
    }

    private static RepGap picked(RepInfo rep, String skill, int percent, int target) {
        return new RepGap(rep, skill(skill, percent, target));
    }

    @Test
    void theRowsGapIsThePlansLiveOneNotTheSnapshots() {
        RepInfo ann = rep(1, "Ann");
        // The snapshot (last week's answers, last band's target) said Discovery 40 of 60; live, Discovery
        // faded to 0.455 against this band's 0.70 (gap 0.245) and Value sits at 0.50 of 0.70 (gap 0.20).
        List<SkillStatus> skills = List.of(live("discovery", "Discovery", 0.455, 0.70), live("value", "Value", 0.50, 0.70));
        PlanItem next = lesson("disc-1", "plan.reason.gap", "Discovery", "45", "70");

        List<CoachingChoice.Row> rows = CoachingChoice.rows(List.of(picked(ann, "discovery", 40, 60)),
                Map.of(1L, new NextLesson(next, false, skills)), MODULE_SKILLS);

        assertEquals(List.of(new CoachingChoice.Row(ann, skills.get(0), 45, 70, next, false, CoachingChoice.Aim.GAP)), rows,
                "0.455 reads 45% (rounded down, as the reason reads it), not 46%, and the target is today's 70%");
    }

    @Test
    void tiedGapsGoToTheSkillNameFirstAsThePlanTiesThem() {
        RepInfo ann = rep(1, "Ann");
        // Catalog order puts Value first; both are 0.30 below; the plan takes "Discovery" (by name), so does the row.
        List<SkillStatus> skills = List.of(live("value", "Value", 0.40, 0.70), live("discovery", "Discovery", 0.40, 0.70));
        PlanItem next = lesson("disc-1", "plan.reason.gap.persona", "Discovery", "40", "70", "CFO");

        CoachingChoice.Row row = CoachingChoice.rows(List.of(picked(ann, "value", 40, 70)),
                Map.of(1L, new NextLesson(next, false, skills)), MODULE_SKILLS).get(0);

        assertEquals("discovery", row.skill().skillId());
        assertEquals(CoachingChoice.Aim.GAP, row.aim());
        assertEquals(30, row.gap());
    }

    @Test
    void aLessonChosenForAnotherReasonSaysSo() {
        List<SkillStatus> skills = List.of(live("discovery", "Discovery", 0.20, 0.70), live("value", "Value", 0.60, 0.70));
        SkillStatus discovery = skills.get(0);
        // A gap reason for another skill (the largest gap has no lesson left) does not practise it.
        assertEquals(CoachingChoice.Aim.ELSEWHERE,
                CoachingChoice.aim(discovery, lesson("value-1", "plan.reason.gap", "Value", "60", "70"), MODULE_SKILLS));
        // The track's or the manager's module that happens to practise it too.
        assertEquals(CoachingChoice.Aim.ALSO,
                CoachingChoice.aim(discovery, lesson("both-1", "plan.reason.track.first", "12", "first 30 days"), MODULE_SKILLS));
        assertEquals(CoachingChoice.Aim.ALSO,
                CoachingChoice.aim(discovery, lesson("disc-1", "plan.reason.assigned.today", "Maya Okafor"), MODULE_SKILLS));
        assertEquals(CoachingChoice.Aim.ELSEWHERE,
                CoachingChoice.aim(discovery, lesson("value-1", "plan.reason.new", "Lesson value-1"), MODULE_SKILLS));
        // A module no longer published practises nothing the row knows of.
        assertEquals(CoachingChoice.Aim.ELSEWHERE,
                CoachingChoice.aim(discovery, lesson("retired", "plan.reason.track.first", "12", "first 30 days"), MODULE_SKILLS));
        assertEquals(CoachingChoice.Aim.NONE, CoachingChoice.aim(discovery, null, MODULE_SKILLS));
    }

    @Test
    void aLessonDoneTodayIsNeverNextTheOneAfterItIs() {
        RepInfo ann = rep(1, "Ann");
        List<SkillStatus> skills = List.of(live("discovery", "Discovery", 0.30, 0.70));
        PlanItem after = lesson("both-1", "plan.reason.gap", "Discovery", "30", "70");

        CoachingChoice.Row row = CoachingChoice.rows(List.of(picked(ann, "discovery", 0, 70)),
                Map.of(1L, new NextLesson(after, true, skills)), MODULE_SKILLS).get(0);

        assertEquals("both-1", row.lesson().moduleId());
        assertTrue(row.tomorrow());
        CoachingChoice.Row none = CoachingChoice.rows(List.of(picked(ann, "discovery", 0, 70)),
                Map.of(1L, new NextLesson(null, true, skills)), MODULE_SKILLS).get(0);
        assertEquals(CoachingChoice.Aim.NONE, none.aim());
        assertThrows(IllegalArgumentException.class,
                () -> new CoachingChoice.Row(ann, skills.get(0), 30, 70, null, false, CoachingChoice.Aim.GAP));
    }

    @Test
    void liveGapsReorderTheListAndARepNowAtTargetLeavesIt() {
        RepInfo ann = rep(1, "Ann");
        RepInfo bo = rep(2, "Bo");
        RepInfo cy = rep(3, "Cy");
        // Snapshots: Ann 40 below, Bo 30, Cy 20. Live: Ann answered well since (0.65 of 0.70: 5 below),
        // Bo faded (0.30 of 0.70: 40 below), Cy is at target now; Dee has no plan entry.
        List<RepGap> picked = List.of(picked(ann, "discovery", 30, 70), picked(bo, "discovery", 40, 70),
                picked(cy, "discovery", 50, 70), picked(rep(4, "Dee"), "discovery", 60, 70));
        PlanItem next = lesson("disc-1", "plan.reason.gap", "Discovery", "0", "70");
        Map<Long, NextLesson> plans = Map.of(
                1L, new NextLesson(next, false, List.of(live("discovery", "Discovery", 0.65, 0.70))),
                2L, new NextLesson(next, false, List.of(live("discovery", "Discovery", 0.30, 0.70))),
                3L, new NextLesson(next, false, List.of(live("discovery", "Discovery", 0.70, 0.70))));

        List<CoachingChoice.Row> rows = CoachingChoice.rows(picked, plans, MODULE_SKILLS);

        assertEquals(List.of(2L, 1L), rows.stream().map(r -> r.rep().id()).toList());
        assertEquals(List.of(40, 5), rows.stream().map(CoachingChoice.Row::gap).toList());
        assertFalse(rows.get(0).tomorrow());
    }

    @Test
    void aGapTooSmallToShowInWholePercentIsNone() {
        // 0.6999 reads 69% of 70%: a gap; 0.7049 of 0.7049 is no gap; 0.70 of 0.7049 reads 70% of 70%: none shown.
        RepInfo ann = rep(1, "Ann");
        PlanItem next = lesson("disc-1", "plan.reason.new", "Lesson disc-1");
        assertEquals(1, CoachingChoice.rows(List.of(picked(ann, "discovery", 60, 70)),
                Map.of(1L, new NextLesson(next, false, List.of(live("discovery", "Discovery", 0.6999, 0.70)))), MODULE_SKILLS).size());
        assertTrue(CoachingChoice.rows(List.of(picked(ann, "discovery", 60, 70)),
                Map.of(1L, new NextLesson(next, false, List.of(live("discovery", "Discovery", 0.70, 0.7049)))), MODULE_SKILLS).isEmpty());
    }
}
