package org.clockwise.core.review;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * {@code clockwise.review.*}. Created at start ({@code @Context}), so a value out of bounds stops
 * the server at once instead of at the first review.
 *
 * @param desiredRetention the recall probability reviews aim for; below 0.70 reviews come too
 *                         late to help, above 0.97 they come so often that the daily budget
 *                         is all reviews
 */
@Context
@ConfigurationProperties("clockwise.review")
record ReviewSettings(
        @Bindable(defaultValue = "0.9")
        @DecimalMin(value = "0.70", message = "must be between 0.70 and 0.97, was {validatedValue}")
        @DecimalMax(value = "0.97", message = "must be between 0.70 and 0.97, was {validatedValue}")
        double desiredRetention) {
}
