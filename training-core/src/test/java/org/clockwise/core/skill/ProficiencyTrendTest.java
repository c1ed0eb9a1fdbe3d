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

/**
 * Weekly points: evidence up to each week's end, latest answer per question, recall not applied
 * (value 1 for a right answer, 0 for a wrong one), each question weighted by today's stability:
 * weight_q = stability known ? min(1, stability_q / matureDays) : 0.5 ^ (age / halfLife), at most
 * firstSightWeight for a first-sight answer; point = sum(weight_q * value_q) / (sum(weight_q) + priorWeight).
 */
class ProficiencyTrendTest {

    private static final String SKILL = "objection-handling";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate LAST_WEEK = LocalDate.of(2025, 6, 2); // a Monday
    private static final double EPS = 1e-12;
    /** Stability equal to matureDays: the answer weighs min(1, 21 / 21) = 1. */
    private static final double MATURE = 21;

    /** Spelled out so that tuning {@link Settings#DEFAULT} does not change these expectations. */
    private final ProficiencyModel model = new ProficiencyModel(new Settings(Duration.ofDays(60), 4.0, 0.25, 21));

    @Test
    void givesOnePointPerWeekOldestFirst() {
        List<WeeklyPoint> points = model.trend(SKILL, List.of(), LAST_WEEK, 4, NEW_YORK);
        assertEquals(List.of(LAST_WEEK.minusWeeks(3), LAST_WEEK.minusWeeks(2),
                        LAST_WEEK.minusWeeks(1), LAST_WEEK),
                points.stream().map(WeeklyPoint::weekStart).toList());
        // no evidence: 0 / (0 + 4) = 0 every week
        assertTrue(points.stream().allMatch(p -> p.proficiency() == 0.0));
    }

    @Test
    void aQuizThenItsReviewsClimbFromTwentyToFiftyPercent() {
        List<WeeklyPoint> points = model.trend(SKILL, quizThenReviews(MATURE), LAST_WEEK, 3, NEW_YORK);
        // nothing yet: 0
        assertEquals(0.0, points.get(0).proficiency());
        // the quiz: 4 * min(min(1, 21/21), 0.25) = 4 * 0.25 = 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, points.get(1).proficiency(), EPS);
        // the reviews replace the quiz answers, weight min(1, 21/21) = 1 each: 4 / (4 + 4) = 0.5
        assertEquals(0.5, points.get(2).proficiency(), EPS);
    }

    @Test
    void eachWeekWeighsAQuestionByTodaysStability() {
        List<WeeklyPoint> points = model.trend(SKILL, quizThenReviews(10.5), LAST_WEEK, 3, NEW_YORK);
        assertEquals(0.0, points.get(0).proficiency());
        // the quiz: 4 * min(10.5/21 = 0.5, 0.25) = 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, points.get(1).proficiency(), EPS);
        // the reviews, weight 10.5/21 = 0.5 each: (4 * 0.5) / (4 * 0.5 + 4) = 2/6 = 1/3
        assertEquals(1.0 / 3, points.get(2).proficiency(), EPS);
    }

    @Test
    void eachWeekCountsTheLatestAnswerOfAQuestionAsOfItsEnd() {
        List<Evidence> evidence = List.of(
                new Evidence(SKILL, "m#1#1", at(LAST_WEEK.minusWeeks(1)), false, false, 0.9, MATURE),
                new Evidence(SKILL, "m#1#1", at(LAST_WEEK), true, false, 0.9, MATURE));
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
        // New York, week -1 ends 30 min (less 1 ns) after the answer, memory unknown:
        // weight 0.5^(30 min / 60 days = 1/2880) = 0.999759: 0.999759 / (0.999759 + 4) = 0.199961
        double weight = Math.pow(0.5, 1.0 / 2880);
        assertEquals(weight / (weight + 4), ny.get(0).proficiency(), 1e-9);
        assertEquals(0.199961, ny.get(0).proficiency(), 1e-6);
        // UTC, week -1 ended 3.5 hours before the answer: nothing yet, 0
        assertEquals(0.0, utc.get(0).proficiency());
    }

