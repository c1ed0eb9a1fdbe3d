package org.clockwise.core.plan;

import org.clockwise.core.plan.Fixtures.RequestBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.at;
import static org.clockwise.core.plan.Fixtures.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan fits the time budget: reviews take what the lesson leaves. */
class BudgetTest {

    @Test
    void aLessonLongerThanTheBudgetIsExcluded() {
        DailyPlan plan = aRequest().modules(
                aModule("long").track("first-30-days", 1).minutes(6),
                aModule("short").track("first-30-days", 2).minutes(5)).plan();
        assertEquals("short", plan.lesson().orElseThrow().moduleId());
        assertEquals(300, plan.totalSeconds());
    }

    @Test
    void reviewsAreCappedToLeaveRoomForTheLesson() {
        // 5 due: no more than the 5 the lesson waits for (300 s * 50% / 30 s), so the lesson comes.
        DailyPlan plan = aRequest().dueToday(5).modules(aModule("lesson").track("first-30-days", 1)).plan();
        // 300 s budget - 180 s lesson = 120 s = 4 of the 5 reviews of 30 s.
        assertEquals(List.of(PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW,
                        PlanItem.Kind.REVIEW, PlanItem.Kind.LESSON),
                plan.items().stream().map(PlanItem::kind).toList());
        assertEquals(300, plan.totalSeconds());
    }

    @Test
    void aFullLengthLessonLeavesNoRoomForReviews() {
        DailyPlan plan = aRequest().dueToday(5).modules(aModule("five").track("first-30-days", 1).minutes(5)).plan();
        assertEquals(1, plan.items().size());
        assertEquals(PlanItem.Kind.LESSON, plan.items().get(0).kind());
    }

    @Test
    void reviewsMayUseTheWholeBudgetWhenNoLessonFits() {
        DailyPlan plan = tenDueReviews().modules(aModule("too-long").minutes(6)).plan();
        assertEquals(10, plan.items().size());
        assertTrue(plan.items().stream().allMatch(i -> i.kind() == PlanItem.Kind.REVIEW));
        assertTrue(plan.items().stream().allMatch(i -> i.seconds() == 30));
    }

    @Test
    void reviewsStopAtTheBudgetWhenThereIsNoLesson() {
        DailyPlan plan = tenDueReviews().budget(100).plan();
        assertEquals(3, plan.items().size());
    }

    @Test
    void aLargerBudgetAllowsALongerLesson() {
        DailyPlan plan = aRequest().budget(600)
                .modules(aModule("long").track("first-30-days", 1).minutes(8)).plan();
        assertEquals("long", plan.lesson().orElseThrow().moduleId());
    }

    @Test
    void aZeroBudgetGivesAnEmptyPlan() {
        DailyPlan plan = tenDueReviews().budget(0).modules(aModule("m")).plan();
        assertTrue(plan.items().isEmpty());
    }

    private static RequestBuilder tenDueReviews() {
        RequestBuilder request = aRequest();
        for (int q = 0; q < 10; q++) {
            request.reviews(review("m" + q, q, at(request.day().minusDays(q), 9),
                    at(request.day().minusDays(q + 3), 9)));
        }
        return request;
    }
}
