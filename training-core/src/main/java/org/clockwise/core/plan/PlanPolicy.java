package org.clockwise.core.plan;

import org.clockwise.core.review.ReviewItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily plan of a rep: due reviews first, then one new micro-lesson, within a time budget.
 *
 * <ol>
 *   <li>Reviews: due items, lowest predicted recall first (then most overdue), {@value org.clockwise.core.review.ReviewItem#SECONDS} s each, using at most
 *       the budget left after the chosen lesson (the whole budget when there is no lesson).
 *       Mastered questions are retired and never due ({@code review.MasteryPolicy}).</li>
 *   <li>Lesson (not completed, prerequisites completed, fits the budget), first match wins: a
 *       manager's assignment; the next module of the track for the rep's tenure; the next module of
 *       an earlier track not finished; a module for the largest skill gap at their tenure,
 *       preferring unseen phases and personas; after ramp-up only, any module not taken yet. A
 *       module of a track whose tenure band has not started is never chosen by these rules.</li>
 *   <li>New material slows under review load, as Anki's new-card limit does: while more reviews
 *       are due than {@code reviewsFirstPercent} of the budget holds, the day is reviews only (a
 *       manager's assignment still comes). The plan's note says why a day has no new lesson.</li>
 * </ol>
 *
 * <p>{@link #plan} is a pure function of its request: no clock, no randomness, and every sort
 * ends on a unique key, so the same request gives the same plan whatever the input order.
 * Immutable and thread-safe.
 */
public final class PlanPolicy {

    /** Reviews first while the reviews due would take more than half the budget. */
    public static final int DEFAULT_REVIEWS_FIRST_PERCENT = 50;

    private final int reviewsFirstPercent;

    /** A policy with {@link #DEFAULT_REVIEWS_FIRST_PERCENT}. */
    public PlanPolicy() {
        this(DEFAULT_REVIEWS_FIRST_PERCENT);
    }

    /**
     * @param reviewsFirstPercent share of the budget, in percent, that due reviews may need before
     *                            the new lesson waits; 100 holds it only when reviews fill the budget
     */
    public PlanPolicy(int reviewsFirstPercent) {
        if (reviewsFirstPercent < 0 || reviewsFirstPercent > 100) {
            throw new IllegalArgumentException("reviewsFirstPercent must be between 0 and 100, was " + reviewsFirstPercent);
        }
        this.reviewsFirstPercent = reviewsFirstPercent;
    }

    /**
     * The most reviews that may be due with a new lesson still coming today: {@code
     * reviewsFirstPercent} of the budget in reviews, rounded down (5 for 5 minutes at 50%).
     */
    public int reviewsBeforeLessonWaits(int budgetSeconds) {
        return budgetSeconds * reviewsFirstPercent / 100 / ReviewItem.SECONDS;
    }

    /**
     * Plans one day for one rep.
     *
     * @param request everything known about the rep and the library today
     * @return reviews (lowest recall first) followed by at most one lesson; never over budget
     */
    public DailyPlan plan(PlanRequest request) {
        Objects.requireNonNull(request, "request");
        int tenure = request.rep().tenureOn(request.day());
        LessonChooser chooser = new LessonChooser(request, tenure);
        int due = ReviewQueue.dueToday(request);
        int threshold = reviewsBeforeLessonWaits(request.budgetSeconds());
        boolean reviewsFirst = due > threshold;
        // The lesson is chosen first against the whole budget; reviews then get what is left,
        // so a due backlog never crowds out a lesson that does come.
        Optional<LessonChooser.Choice> lesson = chooser.assigned().or(() -> reviewsFirst ? Optional.empty() : chooser.byRules());
        Reason note = null;
        if (lesson.isEmpty()) {
            if (reviewsFirst && chooser.byRules().isPresent()) {
                note = Reasons.reviewsFirst(due, threshold);
            } else if (chooser.heldByTenure()) {
                note = Reasons.onTarget(tenure, chooser.nextBandStart().orElseThrow());
            } else {
                note = Reasons.finished();
            }
        }
        int reviewBudget = request.budgetSeconds() - lesson.map(c -> c.module().seconds()).orElse(0);
        List<PlanItem> items = new ArrayList<>(ReviewQueue.items(request, reviewBudget));
        lesson.ifPresent(c -> items.add(new PlanItem(PlanItem.Kind.LESSON, c.module().id(), null,
                c.module().seconds(), c.reason())));
        return new DailyPlan(request.day(), items, note);
    }
}
