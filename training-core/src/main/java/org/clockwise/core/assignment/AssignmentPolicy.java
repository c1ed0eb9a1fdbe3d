package org.clockwise.core.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The daily plan of a rep: due reviews first, then one new micro-lesson, within a time budget.
 *
 * <ol>
 *   <li>Reviews: due items, most overdue first, {@value #REVIEW_SECONDS} s each, using at most
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
public final class AssignmentPolicy {

    /** Time budgeted for one review question. */
    public static final int REVIEW_SECONDS = 30;

    /**
     * Plans one day for one rep.
     *
     * @param request everything known about the rep and the library today
     * @return reviews (most overdue first) followed by at most one lesson; never over budget
     */
    public DailyPlan plan(PlanRequest request) {
        Objects.requireNonNull(request, "request");
        int tenure = tenureDays(request.rep().hireDate(), request.day());
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

    /**
     * The rep's local date at an instant: a rep in Tokyo is already on the next day while New
     * York is still on the previous one.
     *
     * @param now  the current instant, typically {@code clock.instant()}
     * @param zone the rep's zone
     * @return the rep's local date
     */
    public static LocalDate localDay(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(Objects.requireNonNull(now, "now"),
                Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Tenure day, counted like a calendar: the hire date is day 1, the next day is day 2.
     * That makes "Day 12 of your first 30 days" literally true and lets a track with
     * {@code tenure-days: [0, 30]} cover the first 30 days. Days before the hire date
     * (pre-boarding) are day 0, so they also fall in the first track and tenure band.
     *
     * @param hireDate the rep's hire date
     * @param day      the rep's local date
     * @return 1 on the hire date, 0 before it, never negative
     */
    public static int tenureDays(LocalDate hireDate, LocalDate day) {
        long days = ChronoUnit.DAYS.between(Objects.requireNonNull(hireDate, "hireDate"),
                Objects.requireNonNull(day, "day"));
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, days) + 1);
    }
}
