package org.clockwise.core.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.security.*}, checked at start.
 *
 * @param bcryptCost the bcrypt work factor: each step doubles the time a password check takes;
 *                   below 10 is too cheap to guess against, 31 is bcrypt's own ceiling
 */
@Context
@ConfigurationProperties("clockwise.security")
public record SecuritySettings(
        @Bindable(defaultValue = "12")
        @Min(value = PasswordHasher.MIN_COST, message = "must be between 10 and 31, was {validatedValue}")
        @Max(value = 31, message = "must be between 10 and 31, was {validatedValue}")
        int bcryptCost) {
}
