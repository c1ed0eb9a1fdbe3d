package org.clockwise.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.page-cache.*} (issue 13, "Speed": rendered pages kept, {@link RenderedPages}).
 * Created at start ({@code @Context}), so a value out of bounds stops the server at once.
 *
 * @param megabytes how much the kept pages may hold, by their estimated bytes (the page's UTF-8
 *                  and as much again for the model it was rendered from): 32 by default, about
 *                  2,000 Today pages of 8 KB; 0 keeps none; the pages viewed least recently go first
 * @param todayTrustedSeconds issue 13, wt-today4: how long a rep's Today model is served without any read
 *                  ({@code org.clockwise.web.learn.TodayKeep}) when no write of the rep's browser and no
 *                  write on this instance came between: 5 by default, the session check's bound; 0 reads
 *                  on every view
 */
@Context
@ConfigurationProperties("clockwise.page-cache")
public record PageCacheSettings(
        @Bindable(defaultValue = "32")
        @Min(value = 0, message = "must be between 0 and 4096, was {validatedValue}")
        @Max(value = 4096, message = "must be between 0 and 4096, was {validatedValue}")
        int megabytes,
        @Bindable(defaultValue = "5")
        @Min(value = 0, message = "must be between 0 and 60, was {validatedValue}")
        @Max(value = 60, message = "must be between 0 and 60, was {validatedValue}")
        int todayTrustedSeconds) {
}
