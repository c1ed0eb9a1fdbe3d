package org.clockwise.core;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The one source of "now" for rules and services, so tests can pin time. */
@Factory
class ClockFactory {
    /**
     * Ticks in microseconds, PostgreSQL's timestamp precision: an instant written and read back
     * is then the same instant, so "answered at or before now" never flips on a rounded nanosecond.
     */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
