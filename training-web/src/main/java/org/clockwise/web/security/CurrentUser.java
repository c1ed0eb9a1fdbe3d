package org.clockwise.web.security;

import io.micronaut.security.authentication.Authentication;
import org.clockwise.core.people.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The signed-in person as the pages need them, read from the session token's claims. */
public record CurrentUser(long id, String email, String name, Set<Role> roles, UUID sessionId) {

    public static final String USER_ID = "uid";
    public static final String NAME = "name";

    public static CurrentUser of(Authentication authentication) {
        Object uid = authentication.getAttributes().get(USER_ID);
        Object sid = authentication.getAttributes().get(SessionAuthenticationFactory.SESSION_CLAIM);
        Object name = authentication.getAttributes().get(NAME);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.parse(r)));
        return new CurrentUser(((Number) uid).longValue(), authentication.getName(),
                name == null ? authentication.getName() : name.toString(), roles, UUID.fromString(sid.toString()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates (the layout's navigation), which cannot name the enum. */
    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** For templates (the layout's navigation), which cannot name the enum. */
    public boolean isManager() {
        return has(Role.MANAGER);
    }
}
