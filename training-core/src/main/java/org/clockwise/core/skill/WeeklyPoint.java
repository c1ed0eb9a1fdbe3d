package org.clockwise.core.skill;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a proficiency trend chart.
 *
 * @param weekStart   first day of the week (in the zone the trend was asked for)
 * @param proficiency proficiency in [0,1] as of the end of that week
 */
public record WeeklyPoint(LocalDate weekStart, double proficiency) {

    /** Checks that the week is named. */
    public WeeklyPoint {
        Objects.requireNonNull(weekStart, "weekStart");
    }
}
