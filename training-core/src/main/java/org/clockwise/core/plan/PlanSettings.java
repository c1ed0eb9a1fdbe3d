package org.clockwise.core.plan;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code clockwise.plan.*}: the daily plan's time budget.
 *
 * @param budgetMinutes minutes a day, 1 to 60 (5 by default: one snackable lesson)
 */
@ConfigurationProperties("clockwise.plan")
public record PlanSettings(@Bindable(defaultValue = "5") int budgetMinutes) {

    /** Refuses a budget outside 1–60 minutes, naming the setting. */
    public PlanSettings {
        if (budgetMinutes < 1 || budgetMinutes > 60) {
            throw new IllegalArgumentException("clockwise.plan.budget-minutes must be between 1 and 60, was " + budgetMinutes);
        }
    }
}
