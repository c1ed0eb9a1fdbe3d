package org.clockwise.core;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The one source of "now" for rules and services, so tests can pin time. */
@Factory
class ClockFactory {
    /**
     * Ticks in microseconds, PostgreSQL's timestamp precision: an instant written and read back
     * is then the same instant, so "answered at or before now" never flips on a rounded nanosecond.
     */
    @Singleton
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    /**
     * A clock whose instants are truncated to the microsecond ({@link StoredInstant}). Not
     * {@code Clock.tick(base, 1 µs)}: on Java 17 that clock's {@code millis()} divides by zero
     * (it floors to a whole number of milliseconds per tick), which broke a job that asked for it.
     */
    static final class MicrosecondClock extends Clock {
        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            return StoredInstant.of(base.instant());
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MicrosecondClock other && base.equals(other.base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() ^ 1;
        }

        @Override
        public String toString() {
            return "MicrosecondClock[" + base + "]";
        }
    }
}
