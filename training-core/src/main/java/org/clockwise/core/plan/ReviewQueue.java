package org.clockwise.core.plan;

import org.clockwise.core.review.ReviewItem;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Picks and explains the due reviews that fit a budget. */
final class ReviewQueue {

    /**
     * Lowest predicted recall first (the question closest to being forgotten; an unknown recall,
     * NaN, sorts last), then most overdue; the rest of the key only makes the order total, so
     * shuffled input gives the same plan. The same order as the Reviews page's
     * ({@code review.RecallOrder}), so the plan lists what that page serves first.
     */
    static final Comparator<DueReview> LOWEST_RECALL_FIRST =
            Comparator.comparingDouble(DueReview::recall)
                    .thenComparing(DueReview::due)
                    .thenComparing(DueReview::lastSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(DueReview::moduleId)
                    .thenComparingInt(DueReview::version)
                    .thenComparingInt(DueReview::questionIndex);

    private ReviewQueue() {
    }

    /** How many reviews are due today (the backlog the new lesson waits for). */
    static int dueToday(PlanRequest request) {
        return (int) dueToday(request, request.rep().zone()).count();
    }

    /**
     * Defensive: the caller passes only items due by the moment the plan is made (PlanService);
     * one due after the end of the rep's local day is never due today and takes no time.
     */
    private static Stream<DueReview> dueToday(PlanRequest request, ZoneId zone) {
        Instant endOfDay = request.day().plusDays(1).atStartOfDay(zone).toInstant();
        return request.dueReviews().stream().filter(r -> r.due().isBefore(endOfDay));
    }

    private static Predicate<DueReview> distinctQuestion() {
        Set<String> seen = new HashSet<>();
        return r -> seen.add(r.moduleId() + "#" + r.questionIndex());
    }

    static List<PlanItem> items(PlanRequest request, int budgetSeconds) {
        ZoneId zone = request.rep().zone();
        int max = Math.max(0, budgetSeconds) / ReviewItem.SECONDS;
        return dueToday(request, zone)
                .sorted(LOWEST_RECALL_FIRST)
                // One line per question: a plan line names module and question, not the version, and
                // counts as done when that question is answered, so two live versions of one
                // question (stored before older versions were always superseded) are one review.
                .filter(distinctQuestion())
                .limit(max)
                .map(r -> new PlanItem(PlanItem.Kind.REVIEW, r.moduleId(), r.questionIndex(),
                        ReviewItem.SECONDS, Reasons.review(r, request.day(), zone)))
                .toList();
    }
}
