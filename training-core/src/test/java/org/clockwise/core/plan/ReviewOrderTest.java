package org.clockwise.core.plan;

import org.clockwise.core.plan.Fixtures.RequestBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.at;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.clockwise.core.plan.Fixtures.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Rule 1: due reviews, lowest predicted recall first, then most overdue, with reasons in the rep's local days. */
class ReviewOrderTest {

    @Test
    void lowestRecallFirstEvenWhenItFellDueLater() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        // "stable" fell due 5 days ago but is still likely recalled (0.89);
        // "fragile" fell due this morning and is likelier to be lost (0.85).
        DailyPlan plan = request.reviews(
                new DueReview("stable", 1, 0, "P", at(today.minusDays(5), 8), at(today.minusDays(60), 9), 0.8933),
                new DueReview("fragile", 1, 0, "P", at(today, 8), at(today.minusDays(2), 9), 0.8459)).plan();
        assertEquals(List.of("fragile", "stable"), plan.items().stream().map(PlanItem::moduleId).toList());
    }

    @Test
    void anUnknownRecallComesAfterKnownOnes() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        DailyPlan plan = request.reviews(
                review("unknown", 0, at(today.minusDays(5), 8), at(today.minusDays(9), 9)),
                new DueReview("known", 1, 0, "P", at(today, 8), at(today.minusDays(2), 9), 0.95)).plan();
        assertEquals(List.of("known", "unknown"), plan.items().stream().map(PlanItem::moduleId).toList());
        assertThrows(IllegalArgumentException.class,
                () -> new DueReview("bad", 1, 0, "P", at(today, 8), null, 1.5));
    }

    @Test
    void equalRecallMostOverdueFirst() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        DailyPlan plan = request.reviews(
                review("b", 0, at(today, 8), at(today.minusDays(2), 9)),
                review("a", 0, at(today.minusDays(5), 8), at(today.minusDays(9), 9)),
                review("c", 0, at(today.minusDays(1), 8), at(today.minusDays(4), 9))).plan();
        assertEquals(List.of("a", "c", "b"), plan.items().stream().map(PlanItem::moduleId).toList());
    }

    @Test
    void equalDueTimesAreOrderedByModuleAndQuestion() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        DailyPlan plan = request.reviews(
                review("b", 1, at(today, 8), at(today.minusDays(2), 9)),
                review("b", 0, at(today, 8), at(today.minusDays(2), 9)),
                review("a", 3, at(today, 8), at(today.minusDays(2), 9))).plan();
        assertEquals(List.of("a3", "b0", "b1"), plan.items().stream()
                .map(i -> i.moduleId() + i.questionIndex()).toList());
    }

    @Test
    void reasonSaysHowLongAgoTheRepSawIt() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        DailyPlan plan = request.reviews(
                review("a", 0, at(today.minusDays(2), 8), at(today.minusDays(9), 17)),
                review("b", 0, at(today.minusDays(1), 8), at(today.minusDays(1), 17)),
                review("c", 0, at(today, 8), at(today, 7))).plan();
        assertEquals(List.of(reason("plan.reason.review.lastSeen", 9),
                        reason("plan.reason.review.lastSeen", 1),
                        reason("plan.reason.review.lastSeen", 0)),
                plan.items().stream().map(PlanItem::reason).toList());
    }

    @Test
    void daysAgoAreCountedOnTheRepsCalendarNotInUtc() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        // 22:00 yesterday in New York is already today in UTC: still "yesterday" for the rep.
        DailyPlan plan = request.reviews(
                review("a", 0, at(today, 6), at(today.minusDays(1), 22))).plan();
        assertEquals(reason("plan.reason.review.lastSeen", 1), plan.items().get(0).reason());
    }

    @Test
    void aReviewWithoutLastSeenSaysSinceWhenItIsDue() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        DailyPlan plan = request.reviews(review("a", 0, at(today.minusDays(3), 8), null),
                review("b", 0, at(today.minusDays(1), 8), null),
                review("c", 0, at(today, 8), null)).plan();
        assertEquals(List.of(reason("plan.reason.review.due", 3), reason("plan.reason.review.due", 1),
                        reason("plan.reason.review.due", 0)),
                plan.items().stream().map(PlanItem::reason).toList());
    }

    @Test
    void itemsDueAfterTheRepsDayAreLeftForLater() {
        RequestBuilder request = aRequest();
        LocalDate today = request.day();
        DailyPlan plan = request.reviews(
                review("today", 0, at(today, 23), at(today.minusDays(3), 9)),
                review("tomorrow", 0, at(today.plusDays(1), 0), at(today.minusDays(3), 9))).plan();
        assertEquals(List.of("today"), plan.items().stream().map(PlanItem::moduleId).toList());
    }

    @Test
    void reviewItemsCarryTheQuestionIndex() {
        RequestBuilder request = aRequest();
        PlanItem item = request.reviews(
                review("a", 4, at(request.day(), 8), at(request.day().minusDays(2), 9)))
                .plan().items().get(0);
        assertEquals(4, item.questionIndex());
        assertEquals(PlanItem.Kind.REVIEW, item.kind());
        assertEquals(30, item.seconds(), "30 s a review");
    }
}
