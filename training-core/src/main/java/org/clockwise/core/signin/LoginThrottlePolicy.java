package org.clockwise.core.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing per address: after {@code freeFailures} failures in a row the
 * address is locked, for a period that doubles with each further failure up to a cap.
 * Applied to every address tried, known or not, so a lock says nothing about whether the
 * account exists.
 */
public record LoginThrottlePolicy(int freeFailures, Duration firstLock, Duration maxLock) {

    public static final LoginThrottlePolicy DEFAULT =
            new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    public LoginThrottlePolicy {
        if (freeFailures < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("bad throttle policy");
        }
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
