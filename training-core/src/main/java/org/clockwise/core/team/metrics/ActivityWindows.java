package org.clockwise.core.team.metrics;

import java.time.LocalDate;

/**
 * What "active this week" and "gone quiet" mean, for the team dashboard (in Java) and the teams
 * overview (in SQL) alike: both take their bounds from here, and a test proves they agree.
 */
public final class ActivityWindows {

    /** Active this week: any activity in the 7 local days ending today. */
    public static final int ACTIVE_DAYS = 7;

    /** Quiet: 7 days or more since the last activity, or since the hire date for a rep never active. */
    public static final int QUIET_AFTER_DAYS = 7;

    private ActivityWindows() {
    }

    /** The first day of the window that makes a rep active this week. */
    public static LocalDate activeFrom(LocalDate today) {
        return today.minusDays(ACTIVE_DAYS - 1L);
    }

    /** The latest last-active day (or hire date) that makes a rep quiet today. */
    public static LocalDate quietIfLastActiveBy(LocalDate today) {
        return today.minusDays(QUIET_AFTER_DAYS);
    }
}
