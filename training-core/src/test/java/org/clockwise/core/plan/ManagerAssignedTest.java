package org.clockwise.core.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ManagerAssignedTest {

    static PlanRequest withAssignments(PlanRequest r, AssignedModule... assigned) {
        return new PlanRequest(r.rep(), r.day(), r.budgetSeconds(), r.tracks(), r.modules(), r.dueReviews(), r.skills(),
                r.history(), r.phaseNames(), r.personaNames(), List.of(assigned));
    }

    @Test
    void aManagersAssignmentComesBeforeTheTrackEarliestDueFirst() {
        PlanRequest base = aRequest().onTenureDay(5).modules(aModule("track-1").track("first-30-days", 1),
                aModule("later"), aModule("sooner")).build();
        LocalDate day = base.day();

        DailyPlan plan = new PlanPolicy().plan(withAssignments(base,
                new AssignedModule("later", day.plusDays(9), "Maya Okafor"),
                new AssignedModule("sooner", day.plusDays(2), "Maya Okafor")));

        PlanItem lesson = plan.lesson().orElseThrow();
        assertEquals("sooner", lesson.moduleId());
        assertEquals(reason("plan.reason.assigned", "Maya Okafor", day.plusDays(2)), lesson.reason());
    }

    @Test
    void anOverdueAssignmentSaysSoAndACompletedOrTooLongOneIsSkipped() {
        PlanRequest base = aRequest().onTenureDay(40).budget(180).modules(aModule("done"), aModule("long").minutes(5), aModule("due"))
                .completed("done").build();
        LocalDate day = base.day();

        DailyPlan plan = new PlanPolicy().plan(withAssignments(base,
                new AssignedModule("done", day.minusDays(5), "Tom"),
                new AssignedModule("long", day.minusDays(4), "Tom"),
                new AssignedModule("due", day.minusDays(1), "Tom")));

        assertEquals("due", plan.lesson().orElseThrow().moduleId());
        assertEquals(reason("plan.reason.assigned.overdue", "Tom", day.minusDays(1)), plan.lesson().orElseThrow().reason());
    }

    @Test
    void anAssignmentDueTodaySaysSo() {
        PlanRequest base = aRequest().modules(aModule("m")).build();
        DailyPlan plan = new PlanPolicy().plan(withAssignments(base, new AssignedModule("m", base.day(), "Maya O'Brien")));
        assertEquals(reason("plan.reason.assigned.today", "Maya O'Brien"), plan.lesson().orElseThrow().reason());
    }
}
