package org.clockwise.core.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing per key (an account's address, or a client address): after
 * {@code freeFailures} failures in a row the key is locked, for a period that doubles with each
 * further failure up to a cap. Applied to every address tried, known or not, so a lock says
 * nothing about whether the account exists. A guess is counted as a failure before the password
 * is checked ({@link #claim}), so parallel guesses cannot slip past the count; a right password
 * gives its slot back. Failures older than twice the longest lock are forgotten.
 */
public record LoginThrottlePolicy(int freeFailures, Duration firstLock, Duration maxLock) {

    public static final LoginThrottlePolicy DEFAULT =
            new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    public LoginThrottlePolicy {
        if (freeFailures < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("bad throttle policy");
        }
    }

    /** Failures (guesses in flight included) of one key, when the last was, and the lock they caused. */
    public record Counter(int failures, Instant lastFailure, Instant lockedUntil) {
        public static final Counter NONE = new Counter(0, null, null);
    }

    /** The outcome of asking for a guess: granted with the counter to save, or refused until a time. */
    public record Claim(boolean granted, Counter next, Instant lockedUntil) {
    }

    /** How long a failure is remembered: twice the longest lock. */
    public Duration memory() {
        return maxLock.multipliedBy(2);
    }

    /** Whether a guess may be checked now, counting it as a failure in advance when it may. */
    public Claim claim(Counter current, Instant now) {
        if (current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
            return new Claim(false, current, current.lockedUntil());
        }
        int before = current.lastFailure() != null && current.lastFailure().plus(memory()).isBefore(now) ? 0 : current.failures();
        int failures = before + 1;
        Instant lock = lockAfter(failures, now).orElse(null);
        return new Claim(true, new Counter(failures, now, lock), lock);
    }

    /** Gives back a slot claimed for a guess that turned out right. */
    public Counter release(Counter current) {
        int failures = Math.max(0, current.failures() - 1);
        return new Counter(failures, current.lastFailure(), failures < freeFailures ? null : current.lockedUntil());
    }

    /** The lock that follows the given count of consecutive failures, if any. */
    public Optional<Instant> lockAfter(int failures, Instant now) {
        if (failures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        if (lock.compareTo(maxLock) > 0) {
            lock = maxLock;
        }
        return Optional.of(now.plus(lock));
    }

    /** Normalises an address into the key its failures are counted under. */
    public static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
