package org.clockwise.core.team;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code clockwise.team.*}: the team pages.
 *
 * @param dashboardCacheSize how many computed dashboards are kept, 0 to 100000 (256 by default;
 *                           0 computes every dashboard on every request)
 */
@ConfigurationProperties("clockwise.team")
public record TeamSettings(@Bindable(defaultValue = "256") int dashboardCacheSize) {

    /** The most dashboards the cache may hold: each holds a team's numbers, not its pages. */
    public static final int MAX_DASHBOARD_CACHE_SIZE = 100_000;

    /** Refuses a cache size outside 0–100000, naming the setting. */
    public TeamSettings {
        if (dashboardCacheSize < 0 || dashboardCacheSize > MAX_DASHBOARD_CACHE_SIZE) {
            throw new IllegalArgumentException("clockwise.team.dashboard-cache-size must be between 0 and "
                    + MAX_DASHBOARD_CACHE_SIZE + ", was " + dashboardCacheSize);
        }
    }
}
