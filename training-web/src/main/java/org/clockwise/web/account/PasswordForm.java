package org.clockwise.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The set-password form as posted (the CSRF field is checked by the filter). */
@Serdeable
public record PasswordForm(@Nullable String password, @Nullable String confirm) {
}
