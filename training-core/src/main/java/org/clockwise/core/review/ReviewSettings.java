package org.clockwise.core.review;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.review.*}. Created at start ({@code @Context}), so a value out of bounds stops
 * the server at once instead of at the first review.
 *
 * @param desiredRetention the recall probability reviews aim for; below 0.70 reviews come too
 *                         late to help, above 0.97 they come so often that the daily budget
 *                         is all reviews
 * @param retireAtStabilityDays a right answer that brings a question's stability to this many
 *                         days retires it from the reviews ({@link MasteryPolicy})
 * @param leechLapses      lapses that make a question a leech, flagged to the rep and to authors
 */
@Context
@ConfigurationProperties("clockwise.review")
record ReviewSettings(
        @Bindable(defaultValue = "0.9")
        @DecimalMin(value = "0.70", message = "must be between 0.70 and 0.97, was {validatedValue}")
        @DecimalMax(value = "0.97", message = "must be between 0.70 and 0.97, was {validatedValue}")
        double desiredRetention,
        @Bindable(defaultValue = "90")
        @Min(value = 21, message = "must be between 21 and 3650, was {validatedValue}")
        @Max(value = 3650, message = "must be between 21 and 3650, was {validatedValue}")
        int retireAtStabilityDays,
        @Bindable(defaultValue = "4")
        @Min(value = 2, message = "must be between 2 and 20, was {validatedValue}")
        @Max(value = 20, message = "must be between 2 and 20, was {validatedValue}")
        int leechLapses) {
}
