package org.clockwise.core.skill;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProficiencyTrendTest {

    private static final String SKILL = "objection-handling";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate LAST_WEEK = LocalDate.of(2025, 6, 2); // a Monday

    private final ProficiencyModel model = new ProficiencyModel();

    @Test
    void givesOnePointPerWeekOldestFirst() {
        List<WeeklyPoint> points = model.trend(SKILL, List.of(), LAST_WEEK, 4, NEW_YORK);
        assertEquals(List.of(LAST_WEEK.minusWeeks(3), LAST_WEEK.minusWeeks(2),
                        LAST_WEEK.minusWeeks(1), LAST_WEEK),
                points.stream().map(WeeklyPoint::weekStart).toList());
        assertTrue(points.stream().allMatch(p -> p.proficiency() == 0.0));
    }

    @Test
    void eachPointCountsOnlyEvidenceUpToTheEndOfItsWeek() {
        List<Evidence> evidence = List.of(
                answer(LAST_WEEK.minusWeeks(1).plusDays(2), true),
                answer(LAST_WEEK.plusDays(1), true));
        List<WeeklyPoint> points = model.trend(SKILL, evidence, LAST_WEEK, 3, NEW_YORK);
        assertEquals(0.0, points.get(0).proficiency());
        assertTrue(points.get(1).proficiency() > 0);
        assertTrue(points.get(2).proficiency() > points.get(1).proficiency());
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
        Evidence fading = new Evidence(SKILL, at(LAST_WEEK), true, 0.2);
        Evidence unknown = Evidence.of(SKILL, at(LAST_WEEK), true);
        assertEquals(model.trend(SKILL, List.of(unknown), LAST_WEEK, 1, NEW_YORK),
                model.trend(SKILL, List.of(fading), LAST_WEEK, 1, NEW_YORK));
    }

    @Test
    void zeroWeeksIsEmptyAndNegativeIsRejected() {
        assertEquals(List.of(), model.trend(SKILL, List.of(), LAST_WEEK, 0, NEW_YORK));
        assertThrows(IllegalArgumentException.class,
                () -> model.trend(SKILL, List.of(), LAST_WEEK, -1, NEW_YORK));
    }

    private static Evidence answer(LocalDate day, boolean correct) {
        return Evidence.of(SKILL, at(day), correct);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(NEW_YORK).toInstant();
    }
}
