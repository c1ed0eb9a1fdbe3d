package org.clockwise.core.team.metrics;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityMetricsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12); // a Wednesday
    private static final LocalDate OLD_HIRE = LocalDate.of(2024, 1, 1);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private static RepDay plan(long rep, LocalDate day, int seconds) {
        return new RepDay(rep, day, 1, 0, seconds, true);
    }

    private static RepDay activity(long rep, LocalDate day, int seconds) {
        return new RepDay(rep, day, 1, 0, seconds, false);
    }

    @Test
    void emptyTeamIsAllZeros() {
        Overview o = TeamMetrics.overview(List.of(), List.of(), TODAY);
        assertEquals(0, o.reps());
        assertEquals(0, o.activeThisWeek());
        assertEquals(0, o.plansCompletedToday() + o.plansCompleted7d() + o.plansCompleted28d());
        assertEquals(0.0, o.medianMinutesPerRepPerWeek());
        assertEquals(Map.of("0", 0, "1-2", 0, "3-6", 0, "7-13", 0, "14+", 0), o.streakDistribution());
        assertEquals(Overview.STREAK_BUCKETS, List.copyOf(o.streakDistribution().keySet()));
        assertTrue(o.quiet().isEmpty());

        List<WeekConsistency> weeks = TeamMetrics.consistency(List.of(), List.of(), d(3, 10), 2);
        assertEquals(List.of(new WeekConsistency(d(3, 3), 0, 0), new WeekConsistency(d(3, 10), 0, 0)), weeks);
    }

    @Test
    void repsWithoutActivityAreQuietSinceHireAndCountAsZeroMinutes() {
        List<RepInfo> reps = List.of(new RepInfo(1, "Ann", d(3, 1)), new RepInfo(2, "Bob", d(3, 4)),
                new RepInfo(3, "Cy", d(3, 10)));
        Overview o = TeamMetrics.overview(reps, List.of(), TODAY);
        assertEquals(3, o.reps());
        assertEquals(0, o.activeThisWeek());
        assertEquals(3, o.streakDistribution().get("0"));
        assertEquals(0.0, o.medianMinutesPerRepPerWeek());
        // Cy was hired two days ago: never active but not quiet yet.
        assertEquals(List.of(new Quiet(1, "Ann", null, 11), new Quiet(2, "Bob", null, 8)), o.quiet());
    }

    @Test
    void overviewOfAMixedTeam() {
        List<RepInfo> reps = List.of(
                new RepInfo(1, "Ann", OLD_HIRE), new RepInfo(2, "Bob", OLD_HIRE), new RepInfo(3, "Cy", OLD_HIRE),
                new RepInfo(4, "Dee", LocalDate.of(2024, 6, 1)), new RepInfo(5, "Eve", d(3, 10)),
                new RepInfo(6, "Fay", d(3, 1)));
        List<RepDay> days = new ArrayList<>(List.of(
                activity(1, d(2, 12), 1200), activity(1, d(3, 3), 1200), plan(1, d(3, 10), 0), plan(1, d(3, 11), 0),
                activity(3, d(2, 20), 600), new RepDay(3, d(3, 11), 0, 0, 0, false), // an empty row is no activity
                plan(6, d(3, 5), 1200),
                plan(99, d(3, 12), 9999), // not in the team
                plan(3, d(3, 13), 9999))); // tomorrow
        for (LocalDate day = d(2, 26); !day.isAfter(TODAY); day = day.plusDays(1)) {
            days.add(plan(2, day, 300));
        }
        Overview o = TeamMetrics.overview(reps, days, TODAY);

        assertEquals(6, o.reps());
        assertEquals(2, o.activeThisWeek());
        assertEquals(1, o.plansCompletedToday());
        assertEquals(2 + 7, o.plansCompleted7d());
        assertEquals(2 + 15 + 1, o.plansCompleted28d());
        // Full weeks Feb 10 - Mar 9: Ann 40/4=10, Bob 60/4=15, Cy 10/4=2.5, Dee 0, Fay 20/2 weeks=10; Eve has none.
        assertEquals(10.0, o.medianMinutesPerRepPerWeek(), 1e-9);
        assertEquals(Map.of("0", 4, "1-2", 1, "3-6", 0, "7-13", 0, "14+", 1), o.streakDistribution());
        assertEquals(List.of(new Quiet(4, "Dee", null, 284), new Quiet(3, "Cy", d(2, 20), 20),
                new Quiet(6, "Fay", d(3, 5), 7)), o.quiet());
    }

    @Test
    void medianOfAnEvenNumberOfRepsAveragesTheMiddleTwo() {
        List<RepInfo> reps = List.of(new RepInfo(1, "A", OLD_HIRE), new RepInfo(2, "B", OLD_HIRE));
        List<RepDay> days = List.of(activity(1, d(3, 3), 4 * 60 * 4), activity(2, d(3, 3), 4 * 60 * 8));
        assertEquals(6.0, TeamMetrics.overview(reps, days, TODAY).medianMinutesPerRepPerWeek(), 1e-9);
    }

    @Test
    void streakBuckets() {
        assertEquals("0", Overview.streakBucket(0));
        assertEquals("1-2", Overview.streakBucket(2));
        assertEquals("3-6", Overview.streakBucket(3));
        assertEquals("7-13", Overview.streakBucket(13));
        assertEquals("14+", Overview.streakBucket(14));
    }

    @Test
    void consistencyWithHandComputedShares() {
        List<RepInfo> reps = List.of(new RepInfo(1, "A", OLD_HIRE), new RepInfo(2, "B", OLD_HIRE),
                new RepInfo(3, "C", OLD_HIRE), new RepInfo(4, "D", OLD_HIRE), new RepInfo(5, "E", d(3, 5)));
        List<RepDay> days = List.of(
                activity(1, d(2, 10), 60), activity(2, d(2, 16), 60),                            // week of Feb 10
                activity(1, d(2, 17), 60), activity(2, d(2, 18), 60), activity(3, d(2, 23), 60), // Feb 17
                activity(1, d(2, 24), 60), activity(4, d(3, 1), 60),                             // Feb 24
                new RepDay(2, d(2, 25), 0, 0, 0, false),
                activity(1, d(3, 3), 60), activity(4, d(3, 9), 60), activity(5, d(3, 6), 60));   // Mar 3
        List<WeekConsistency> weeks = TeamMetrics.consistency(reps, days, d(3, 5), 3);

        assertEquals(3, weeks.size());
        assertWeek(weeks.get(0), d(2, 17), 3 / 4.0, 2 / 2.0); // E not hired yet
        assertWeek(weeks.get(1), d(2, 24), 2 / 4.0, 1 / 3.0);
        assertWeek(weeks.get(2), d(3, 3), 3 / 5.0, 2 / 2.0);
        assertTrue(TeamMetrics.consistency(reps, days, d(3, 3), 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TeamMetrics.consistency(reps, days, d(3, 3), -1));
    }

    private static void assertWeek(WeekConsistency w, LocalDate monday, double active, double retained) {
        assertEquals(monday, w.weekStart());
        assertEquals(active, w.activeShare(), 1e-9);
        assertEquals(retained, w.retained(), 1e-9);
    }

    @Test
    void quietListHasNoLastActiveOnlyForNeverActiveReps() {
        Overview o = TeamMetrics.overview(List.of(new RepInfo(1, "A", OLD_HIRE)),
                List.of(activity(1, d(3, 1), 60)), TODAY);
        assertEquals(d(3, 1), o.quiet().get(0).lastActive());
        assertNull(TeamMetrics.overview(List.of(new RepInfo(1, "A", OLD_HIRE)), List.of(), TODAY)
                .quiet().get(0).lastActive());
    }
}
