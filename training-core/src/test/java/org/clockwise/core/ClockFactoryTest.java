package org.clockwise.core;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application clock: microsecond instants (what PostgreSQL stores) and a working millis(). */
class ClockFactoryTest {

    private final Clock clock = new ClockFactory().clock();

    @Test
    void instantsAreWholeMicroseconds() {
        for (int i = 0; i < 1_000; i++) {
            Instant now = clock.instant();
            assertEquals(0, now.getNano() % 1_000, () -> now + " has nanoseconds");
        }
    }

    @Test
    void millisWorksAndAgreesWithTheInstant() {
        // Clock.tick(systemUTC, 1 µs).millis() throws ArithmeticException on Java 17 (DashboardRefreshJob met it).
        long before = System.currentTimeMillis();
        long millis = clock.millis();
        long after = System.currentTimeMillis();
        assertTrue(millis >= before && millis <= after, millis + " between " + before + " and " + after);
        assertTrue(Math.abs(clock.instant().toEpochMilli() - clock.millis()) < 1_000);
    }

    @Test
    void keepsItsPrecisionInAnotherZone() {
        Clock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));
        assertEquals(ZoneId.of("Europe/Berlin"), berlin.getZone());
        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(0, berlin.instant().getNano() % 1_000);
    }
}
