package org.clockwise.core.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.session.*}, checked at start.
 *
 * @param idleTimeoutMinutes a session whose cookie has not been used for this long ends, whatever
 *                           its token's lifetime: from 5 minutes to 30 days, 8 hours by default
 */
@Context
@ConfigurationProperties("clockwise.session")
public record IdleSettings(
        @Bindable(defaultValue = "480")
        @Min(value = 5, message = "must be between 5 and 43200 minutes, was {validatedValue}")
        @Max(value = 43_200, message = "must be between 5 and 43200 minutes, was {validatedValue}")
        int idleTimeoutMinutes) {
}
