package org.clockwise.core.summary;

import org.clockwise.core.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgedCacheTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T12:00:00Z"));
    final AtomicInteger computed = new AtomicInteger();
    final AgedCache<String, Integer> cache = new AgedCache<>(clock, Duration.ofSeconds(60), 2);

    int next() {
        return computed.incrementAndGet();
    }

    @Test
    void aValueIsServedUntilItIsTooOldAndSaysAsOfWhen() {
        Instant start = clock.instant();
        assertEquals(new AgedCache.Aged<>(1, start), cache.get("org", "day", this::next));
        clock.move(Duration.ofSeconds(59));
        assertEquals(new AgedCache.Aged<>(1, start), cache.get("org", "day", this::next), "59 s old: served");
        clock.move(Duration.ofSeconds(1));
        assertEquals(new AgedCache.Aged<>(2, clock.instant()), cache.get("org", "day", this::next), "60 s old: computed again");
        assertEquals(2, computed.get());
    }

    @Test
    void aNewStampIsNeverServedTheOldValue() {
        cache.get("org", 1L, this::next);
        assertEquals(2, cache.get("org", 2L, this::next).value(), "a publication or a new day: computed at once");
        assertEquals(3, cache.get("other", 2L, this::next).value(), "keys apart");
    }

    @Test
    void zeroMaxAgeComputesEveryTimeAndTheLeastRecentlyUsedGoesFirst() {
        AgedCache<String, Integer> none = new AgedCache<>(clock, Duration.ZERO, 1);
        none.get("a", "s", this::next);
        assertEquals(2, none.get("a", "s", this::next).value());
        cache.get("a", "s", this::next);
        cache.get("b", "s", this::next);
        cache.get("c", "s", this::next);
        assertEquals(6, cache.get("a", "s", this::next).value(), "a was evicted (capacity 2)");
        assertThrows(IllegalArgumentException.class, () -> new AgedCache<>(clock, Duration.ofSeconds(-1), 1));
    }

    @Test
    void whileOneCallerRecomputesTheOthersGetThePreviousValueAndAFailureLetsTheNextTry() throws Exception {
        cache.get("org", "s", this::next);
        clock.move(Duration.ofMinutes(2));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> cache.get("org", "s", () -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 100;
        }));
        slow.start();
        inside.await();
        assertEquals(1, cache.get("org", "s", this::next).value(), "the previous figures while another caller recomputes");
        release.countDown();
        slow.join();
        assertEquals(100, cache.get("org", "s", this::next).value());

        clock.move(Duration.ofMinutes(2));
        assertThrows(IllegalStateException.class, () -> cache.get("org", "s", () -> {
            throw new IllegalStateException("database away");
        }));
        assertEquals(2, cache.get("org", "s", this::next).value(), "after a failed refresh the next caller computes");
    }
}
