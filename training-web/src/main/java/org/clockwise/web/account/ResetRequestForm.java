package org.clockwise.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The "Forgot password?" form as posted. */
@Serdeable
public record ResetRequestForm(@Nullable String email) {
}
