package org.clockwise.core.team;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A bounded cache whose entries hold the stamp of their inputs: an entry is served only while the
 * caller's current stamp is the same, otherwise it is computed again. The least recently used
 * entry goes first. Thread-safe; requests that miss while a computation for the same key and stamp
 * is under way wait for it instead of computing the same value again (issue 13: after an answer,
 * every open view of the team asked at once), and a failed computation is not kept.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class StampedCache<K, V> {

    private record Entry<V>(String stamp, CompletableFuture<V> value) {
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
        Entry<V> mine = new Entry<>(stamp, new CompletableFuture<>());
        Entry<V> found;
        synchronized (entries) {
            found = entries.get(key);
            if (found == null || !found.stamp().equals(stamp)) {
                entries.put(key, mine);
                found = null;
            }
        }
        if (found != null) {
            try {
                return found.value().join();
            } catch (CompletionException | CancellationException e) {
                // The computation we waited for failed; its owner reported that. Compute for ourselves.
                return compute.get();
            }
        }
        // Computed outside the lock: a slow dashboard must not hold up every other team's.
        try {
            V value = compute.get();
            mine.value().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                entries.remove(key, mine);
            }
            mine.value().completeExceptionally(e);
            throw e;
        }
    }

    /** Whether the value kept for the key was computed (or is being computed) under {@code stamp}. */
    boolean holds(K key, String stamp) {
        synchronized (entries) {
            Entry<V> found = entries.get(key);
            return found != null && found.stamp().equals(stamp);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
