package org.clockwise.core.team;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An entry is served while its stamp holds, computed again when the stamp moves, and the least recently used goes first. */
class StampedCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String key) {
        return key + "#" + computed.incrementAndGet();
    }

    @Test
    void servedWhileTheStampHoldsAndComputedAgainWhenItMoves() {
        StampedCache<String, String> cache = new StampedCache<>(4);
        assertEquals("a#1", cache.get("a", "s1", () -> compute("a")));
        assertEquals("a#1", cache.get("a", "s1", () -> compute("a")));
        assertEquals("a#2", cache.get("a", "s2", () -> compute("a")), "the stamp moved");
        assertEquals("a#2", cache.get("a", "s2", () -> compute("a")));
        assertEquals(1, cache.size());
    }

    @Test
    void theLeastRecentlyUsedEntryGoesFirst() {
        StampedCache<String, String> cache = new StampedCache<>(2);
        cache.get("a", "s", () -> compute("a"));
        cache.get("b", "s", () -> compute("b"));
        cache.get("a", "s", () -> compute("a")); // a is now the most recently used
        cache.get("c", "s", () -> compute("c")); // b goes
        assertEquals(2, cache.size());
        assertEquals("a#1", cache.get("a", "s", () -> compute("a")));
        assertEquals("b#4", cache.get("b", "s", () -> compute("b")));
    }

    /**
     * Issue 13: after an answer moves a team's stamp, the 16 connections of a manager's browser tabs
     * (or of a load test) asking at once all missed and each assembled the same dashboard (~270
     * statements); the one computation under way is now shared by everyone asking for that stamp.
     */
    @Test
    void requestsMissingAtOnceShareOneComputation() throws Exception {
        StampedCache<String, String> cache = new StampedCache<>(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get("a", "s1", () -> {
                    started.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return compute("a");
                })));
            }
            started.await(10, TimeUnit.SECONDS);
            Thread.sleep(200); // the other seven arrive while the first computes
            release.countDown();
            for (Future<String> answer : answers) {
                assertEquals("a#1", answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get(), "one computation for eight requests");
            assertEquals("a#2", cache.get("a", "s2", () -> compute("a")), "a new stamp computes again");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKeptAndTheNextRequestComputesAgain() {
        StampedCache<String, String> cache = new StampedCache<>(4);
        assertThrows(IllegalStateException.class, () -> cache.get("a", "s1", () -> {
            throw new IllegalStateException("database away");
        }));
        assertEquals("a#1", cache.get("a", "s1", () -> compute("a")));
    }

    @Test
    void holdsAtLeastOneEntry() {
        assertThrows(IllegalArgumentException.class, () -> new StampedCache<String, String>(0));
    }
}
