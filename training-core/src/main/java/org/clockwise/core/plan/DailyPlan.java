package org.clockwise.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rep's plan for one local day: reviews first (lowest predicted recall first), then at most one lesson.
 *
 * @param day   the rep's local date
 * @param items the items, in the order the rep should do them
 * @param note  why the plan has no new lesson (reviews first, on target for the tenure, nothing
 *              left), or {@code null} when it has one or the reason is unknown (an older plan)
 */
public record DailyPlan(LocalDate day, List<PlanItem> items, Reason note) {

    /** Checks the day and copies the items. */
    public DailyPlan {
        Objects.requireNonNull(day, "day");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A plan without a note. */
    public DailyPlan(LocalDate day, List<PlanItem> items) {
        this(day, items, null);
    }

    /** Total budgeted seconds of all items. */
    public int totalSeconds() {
        return items.stream().mapToInt(PlanItem::seconds).sum();
    }

    /** The lesson item, if the plan has one. */
    public Optional<PlanItem> lesson() {
        return items.stream().filter(i -> i.kind() == PlanItem.Kind.LESSON).findFirst();
    }
}
