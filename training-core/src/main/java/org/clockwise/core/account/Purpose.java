package org.clockwise.core.account;

import java.time.Duration;

/** What a password link is for, and how long it lasts. */
public enum Purpose {
    INVITE(Duration.ofDays(7)), RESET(Duration.ofHours(1));

    private final Duration lifetime;

    Purpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
