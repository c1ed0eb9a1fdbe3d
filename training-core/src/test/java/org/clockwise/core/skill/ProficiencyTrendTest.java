package org.clockwise.core.skill;

import org.clockwise.core.skill.ProficiencyModel.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weekly points: evidence up to each week's end, latest answer per question, recall not applied. */
class ProficiencyTrendTest {

    private static final String SKILL = "objection-handling";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate LAST_WEEK = LocalDate.of(2025, 6, 2); // a Monday
    private static final double EPS = 1e-12;

    /** Spelled out so that tuning {@link Settings#DEFAULT} does not change these expectations. */
    private final ProficiencyModel model = new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 0.25));

    @Test
    void givesOnePointPerWeekOldestFirst() {
        List<WeeklyPoint> points = model.trend(SKILL, List.of(), LAST_WEEK, 4, NEW_YORK);
        assertEquals(List.of(LAST_WEEK.minusWeeks(3), LAST_WEEK.minusWeeks(2),
                        LAST_WEEK.minusWeeks(1), LAST_WEEK),
                points.stream().map(WeeklyPoint::weekStart).toList());
        assertTrue(points.stream().allMatch(p -> p.proficiency() == 0.0));
    }

    @Test
    void aQuizThenItsReviewsClimbFromTwentyToFiftyPercent() {
        List<Evidence> evidence = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            evidence.add(new Evidence(SKILL, "m#1#" + q, at(LAST_WEEK.minusWeeks(1).plusDays(2)), true, true, 0.95));
            evidence.add(new Evidence(SKILL, "m#1#" + q, at(LAST_WEEK.plusDays(1)), true, false, 0.9));
        }
        List<WeeklyPoint> points = model.trend(SKILL, evidence, LAST_WEEK, 3, NEW_YORK);
        assertEquals(0.0, points.get(0).proficiency());
        // the quiz: 4 * 0.25 = 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, points.get(1).proficiency(), EPS);
        // the reviews replace the quiz answers: 4 / (4 + 4) = 0.5
        assertEquals(0.5, points.get(2).proficiency(), EPS);
    }

    @Test
    void eachWeekCountsTheLatestAnswerOfAQuestionAsOfItsEnd() {
        List<Evidence> evidence = List.of(
                new Evidence(SKILL, "m#1#1", at(LAST_WEEK.minusWeeks(1)), false, false, 0.9),
                new Evidence(SKILL, "m#1#1", at(LAST_WEEK), true, false, 0.9));
        List<WeeklyPoint> points = model.trend(SKILL, evidence, LAST_WEEK, 2, NEW_YORK);
        // week -1: wrong, 0 / (1 + 4) = 0; week 0: right, 1 / (1 + 4) = 0.2
        assertEquals(0.0, points.get(0).proficiency(), EPS);
        assertEquals(0.2, points.get(1).proficiency(), EPS);
    }

    @Test
    void weekBoundariesFollowTheZone() {
        // Sunday 23:30 in New York is already Monday in UTC: it still belongs to the NY week.
        Evidence lateSunday = Evidence.of(SKILL,
                LocalDateTime.of(LAST_WEEK.minusDays(1), LocalTime.of(23, 30))
                        .atZone(NEW_YORK).toInstant(), true);
        List<WeeklyPoint> ny = model.trend(SKILL, List.of(lateSunday), LAST_WEEK, 2, NEW_YORK);
        List<WeeklyPoint> utc = model.trend(SKILL, List.of(lateSunday), LAST_WEEK, 2, ZoneId.of("UTC"));
        assertTrue(ny.get(0).proficiency() > 0);
        assertEquals(0.0, utc.get(0).proficiency());
    }

    @Test
    void trendIgnoresTodaysRecallSnapshot() {
        Evidence fading = new Evidence(SKILL, "m#1#1", at(LAST_WEEK), true, false, 0.2);
        // the recall is not applied: 1 / (1 + 4) = 0.2 (today's proficiency at 0.9: (0.2 / 0.9) / 5)
        assertEquals(0.2, model.trend(SKILL, List.of(fading), LAST_WEEK, 1, NEW_YORK).get(0).proficiency(), EPS);
        assertEquals(0.2 / 0.9 / 5, model.proficiency(SKILL, List.of(fading), at(LAST_WEEK), 0.9), EPS);
    }

    @Test
    void evidenceWithoutRecallFadesAcrossTheWeeks() {
        ProficiencyModel weekly = new ProficiencyModel(new Settings(Duration.ofDays(7), 1.0, 0.25));
        // Monday 00:00 of the previous week; each point is as of its week's end (next Monday minus 1 ns).
        Instant mondayMidnight = LAST_WEEK.minusWeeks(1).atStartOfDay(NEW_YORK).toInstant();
        Evidence unknown = new Evidence(SKILL, "m#1#1", mondayMidnight, true, false, Double.NaN);
        Evidence known = new Evidence(SKILL, "m#1#1", mondayMidnight, true, false, 0.5);
        List<WeeklyPoint> fading = weekly.trend(SKILL, List.of(unknown), LAST_WEEK, 2, NEW_YORK);
        // ~7 days old: weight 0.5: 0.5 / (0.5 + 1) = 1/3; ~14 days: 0.25 / (0.25 + 1) = 0.2
        assertEquals(1.0 / 3, fading.get(0).proficiency(), 1e-9);
        assertEquals(0.2, fading.get(1).proficiency(), 1e-9);
        // with a recall its weight stays 1: 1 / (1 + 1) = 0.5 both weeks
        List<WeeklyPoint> steady = weekly.trend(SKILL, List.of(known), LAST_WEEK, 2, NEW_YORK);
        assertEquals(0.5, steady.get(0).proficiency(), EPS);
        assertEquals(0.5, steady.get(1).proficiency(), EPS);
    }

    @Test
    void zeroWeeksIsEmptyAndNegativeIsRejected() {
        assertEquals(List.of(), model.trend(SKILL, List.of(), LAST_WEEK, 0, NEW_YORK));
        assertThrows(IllegalArgumentException.class,
                () -> model.trend(SKILL, List.of(), LAST_WEEK, -1, NEW_YORK));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(NEW_YORK).toInstant();
    }
}
