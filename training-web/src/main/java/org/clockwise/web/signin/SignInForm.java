package org.clockwise.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-in form as posted; the CSRF field is checked by the filter before this is bound. */
@Serdeable
public record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next) {
}
