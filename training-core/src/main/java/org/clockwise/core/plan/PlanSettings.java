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
 * @param budgetMinutes       the daily plan's time budget: 5 by default, one snackable lesson
 * @param reviewsFirstPercent the share of the budget due reviews may need before the new lesson
 *                            waits a day ({@link PlanPolicy}): 50 by default
 */
@Context
@ConfigurationProperties("clockwise.plan")
record PlanSettings(
        @Bindable(defaultValue = "5")
        @Min(value = 1, message = "must be between 1 and 60, was {validatedValue}")
        @Max(value = 60, message = "must be between 1 and 60, was {validatedValue}")
        int budgetMinutes,
        @Bindable(defaultValue = "50")
        @Min(value = 0, message = "must be between 0 and 100, was {validatedValue}")
        @Max(value = 100, message = "must be between 0 and 100, was {validatedValue}")
        int reviewsFirstPercent) {
}
