package org.clockwise.core.team;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded cache whose entries hold the stamp of their inputs: an entry is served only while the
 * caller's current stamp is the same, otherwise it is computed again. The least recently used
 * entry goes first. Thread-safe; two requests missing at once both compute, and the later wins.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class StampedCache<K, V> {

    private record Entry<V>(String stamp, V value) {
    }

    private final int capacity;
    private final Map<K, Entry<V>> entries;

    /** @param capacity the most entries kept, 1 or more */
    StampedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > StampedCache.this.capacity;
            }
        };
    }

    /** The value kept for the key if it was computed under {@code stamp}; else computes, keeps and returns it. */
    V get(K key, String stamp, Supplier<V> compute) {
        synchronized (entries) {
            Entry<V> hit = entries.get(key);
            if (hit != null && hit.stamp().equals(stamp)) {
                return hit.value();
            }
        }
        // Computed outside the lock: a slow dashboard must not hold up every other team's.
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, new Entry<>(stamp, value));
        }
        return value;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
