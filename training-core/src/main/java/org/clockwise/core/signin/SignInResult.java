package org.clockwise.core.signin;

import org.clockwise.core.people.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What a sign-in attempt ended with. */
public sealed interface SignInResult {

    record SignedIn(long userId, String email, String displayName, Set<Role> roles, UUID sessionId,
                    Instant expiresAt) implements SignInResult {
    }

    /** Wrong password or unknown address: deliberately indistinguishable. */
    record Refused() implements SignInResult {
    }

    /** Too many failures for this address; try again after {@code until}. */
    record Locked(Instant until) implements SignInResult {
    }

    /** Too many sign-ins are being checked at once; nothing was checked or counted, try again shortly. */
    record Busy() implements SignInResult {
    }
}
