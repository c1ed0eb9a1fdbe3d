package org.clockwise.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL keeps them: to the microsecond. The server rounds a finer instant to the
 * nearest microsecond, so half of them come back later than they were sent; an answer recorded "at
 * now" would then read as answered after now and be left out of the skills worked out as of now.
 * Services that accept an instant from their caller pass it through {@link #of} first, as the
 * application clock ({@code ClockFactory}) already ticks in microseconds.
 */
public final class StoredInstant {

    private StoredInstant() {
    }

    /** {@code instant} truncated to the microsecond, the instant the database stores for it. */
    public static Instant of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
