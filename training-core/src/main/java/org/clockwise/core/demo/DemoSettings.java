package org.clockwise.core.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.demo.*}, checked at start.
 *
 * @param enabled     load the demo organisation on the first start
 * @param historyDays how many days of learning history to replay for its reps
 */
@Context
@ConfigurationProperties("clockwise.demo")
record DemoSettings(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "84")
        @Min(value = 0, message = "must be between 0 and 365, was {validatedValue}")
        @Max(value = 365, message = "must be between 0 and 365, was {validatedValue}")
        int historyDays) {
}
