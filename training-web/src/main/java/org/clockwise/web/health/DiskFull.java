package org.clockwise.web.health;

import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Whether the database lately refused a write for want of disk (SQLState 53100), which a
 * {@code SELECT 1} cannot see: reads still work while every answer fails. The health check
 * answers 503 for {@link #WINDOW} after the last such refusal (issue 13, faults), so a balancer
 * stops sending users to an instance whose writes cannot land, and takes it back once a
 * window passes without one.
 */
@Singleton
public class DiskFull {

    /** How long after the last refused write the health check stays 503. */
    public static final Duration WINDOW = Duration.ofSeconds(15);

    private volatile long refusedAt = System.nanoTime() - WINDOW.toNanos(); // none yet

    /** Called by the error handling when a request failed because the database's disk is full. */
    public void refused() {
        refusedAt = System.nanoTime();
    }

    boolean lately() {
        return System.nanoTime() - refusedAt < WINDOW.toNanos();
    }
}
