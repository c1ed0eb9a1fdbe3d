package org.clockwise.core.team.metrics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModuleMetricsTest {

    private static final Instant PUBLISHED = Instant.parse("2025-03-01T09:00:00Z");
    private static final Publication PUB = new Publication("objections", PUBLISHED);

    private static List<RepInfo> reps(int n) {
        return LongStream.rangeClosed(1, n)
                .mapToObj(id -> new RepInfo(id, "Rep " + id, LocalDate.of(2024, 1, 1))).toList();
    }

    @Test
    void reachCountsExactlyThreeDaysAsWithinThreeDays() {
        List<Completion> completions = List.of(
                new Completion(1, "objections", Instant.parse("2025-03-04T09:00:00Z")),  // exactly 3 x 24 h
                new Completion(1, "objections", Instant.parse("2025-03-20T09:00:00Z")),  // a retake
                new Completion(2, "objections", Instant.parse("2025-03-04T09:00:01Z")),  // one second late
                new Completion(3, "objections", Instant.parse("2025-03-12T09:00:00Z")),
                new Completion(4, "pricing", Instant.parse("2025-03-02T09:00:00Z")),     // another module
                new Completion(99, "objections", Instant.parse("2025-03-02T09:00:00Z"))); // not in the team
        Reach r = TeamMetrics.reach(PUB, reps(4), completions);
        assertEquals(new Reach("objections", 0.25, 0.5, 0.75, 4), r);
    }

    @Test
    void reachOfAnEmptyTeamIsZero() {
        assertEquals(new Reach("objections", 0, 0, 0, 0), TeamMetrics.reach(PUB, List.of(), List.of()));
        assertEquals(new Reach("objections", 0, 0, 0, 3), TeamMetrics.reach(PUB, reps(3), List.of()));
    }

    @Test
    void oneRepDoingEverything() {
        List<Completion> all = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            all.add(new Completion(1, "m" + m, PUBLISHED));
        }
        Spread s = TeamMetrics.spread(reps(10), all);
        assertEquals(1.0, s.topFifthShare(), 1e-9);
        assertEquals(0.9, s.gini(), 1e-9); // (n-1)/n: the maximum for 10 reps
        assertEquals(10, s.reps());
        assertEquals(4, s.completions());
    }

    @Test
    void perfectlyEvenSpread() {
        List<Completion> all = new ArrayList<>();
        for (long rep = 1; rep <= 5; rep++) {
            all.add(new Completion(rep, "a", PUBLISHED));
            all.add(new Completion(rep, "b", PUBLISHED));
            all.add(new Completion(rep, "b", PUBLISHED.plusSeconds(60))); // a retake counts once
        }
        Spread s = TeamMetrics.spread(reps(5), all);
        assertEquals(0.0, s.gini(), 1e-12);
        assertEquals(0.2, s.topFifthShare(), 1e-9); // top fifth of 5 reps = 1 rep with 2 of 10
        assertEquals(10, s.completions());
    }

    @Test
    void topFifthRoundsUpAndGiniMatchesTheFormula() {
        int[] counts = {5, 3, 1, 1, 0, 0};
        List<Completion> all = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int m = 0; m < counts[i]; m++) {
                all.add(new Completion(i + 1, "m" + m, PUBLISHED));
            }
        }
        Spread s = TeamMetrics.spread(reps(6), all);
        assertEquals(8 / 10.0, s.topFifthShare(), 1e-9); // ceil(0.2 * 6) = 2 reps: 5 + 3
        assertEquals(34 / 60.0, s.gini(), 1e-9);         // (-1*1 + 1*1 + 3*3 + 5*5) / (6 * 10)
    }

    @Test
    void spreadOfAnEmptyTeamOrNoCompletions() {
        assertEquals(new Spread(0, 0, 0, 0), TeamMetrics.spread(List.of(), List.of()));
        assertEquals(new Spread(0, 0, 3, 0), TeamMetrics.spread(reps(3), List.of()));
        assertEquals(new Spread(1, 0, 1, 2), TeamMetrics.spread(reps(1),
                List.of(new Completion(1, "a", PUBLISHED), new Completion(1, "b", PUBLISHED))));
    }
}
