package org.clockwise.core.plan;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.plan.*}. Created at start ({@code @Context}), so a value out of bounds stops
 * the server at once.
 *
 * @param budgetMinutes the daily plan's time budget: 5 by default, one snackable lesson
 */
@Context
@ConfigurationProperties("clockwise.plan")
record PlanSettings(
        @Bindable(defaultValue = "5")
        @Min(value = 1, message = "must be between 1 and 60, was {validatedValue}")
        @Max(value = 60, message = "must be between 1 and 60, was {validatedValue}")
        int budgetMinutes) {
}
