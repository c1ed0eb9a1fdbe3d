package org.clockwise.core.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code clockwise.signing-secret}: the key for session tokens, CSRF tokens and signed form
 * fields. {@link org.clockwise.web.Application} sets it from {@code TRAINING_SIGNING_SECRET} or
 * the generated file. The messages never show the value.
 */
@Context
@ConfigurationProperties("clockwise")
public record SigningSettings(
        @NotNull(message = "is not set")
        @Size(min = SigningSecret.MIN_LENGTH, message = "must be at least 32 characters long")
        String signingSecret) {
}
