package org.clockwise.core.team;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.team.*}: the team pages. Created at start ({@code @Context}), so a value out of
 * bounds stops the server at once.
 *
 * @param dashboardCacheSize how many computed dashboards are kept, 0 to 100000 (256 by default;
 *                           0 computes every dashboard on every request); each holds a team's
 *                           numbers, not its pages
 * @param dashboardRefreshSeconds issue 13 (wt-team): how often, in seconds, dashboards viewed in the last
 *                           10 minutes whose inputs changed and then settled are computed ahead of the
 *                           next view ({@code TeamDashboard.refresh}), 0 to 60 (2 by default; 0 never)
 */
@Context
@ConfigurationProperties("clockwise.team")
public record TeamSettings(
        @Bindable(defaultValue = "256")
        @Min(value = 0, message = "must be between 0 and 100000, was {validatedValue}")
        @Max(value = 100_000, message = "must be between 0 and 100000, was {validatedValue}")
        int dashboardCacheSize,
        @Bindable(defaultValue = "2")
        @Min(value = 0, message = "must be between 0 and 60, was {validatedValue}")
        @Max(value = 60, message = "must be between 0 and 60, was {validatedValue}")
        int dashboardRefreshSeconds) {
}
