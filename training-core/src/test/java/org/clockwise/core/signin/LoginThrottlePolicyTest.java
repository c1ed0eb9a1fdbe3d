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

    // issue 13 item 1: a guess is counted before it is checked, so the fifth claim already locks.
    @org.junit.jupiter.api.Test
    void claimsCountInAdvanceAndTheFifthLocksSoASixthIsRefused() {
        LoginThrottlePolicy.Counter c = LoginThrottlePolicy.Counter.NONE;
        for (int i = 1; i <= 5; i++) {
            LoginThrottlePolicy.Claim claim = LoginThrottlePolicy.DEFAULT.claim(c, NOW);
            assertEquals(true, claim.granted());
            c = claim.next();
        }
        assertEquals(NOW.plusSeconds(60), c.lockedUntil());
        LoginThrottlePolicy.Claim sixth = LoginThrottlePolicy.DEFAULT.claim(c, NOW.plusSeconds(59));
        assertEquals(false, sixth.granted());
        assertEquals(NOW.plusSeconds(60), sixth.lockedUntil());
        LoginThrottlePolicy.Claim afterLock = LoginThrottlePolicy.DEFAULT.claim(c, NOW.plusSeconds(60));
        assertEquals(true, afterLock.granted());
        assertEquals(NOW.plusSeconds(60 + 120), afterLock.next().lockedUntil(), "one guess, then a doubled lock");
    }

    @org.junit.jupiter.api.Test
    void aRightGuessGivesItsSlotBackAndOldFailuresAreForgotten() {
        LoginThrottlePolicy.Counter four = new LoginThrottlePolicy.Counter(4, NOW, null);
        LoginThrottlePolicy.Counter claimed = LoginThrottlePolicy.DEFAULT.claim(four, NOW).next();
        assertEquals(NOW.plusSeconds(60), claimed.lockedUntil());
        LoginThrottlePolicy.Counter released = LoginThrottlePolicy.DEFAULT.release(claimed);
        assertEquals(4, released.failures());
        assertEquals(null, released.lockedUntil());
        LoginThrottlePolicy.Counter stale = new LoginThrottlePolicy.Counter(40, NOW, NOW.plusSeconds(1800));
        assertEquals(1, LoginThrottlePolicy.DEFAULT.claim(stale, NOW.plus(Duration.ofMinutes(61))).next().failures());
    }
}
