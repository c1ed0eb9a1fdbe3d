package org.clockwise.core.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How long a sign-in lasts: the same setting that gives the session cookie's token its
 * lifetime, so the database session and the cookie end together. Checked at start.
 *
 * @param expiration seconds, from five minutes to thirty days
 */
@Context
@ConfigurationProperties("micronaut.security.token.generator.access-token")
public record SessionSettings(
        @Bindable(defaultValue = "43200")
        @Min(value = 300, message = "must be between 300 and 2592000 seconds, was {validatedValue}")
        @Max(value = 2_592_000, message = "must be between 300 and 2592000 seconds, was {validatedValue}")
        int expiration) {
}
