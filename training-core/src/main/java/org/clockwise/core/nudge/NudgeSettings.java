package org.clockwise.core.nudge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.nudge.*}.
 *
 * @param enabled   whether this instance's scheduler looks for due nudges and digests every minute
 *                  (tests turn it off and run a round themselves)
 * @param batchSize at most this many people per minute and kind; the rest follow in the next minutes
 */
@Context
@ConfigurationProperties("clockwise.nudge")
public record NudgeSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "500")
        @Min(value = 1, message = "must be between 1 and 10000, was {validatedValue}")
        @Max(value = 10000, message = "must be between 1 and 10000, was {validatedValue}")
        int batchSize) {
}