    @Test
    void trendIgnoresTodaysRecallSnapshot() {
        Evidence fading = new Evidence(SKILL, "m#1#1", at(LAST_WEEK), true, false, 0.2, MATURE);
        // the recall is not applied: weight 1, value 1: 1 / (1 + 4) = 0.2
        assertEquals(0.2, model.trend(SKILL, List.of(fading), LAST_WEEK, 1, NEW_YORK).get(0).proficiency(), EPS);
        // today's proficiency at retention 0.9 applies it: (1 * 0.2/0.9) / (1 + 4) = 0.2/0.9/5
        assertEquals(0.2 / 0.9 / 5, model.proficiency(SKILL, List.of(fading), at(LAST_WEEK), 0.9), EPS);
        // at stability 10.5: trend 0.5 / (0.5 + 4) = 1/9; today (0.5 * 0.2/0.9) / (0.5 + 4) = 0.2/0.9/9
        Evidence young = new Evidence(SKILL, "m#1#1", at(LAST_WEEK), true, false, 0.2, 10.5);
        assertEquals(1.0 / 9, model.trend(SKILL, List.of(young), LAST_WEEK, 1, NEW_YORK).get(0).proficiency(), EPS);
        assertEquals(0.2 / 0.9 / 9, model.proficiency(SKILL, List.of(young), at(LAST_WEEK), 0.9), EPS);
    }

    @Test
    void evidenceWithoutAMemoryStateFadesAcrossTheWeeks() {
        ProficiencyModel weekly = new ProficiencyModel(new Settings(Duration.ofDays(7), 1.0, 0.25, 21));
        // Monday 00:00 of the previous week; each point is as of its week's end (next Monday minus 1 ns).
        Instant mondayMidnight = LAST_WEEK.minusWeeks(1).atStartOfDay(NEW_YORK).toInstant();
        Evidence unknown = new Evidence(SKILL, "m#1#1", mondayMidnight, true, false, Double.NaN, Double.NaN);
        List<WeeklyPoint> fading = weekly.trend(SKILL, List.of(unknown), LAST_WEEK, 2, NEW_YORK);
        // ~7 days old: weight 0.5^(7/7) = 0.5: 0.5 / (0.5 + 1) = 1/3; ~14 days: 0.25 / (0.25 + 1) = 0.2
        assertEquals(1.0 / 3, fading.get(0).proficiency(), 1e-9);
        assertEquals(0.2, fading.get(1).proficiency(), 1e-9);
        // with a memory state its weight is min(1, 21/21) = 1 whatever the age: 1 / (1 + 1) = 0.5 both weeks
        Evidence known = new Evidence(SKILL, "m#1#1", mondayMidnight, true, false, 0.5, MATURE);
        List<WeeklyPoint> steady = weekly.trend(SKILL, List.of(known), LAST_WEEK, 2, NEW_YORK);
        assertEquals(0.5, steady.get(0).proficiency(), EPS);
        assertEquals(0.5, steady.get(1).proficiency(), EPS);
        // at stability 10.5: 0.5 / (0.5 + 1) = 1/3 both weeks
        Evidence half = new Evidence(SKILL, "m#1#1", mondayMidnight, true, false, 0.5, 10.5);
        List<WeeklyPoint> steadyHalf = weekly.trend(SKILL, List.of(half), LAST_WEEK, 2, NEW_YORK);
        assertEquals(1.0 / 3, steadyHalf.get(0).proficiency(), EPS);
        assertEquals(1.0 / 3, steadyHalf.get(1).proficiency(), EPS);
    }

    @Test
    void zeroWeeksIsEmptyAndNegativeIsRejected() {
        assertEquals(List.of(), model.trend(SKILL, List.of(), LAST_WEEK, 0, NEW_YORK));
        assertEquals("weeks must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> model.trend(SKILL, List.of(), LAST_WEEK, -1, NEW_YORK)).getMessage());
    }

    /**
     * Questions 1..4 answered right in the lesson's quiz on Wednesday of week -1 and in reviews on
     * Tuesday of week 0, all carrying today's stability (recall 0.9, ignored by the trend).
     */
    private static List<Evidence> quizThenReviews(double stability) {
        List<Evidence> evidence = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            evidence.add(new Evidence(SKILL, "m#1#" + q, at(LAST_WEEK.minusWeeks(1).plusDays(2)), true, true, 0.9, stability));
            evidence.add(new Evidence(SKILL, "m#1#" + q, at(LAST_WEEK.plusDays(1)), true, false, 0.9, stability));
        }
        return evidence;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(NEW_YORK).toInstant();
    }
}
