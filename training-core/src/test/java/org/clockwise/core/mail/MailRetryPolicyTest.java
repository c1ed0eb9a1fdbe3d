package org.clockwise.core.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MailRetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void theDelayStartsAtOneMinuteAndDoubles() {
        MailRetryPolicy policy = MailRetryPolicy.DEFAULT;
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(1))), policy.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(2))), policy.nextAttempt(2, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(4))), policy.nextAttempt(3, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(64))), policy.nextAttempt(7, NOW));
    }

    @Test
    void afterTheEighthFailedAttemptItGivesUp() {
        assertEquals(Optional.empty(), MailRetryPolicy.DEFAULT.nextAttempt(8, NOW));
        assertEquals(Optional.empty(), new MailRetryPolicy(Duration.ofSeconds(10), 2).nextAttempt(2, NOW));
    }
}
