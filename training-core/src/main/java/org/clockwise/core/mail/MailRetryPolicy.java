package org.clockwise.core.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed email again: after {@code firstDelay}, doubling with each failure, until
 * {@code maxAttempts} attempts have failed; then it is given up (and kept, with its last error).
 * With the defaults: 1, 2, 4 … 64 minutes, about two hours in all before giving up.
 */
public record MailRetryPolicy(Duration firstDelay, int maxAttempts) {

    public static final MailRetryPolicy DEFAULT = new MailRetryPolicy(Duration.ofMinutes(1), 8);

    public MailRetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxAttempts < 1 || maxAttempts > 30) {
            throw new IllegalArgumentException("bad retry policy");
        }
    }

    /** When to try again after {@code attempts} failed attempts, or empty to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(firstDelay.multipliedBy(1L << Math.max(0, attempts - 1))));
    }
}
