package org.clockwise.core;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedMapTest {

    @Test
    void keepsValuesUntilFullThenForgetsAllForANewKey() {
        BoundedMap<String, Integer> map = new BoundedMap<>(3);
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        map.put("b", 20); // a known key when full replaces its value and keeps the rest
        assertEquals(3, map.size());
        assertEquals(20, map.get("b"));
        map.put("d", 4);
        assertEquals(1, map.size());
        assertNull(map.get("a"));
        assertEquals(4, map.get("d"));
    }

    @Test
    void computeIfAbsentMakesOnceAndKeepsNoNull() {
        BoundedMap<Integer, String> map = new BoundedMap<>(10);
        AtomicInteger made = new AtomicInteger();
        assertEquals("7", map.computeIfAbsent(7, k -> { made.incrementAndGet(); return k.toString(); }));
        assertEquals("7", map.computeIfAbsent(7, k -> { made.incrementAndGet(); return "other"; }));
        assertEquals(1, made.get());
        assertNull(map.computeIfAbsent(8, k -> null));
        assertEquals(1, map.size());
        map.put(9, "nine");
        map.removeValuesIf(v -> v.equals("7"));
        assertNull(map.get(7));
        assertEquals("nine", map.get(9));
        map.remove(9);
        assertNull(map.get(9));
    }

    @Test
    void neverHoldsMoreThanItsLimitUnderConcurrentPuts() throws InterruptedException {
        BoundedMap<Integer, Integer> map = new BoundedMap<>(100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger maxSeen = new AtomicInteger();
        for (int t = 0; t < 8; t++) {
            int base = t * 100_000;
            pool.execute(() -> {
                for (int i = 0; i < 20_000; i++) {
                    map.computeIfAbsent(base + i, k -> k);
                    maxSeen.accumulateAndGet(map.size(), Math::max);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        // each racing thread may add one key between the size check and its put
        assertTrue(maxSeen.get() <= 100 + 8, "size reached " + maxSeen.get());
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMap<>(0));
    }
}
