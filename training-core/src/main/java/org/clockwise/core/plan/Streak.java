package org.clockwise.core.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The streak: days in a row with the plan completed, ending today when today's plan is done,
 * else yesterday (an unfinished today does not break yesterday's streak yet). The rep's Today
 * page and the manager's streak table both count it here.
 */
public final class Streak {

    private Streak() {
    }

    /**
     * @param completedDays local days whose plan was completed, in any order, duplicates allowed
     * @param today         the rep's local date
     * @return 0 or more
     */
    public static int current(Collection<LocalDate> completedDays, LocalDate today) {
        Set<LocalDate> done = new HashSet<>(completedDays);
        LocalDate day = done.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (done.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
