package org.clockwise.core.summary;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.overview.*} (issue 13, "Speed"): the organisation-sized pages, the teams overview
 * and the author library's leech list, which aggregate every rep's activity. Created at start
 * ({@code @Context}), so a value out of bounds stops the server at once.
 *
 * @param maxAgeSeconds how old their figures may be when served, 0 to 3600 seconds (60 by default;
 *                      0 computes them on every request); the pages say as of when they are
 */
@Context
@ConfigurationProperties("clockwise.overview")
public record OverviewSettings(
        @Bindable(defaultValue = "60")
        @Min(value = 0, message = "must be between 0 and 3600, was {validatedValue}")
        @Max(value = 3600, message = "must be between 0 and 3600, was {validatedValue}")
        int maxAgeSeconds) {
}
