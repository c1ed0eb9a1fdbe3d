package org.clockwise.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily plan of a rep: due reviews first, then one new micro-lesson, within a time budget.
 *
 * <ol>
 *   <li>Reviews: due items, lowest predicted recall first (then most overdue), {@value org.clockwise.core.review.ReviewItem#SECONDS} s each, using at most
 *       the budget left after the chosen lesson (the whole budget when there is no lesson).</li>
 *   <li>Lesson (not completed, prerequisites completed, fits the budget), first match wins:
 *       the next module of the tenure track; else a module for the largest skill gap,
 *       preferring unseen phases and personas; else any module not taken yet.</li>
 * </ol>
 *
 * <p>{@link #plan} is a pure function of its request: no clock, no randomness, and every sort
 * ends on a unique key, so the same request gives the same plan whatever the input order.
 * Stateless and thread-safe.
 */
public final class PlanPolicy {

    /**
     * Plans one day for one rep.
     *
     * @param request everything known about the rep and the library today
     * @return reviews (lowest recall first) followed by at most one lesson; never over budget
     */
    public DailyPlan plan(PlanRequest request) {
        Objects.requireNonNull(request, "request");
        int tenure = request.rep().tenureOn(request.day());
        // The lesson is chosen first against the whole budget; reviews then get what is left,
        // so a due backlog never crowds out the day's new lesson.
        Optional<LessonChooser.Choice> lesson = new LessonChooser(request, tenure).choose();
        int reviewBudget = request.budgetSeconds()
                - lesson.map(c -> c.module().seconds()).orElse(0);
        List<PlanItem> items = new ArrayList<>(ReviewQueue.items(request, reviewBudget));
        lesson.ifPresent(c -> items.add(new PlanItem(PlanItem.Kind.LESSON, c.module().id(), null,
                c.module().seconds(), c.reason())));
        return new DailyPlan(request.day(), items);
    }
}
