package org.clockwise.core.team.metrics;

import java.util.Objects;

/**
 * How fast a new module reached the team; see {@link TeamMetrics#reach}.
 *
 * @param moduleId the module
 * @param after3   share of reps who completed it within 3 days of first publication
 * @param after7   same within 7 days
 * @param after14  same within 14 days
 * @param reps     reps counted (the denominator)
 */
public record Reach(String moduleId, double after3, double after7, double after14, int reps) {

    /** Checks that the module is named. */
    public Reach {
        Objects.requireNonNull(moduleId, "moduleId");
    }
}
