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
 * @param historyDays    how many days of learning history to replay for its reps
 * @param historyThreads how many reps' histories the first start writes at once, each on a database
 *                       connection of its own (issue 13: the replay mostly waits for round trips)
 */
@Context
@ConfigurationProperties("clockwise.demo")
record DemoSettings(
        @Bindable(defaultValue = "false") boolean enabled,
        @Bindable(defaultValue = "84")
        @Min(value = 0, message = "must be between 0 and 365, was {validatedValue}")
        @Max(value = 365, message = "must be between 0 and 365, was {validatedValue}")
        int historyDays,
        @Bindable(defaultValue = "6")
        @Min(value = 1, message = "must be between 1 and 16, was {validatedValue}")
        @Max(value = 16, message = "must be between 1 and 16, was {validatedValue}")
        int historyThreads) {
}
