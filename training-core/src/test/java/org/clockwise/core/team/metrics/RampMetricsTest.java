package org.clockwise.core.team.metrics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RampMetricsTest {

    private static final Set<String> ONBOARDING = Set.of("discovery", "pricing");

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static SkillSample s(long rep, LocalDate week, String skill, double p) {
        return new SkillSample(rep, week, skill, p);
    }

    private static final List<RepInfo> HIRES = List.of(
            new RepInfo(1, "Ann", d(2025, 1, 6)), new RepInfo(2, "Bob", d(2025, 1, 8)),
            new RepInfo(3, "Cy", d(2025, 1, 6)), new RepInfo(4, "Dee", d(2025, 1, 6)));

    private static final List<SkillSample> SAMPLES = List.of(
            s(1, d(2025, 1, 6), "discovery", 0.4), s(1, d(2025, 1, 6), "pricing", 0.2),   // 0.3
            s(1, d(2025, 1, 13), "discovery", 0.8),                                      // 0.5, pricing carried
            s(1, d(2025, 1, 20), "pricing", 0.6),                                        // 0.7: reached
            s(2, d(2025, 1, 6), "negotiation", 1.0),                                     // not onboarding
            s(2, d(2025, 1, 13), "discovery", 0.9), s(2, d(2025, 1, 13), "pricing", 0.9),
            s(3, d(2025, 1, 6), "discovery", 1.0), s(3, d(2025, 1, 13), "discovery", 1.0)); // pricing never: 0.5

    @Test
    void timeToCompetencyWithSomeRepsNeverReachingIt() {
        // Ann: Jan 6 -> Sunday Jan 26 = 20 days; Bob: Jan 8 -> Sunday Jan 19 = 11 days; median of two = 15.5.
        assertEquals(new TimeToCompetency(15.5, 2, 2),
                TeamMetrics.timeToCompetency(HIRES, SAMPLES, ONBOARDING, 0.7));
    }

    @Test
    void timeToCompetencyMedianOfAnOddCount() {
        List<RepInfo> reps = List.of(HIRES.get(0), HIRES.get(1), new RepInfo(5, "Eve", d(2024, 12, 30)));
        List<SkillSample> samples = new ArrayList<>(SAMPLES);
        samples.add(s(5, d(2025, 1, 13), "discovery", 0.7));
        samples.add(s(5, d(2025, 1, 13), "pricing", 0.7)); // Dec 30 -> Sunday Jan 19 = 20 days
        assertEquals(new TimeToCompetency(20.0, 3, 0), TeamMetrics.timeToCompetency(reps, samples, ONBOARDING, 0.7));
    }

    @Test
    void timeToCompetencyWhenNobodyReachesIt() {
        assertEquals(new TimeToCompetency(null, 0, 4), TeamMetrics.timeToCompetency(HIRES, SAMPLES, ONBOARDING, 0.95));
        assertEquals(new TimeToCompetency(null, 0, 0),
                TeamMetrics.timeToCompetency(List.of(), List.of(), ONBOARDING, 0.7));
        assertThrows(IllegalArgumentException.class,
                () -> TeamMetrics.timeToCompetency(HIRES, SAMPLES, Set.of(), 0.7));
    }

    @Test
    void rampComparesRecentHiresWithEarlierHiresAtTheSameTenureWeek() {
        LocalDate today = d(2025, 3, 12);
        Set<String> skill = Set.of("s");
        List<RepInfo> reps = List.of(
                new RepInfo(1, "Recent", d(2025, 1, 6)),
                new RepInfo(11, "Early Mon", d(2024, 1, 1)), new RepInfo(12, "Early Wed", d(2024, 1, 3)),
                new RepInfo(13, "Veteran", d(2023, 5, 1)),
                new RepInfo(14, "Exactly 180 days", d(2024, 9, 13)),
                new RepInfo(15, "Starts next month", d(2025, 4, 1)));
        List<SkillSample> samples = List.of(
                s(1, d(2024, 12, 30), "s", 0.1), // week ended before the hire date
                s(1, d(2025, 1, 6), "s", 0.3), s(1, d(2025, 1, 13), "s", 0.5), s(1, d(2025, 1, 20), "s", 0.55),
                s(1, d(2025, 3, 17), "s", 0.9),  // a future week
                s(11, d(2024, 1, 1), "s", 0.2), s(11, d(2024, 1, 8), "s", 0.4),   // tenure 6, 13
                s(12, d(2024, 1, 1), "s", 0.6), s(12, d(2024, 1, 8), "s", 0.8),   // tenure 4, 11
                s(13, d(2023, 5, 1), "s", 0.4),                                  // tenure 6
                s(14, d(2024, 9, 23), "s", 0.9),                                 // tenure 16
                s(15, d(2025, 4, 7), "s", 0.1));
        List<RampPoint> points = TeamMetrics.ramp(reps, samples, skill, today, 180);
        assertEquals(3, points.size());
        assertPoint(points.get(0), 6, 0.3, 0.4);    // week 0: median of 0.2, 0.6, 0.4
        assertPoint(points.get(1), 13, 0.5, 0.6);   // week 1: median of 0.4, 0.8
        assertPoint(points.get(2), 20, 0.55, 0.9);  // week 2: only the rep hired exactly 180 days ago
    }

    @Test
    void rampPointWithoutEarlierHiresHasNoBaseline() {
        List<RampPoint> points = TeamMetrics.ramp(List.of(HIRES.get(0)), SAMPLES, ONBOARDING, d(2025, 3, 12), 180);
        assertEquals(List.of(6, 13, 20), points.stream().map(RampPoint::tenureDays).toList());
        assertEquals(0.3, points.get(0).proficiency(), 1e-9);
        assertEquals(0.7, points.get(2).proficiency(), 1e-9);
        assertTrue(points.stream().allMatch(p -> p.earlierHiresMedian() == null));
    }

    private static void assertPoint(RampPoint p, int tenure, double proficiency, double baseline) {
        assertEquals(1, p.repId());
        assertEquals(tenure, p.tenureDays());
        assertEquals(proficiency, p.proficiency(), 1e-9);
        assertEquals(baseline, p.earlierHiresMedian(), 1e-9);
    }

    @Test
    void rampOfAnEmptyTeam() {
        assertTrue(TeamMetrics.ramp(List.of(), List.of(), ONBOARDING, d(2025, 3, 12), 180).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> TeamMetrics.ramp(List.of(), List.of(), ONBOARDING, d(2025, 3, 12), 0));
    }
}
