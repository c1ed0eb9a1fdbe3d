package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Activity in one ISO week; see {@link TeamMetrics#consistency}.
 *
 * @param weekStart   Monday of the week
 * @param activeShare share of reps (hired by the week's Sunday) active that week
 * @param retained    share of the previous week's active reps who were active again this week
 */
public record WeekConsistency(LocalDate weekStart, double activeShare, double retained) {

    /** Checks that the week is named. */
    public WeekConsistency {
        Objects.requireNonNull(weekStart, "weekStart");
    }
}
