package org.clockwise.core.team;

import org.junit.jupiter.api.Test;

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

    @Test
    void holdsAtLeastOneEntry() {
        assertThrows(IllegalArgumentException.class, () -> new StampedCache<String, String>(0));
    }
}
