package org.clockwise.core.people;

import java.util.Locale;

/** What a person may do; one person can hold several roles. */
public enum Role {
    REP, AUTHOR, MANAGER, ADMIN;

    public static Role parse(String value) {
        return Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
