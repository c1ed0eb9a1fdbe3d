package org.clockwise.core.signin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottlePolicyTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @ParameterizedTest(name = "{0} failures -> locked {1} s")
    @CsvSource({
            "1, -1",
            "4, -1",
            "5, 60",
            "6, 120",
            "7, 240",
            "9, 960",
            "10, 1800",
            "40, 1800",
            "1000, 1800"})
    void locksDoubleAfterTheFreeFailuresUpToTheCap(int failures, long lockedSeconds) {
        Optional<Instant> lock = LoginThrottlePolicy.DEFAULT.lockAfter(failures, NOW);
        if (lockedSeconds < 0) {
            assertEquals(Optional.empty(), lock);
        } else {
            assertEquals(Duration.ofSeconds(lockedSeconds), Duration.between(NOW, lock.orElseThrow()));
        }
    }

    @ParameterizedTest
    @CsvSource({"Rep@Example.COM,rep@example.com", "'  a@b.c  ',a@b.c"})
    void addressesAreCountedCaseAndSpaceInsensitively(String typed, String key) {
        assertEquals(key, LoginThrottlePolicy.key(typed));
    }
}
