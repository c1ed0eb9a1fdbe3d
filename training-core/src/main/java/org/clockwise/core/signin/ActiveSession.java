package org.clockwise.core.signin;

import org.clockwise.core.people.Role;

import java.util.Set;

/** An open session as the database has it now: who, and with which roles (never the token's). */
public record ActiveSession(long userId, String email, String displayName, Set<Role> roles) {
    public ActiveSession {
        roles = Set.copyOf(roles);
    }
}
