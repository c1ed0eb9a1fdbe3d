package org.clockwise.core.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.at;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.clockwise.core.plan.Fixtures.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * New material slows under review load: the new lesson waits while more reviews are due today
 * than {@code reviewsBeforeLessonWaits(budget)} = budget * percent / 100 / 30 (whole numbers).
 */
class ReviewLoadTest {

    private static final Fixtures.ModuleBuilder TRACK_LESSON = aModule("t1").track("first-30-days", 1); // 180 s

    @Test
    void theThresholdIsTheShareOfTheBudgetInReviewsRoundedDown() {
        PlanPolicy half = new PlanPolicy();
        assertEquals(5, half.reviewsBeforeLessonWaits(300));   // 300 * 50 / 100 = 150; 150 / 30 = 5
        assertEquals(10, half.reviewsBeforeLessonWaits(600));  // 600 * 50 / 100 = 300; 300 / 30 = 10
        assertEquals(4, half.reviewsBeforeLessonWaits(299));   // 299 * 50 / 100 = 149; 149 / 30 = 4
        assertEquals(0, half.reviewsBeforeLessonWaits(0));
        assertEquals(0, new PlanPolicy(0).reviewsBeforeLessonWaits(300));    // 0
        assertEquals(3, new PlanPolicy(33).reviewsBeforeLessonWaits(300));   // 9900 / 100 = 99; 99 / 30 = 3
        assertEquals(10, new PlanPolicy(100).reviewsBeforeLessonWaits(300)); // 300 / 30 = 10
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void aPercentOutsideZeroToHundredIsRefused(int percent) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PlanPolicy(percent));
        assertEquals("reviewsFirstPercent must be between 0 and 100, was " + percent, e.getMessage());
    }

    @Test
    void withExactlyTheThresholdDueTheLessonComes() {
        DailyPlan plan = aRequest().onTenureDay(12).dueToday(5).modules(TRACK_LESSON).plan();
        assertEquals("t1", plan.lesson().orElseThrow().moduleId());
        // 300 - 180 = 120 s = 4 reviews, then the lesson
        assertEquals(List.of(PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW,
                PlanItem.Kind.LESSON), plan.items().stream().map(PlanItem::kind).toList());
        assertNull(plan.note());
    }

    @Test
    void withOneMoreDueTheDayIsReviewsOnlyAndSaysWhy() {
        DailyPlan plan = aRequest().onTenureDay(12).dueToday(6).modules(TRACK_LESSON).plan();
        assertEquals(Optional.empty(), plan.lesson());
        // all 6 reviews fit the whole budget: 6 * 30 = 180 s <= 300 s
        assertEquals(6, plan.items().size());
        assertTrue(plan.items().stream().allMatch(i -> i.kind() == PlanItem.Kind.REVIEW));
        assertEquals(reason("plan.note.reviewsFirst", 6, 5), plan.note());
    }

    @Test
    void aManagersAssignmentDoesNotWaitForTheReviews() {
        PlanRequest base = aRequest().onTenureDay(12).dueToday(6).modules(TRACK_LESSON, aModule("m")).build();
        DailyPlan plan = new PlanPolicy().plan(ManagerAssignedTest.withAssignments(base,
                new AssignedModule("m", base.day().plusDays(2), "Maya Okafor")));
        assertEquals("m", plan.lesson().orElseThrow().moduleId());
        assertEquals(5, plan.items().size()); // (300 - 180) / 30 = 4 reviews and the lesson
        assertNull(plan.note());
    }

    @Test
    void reviewsDueAfterTodayDoNotCount() {
        Fixtures.RequestBuilder request = aRequest().onTenureDay(12).dueToday(5).modules(TRACK_LESSON);
        request.reviews(review("later", 1, at(request.day().plusDays(1), 0), at(request.day().minusDays(3), 9)));
        DailyPlan plan = request.plan();
        // 5 due today (the one due at midnight tomorrow is not): the lesson comes
        assertEquals("t1", plan.lesson().orElseThrow().moduleId());
        assertTrue(plan.items().stream().noneMatch(i -> "later".equals(i.moduleId())));
    }

    @Test
    void aLargerBudgetHoldsMoreReviewsBeforeTheLessonWaits() {
        // 600 s: 600 * 50 / 100 / 30 = 10
        assertEquals("t1", aRequest().onTenureDay(12).budget(600).dueToday(10).modules(TRACK_LESSON).plan()
                .lesson().orElseThrow().moduleId());
        DailyPlan plan = aRequest().onTenureDay(12).budget(600).dueToday(11).modules(TRACK_LESSON).plan();
        assertEquals(Optional.empty(), plan.lesson());
        assertEquals(reason("plan.note.reviewsFirst", 11, 10), plan.note());
    }

    @Test
    void atZeroPercentAnyDueReviewHoldsTheLesson() {
        PlanPolicy zero = new PlanPolicy(0);
        assertEquals("t1", aRequest().onTenureDay(12).modules(TRACK_LESSON).plan(zero).lesson().orElseThrow().moduleId());
        DailyPlan plan = aRequest().onTenureDay(12).dueToday(1).modules(TRACK_LESSON).plan(zero);
        assertEquals(Optional.empty(), plan.lesson());
        assertEquals(reason("plan.note.reviewsFirst", 1, 0), plan.note());
    }

    @Test
    void atHundredPercentTheLessonWaitsOnlyWhenReviewsFillTheBudget() {
        PlanPolicy full = new PlanPolicy(100);
        // 300 / 30 = 10: with 10 due the lesson comes (and 4 reviews fit beside it)
        DailyPlan ten = aRequest().onTenureDay(12).dueToday(10).modules(TRACK_LESSON).plan(full);
        assertEquals("t1", ten.lesson().orElseThrow().moduleId());
        assertEquals(5, ten.items().size());
        DailyPlan eleven = aRequest().onTenureDay(12).dueToday(11).modules(TRACK_LESSON).plan(full);
        assertEquals(Optional.empty(), eleven.lesson());
        assertEquals(10, eleven.items().size()); // 300 / 30 = 10 of the 11
        assertEquals(reason("plan.note.reviewsFirst", 11, 10), eleven.note());
    }

    @Test
    void underLoadWithNoLessonToGiveTheNoteSaysWhyNotReviewsFirst() {
        // Nothing left at all: finished, though 6 are due.
        DailyPlan finished = aRequest().onTenureDay(200).dueToday(6).completed("t1").modules(TRACK_LESSON).plan();
        assertEquals(reason("plan.note.finished"), finished.note());
        // Only a later band's module left on day 12: on target, though 6 are due.
        DailyPlan onTarget = aRequest().onTenureDay(12).dueToday(6).modules(aModule("v1").track("days-31-60", 1)).plan();
        assertEquals(reason("plan.note.onTarget", 12, 31), onTarget.note());
    }
}
