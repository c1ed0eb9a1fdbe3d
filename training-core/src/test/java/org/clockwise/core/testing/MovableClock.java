package org.clockwise.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A UTC clock a test moves by hand: the time only changes when the test says so. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start}. */
    public MovableClock(Instant start) {
        this.now = start;
    }

    /** A clock standing just after the real time, so what was enqueued until now is due. */
    public MovableClock() {
        this(justAfterNow());
    }

    /** Moves the clock on. */
    public void move(Duration by) {
        now = now.plus(by);
    }

    /** Sets the clock just after the real time again. */
    public void catchUp() {
        now = justAfterNow();
    }

    private static Instant justAfterNow() {
        return Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
