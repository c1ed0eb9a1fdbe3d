package org.clockwise.core.team.metrics;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.skill.TargetPolicy;
import org.clockwise.core.skill.TargetSettings;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Weekly snapshots become each rep's skills: carried forward through quiet weeks, the tenure target without any. */
class SkillCarryForwardTest {

    private static final List<CatalogView.Entry> SKILLS = List.of(
            new CatalogView.Entry("discovery", "Discovery", ""), new CatalogView.Entry("pricing", "Pricing", ""));

    /** Days 0–30: discovery 0.5, anything else 0.3; from day 31: 0.6. */
    private static final TargetPolicy TARGETS = new TargetPolicy(new TargetSettings(List.of(
            new TargetSettings.Band(0, 30, 0.3, Map.of("discovery", 0.5)),
            new TargetSettings.Band(31, null, 0.6, Map.of()))));

    // Wednesday: with 4 weeks the weeks start Feb 17, Feb 24, Mar 3 and Mar 10.
    private static final LocalDate TODAY = d(2025, 3, 12);

    private static final RepInfo ANN = new RepInfo(1, "Ann", d(2025, 1, 6)); // tenure day 66 today
    private static final RepInfo BO = new RepInfo(2, "Bo", d(2025, 3, 3));   // tenure day 10 today

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static WeeklySkill w(long rep, String skill, LocalDate week, double proficiency, double target) {
        return new WeeklySkill(rep, skill, week, proficiency, target);
    }

    @Test
    void quietWeeksCarryTheLastValueAndTheLatestWeekIsNow() {
        List<WeeklySkill> snapshots = List.of(
                w(1, "discovery", d(2025, 2, 3), 0.20, 0.45),
                w(1, "discovery", d(2025, 2, 10), 0.25, 0.45),  // latest before the first week: carried into it
                w(1, "discovery", d(2025, 2, 24), 0.40, 0.55),
                w(1, "discovery", d(2025, 3, 10), 0.62, 0.60),
                w(1, "discovery", d(2025, 3, 17), 0.99, 0.60),  // a week after today's: not shown
                w(1, "pricing", d(2025, 2, 24), 0.333, 0.50),
                w(99, "pricing", d(2025, 3, 10), 1.0, 1.0));    // not in the team

        Map<Long, List<SkillTrend>> trends = SkillCarryForward.trends(List.of(ANN), SKILLS, snapshots, TODAY, 4, TARGETS);

        assertEquals(List.of(
                new SkillTrend("discovery", "Discovery", 62, 60, List.of(25, 40, 40, 62)),
                // No row in the last two weeks: 33 carried, and the target stored with it, not today's 60.
                new SkillTrend("pricing", "Pricing", 33, 50, List.of(0, 33, 33, 33))), trends.get(1L));
        assertEquals(1, trends.size());
    }

    @Test
    void aRepWithoutSnapshotsHasZerosAndTheTargetForTheirTenure() {
        Map<Long, List<SkillTrend>> trends = SkillCarryForward.trends(List.of(ANN, BO), SKILLS,
                List.of(w(1, "pricing", d(2025, 3, 3), 0.5, 0.45)), TODAY, 3, TARGETS);

        assertEquals(List.of(1L, 2L), List.copyOf(trends.keySet()), "in the order of the reps");
        assertEquals(List.of(
                new SkillTrend("discovery", "Discovery", 0, 60, List.of(0, 0, 0)),   // day 66: 0.6
                new SkillTrend("pricing", "Pricing", 50, 45, List.of(0, 50, 50))), trends.get(1L));
        assertEquals(List.of(
                new SkillTrend("discovery", "Discovery", 0, 50, List.of(0, 0, 0)),   // day 10: discovery 0.5
                new SkillTrend("pricing", "Pricing", 0, 30, List.of(0, 0, 0))), trends.get(2L));
    }

    @Test
    void aSnapshotOnTodaysMondayCountsAndTheGapFollows() {
        LocalDate monday = d(2025, 3, 10);
        SkillTrend line = SkillCarryForward.trends(List.of(BO), SKILLS.subList(0, 1),
                List.of(w(2, "discovery", monday, 0.125, 0.5)), monday, 1, TARGETS).get(2L).get(0);
        assertEquals(new SkillTrend("discovery", "Discovery", 13, 50, List.of(13)), line, "12.5 rounds half up");
        assertEquals(37, line.gap());
    }

    @Test
    void anEmptyTeamOrCatalogAndAtLeastOneWeek() {
        assertEquals(Map.of(), SkillCarryForward.trends(List.of(), SKILLS, List.of(), TODAY, 4, TARGETS));
        assertEquals(Map.of(1L, List.of()), SkillCarryForward.trends(List.of(ANN), List.of(), List.of(), TODAY, 4, TARGETS));
        assertThrows(IllegalArgumentException.class,
                () -> SkillCarryForward.trends(List.of(ANN), SKILLS, List.of(), TODAY, 0, TARGETS));
    }
}
