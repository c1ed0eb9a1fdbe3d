package org.clockwise.core.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.at;
import static org.clockwise.core.plan.Fixtures.review;
import static org.clockwise.core.plan.Fixtures.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rule 3: the same request gives the same plan, whatever the order of its inputs. */
class DeterminismTest {

    @Test
    void shuffledInputsGiveTheSamePlan() {
        for (int day : new int[] {12, 45, 200}) {
            PlanRequest request = richRequest(day);
            DailyPlan expected = new PlanPolicy().plan(request);
            Random random = new Random(day); // seeded: the test itself is repeatable
            for (int i = 0; i < 50; i++) {
                assertEquals(expected, new PlanPolicy().plan(shuffled(request, random)),
                        "day " + day + ", shuffle " + i);
            }
        }
    }

    @Test
    void planningTwiceGivesEqualPlans() {
        PlanRequest request = richRequest(12);
        assertEquals(new PlanPolicy().plan(request), new PlanPolicy().plan(request));
    }

    private static PlanRequest richRequest(int tenureDay) {
        var builder = aRequest().onTenureDay(tenureDay).budget(240);
        LocalDate today = builder.day();
        builder.modules(
                        aModule("t1").track("first-30-days", 1), aModule("t2").track("first-30-days", 1),
                        aModule("v1").track("days-31-60", 2).requires("t1"),
                        aModule("v2").track("days-31-60", 2),
                        aModule("g1").skills("negotiation").personas("cfo").minutes(2),
                        aModule("g2").skills("negotiation").phases("decision").minutes(2),
                        aModule("g3").skills("storytelling"))
                .skills(skill("negotiation", "Negotiation", 0.1, 0.6),
                        skill("storytelling", "Storytelling", 0.1, 0.6))
                .reviews(review("a", 0, at(today, 8), at(today.minusDays(2), 9)),
                        review("b", 0, at(today, 8), at(today.minusDays(2), 9)),
                        review("a", 1, at(today, 8), at(today.minusDays(2), 9)),
                        review("c", 0, at(today.minusDays(1), 8), at(today.minusDays(5), 9)),
                        review("d", 2, at(today.minusDays(1), 8), null));
        return builder.build();
    }

    private static PlanRequest shuffled(PlanRequest r, Random random) {
        return new PlanRequest(r.rep(), r.day(), r.budgetSeconds(), shuffle(r.tracks(), random),
                shuffle(r.modules(), random), shuffle(r.dueReviews(), random),
                shuffle(r.skills(), random), r.history(), r.phaseNames(), r.personaNames());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
