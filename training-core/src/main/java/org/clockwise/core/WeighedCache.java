package org.clockwise.core;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A cache bounded by the estimated bytes of its values (issue 13, "Speed"): when the values weigh more
 * than allowed, the least recently used go first. Thread-safe (one lock; the work under it is a map
 * operation). Used by My skills' per-rep history and by the web layer's rendered pages.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class WeighedCache<K, V> {

    private record Weighed<V>(V value, long bytes) {
    }

    private final long maxBytes;
    private final ToLongFunction<V> weigher;
    private final Map<K, Weighed<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /**
     * @param maxBytes the most the values may weigh together, 0 or more (0 keeps nothing)
     * @param weigher  a value's estimated bytes, computed once when it is put
     */
    public WeighedCache(long maxBytes, ToLongFunction<V> weigher) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.weigher = weigher;
    }

    /** The value kept for the key (it becomes the most recently used), or {@code null}. */
    public synchronized V get(K key) {
        Weighed<V> weighed = entries.get(key);
        return weighed == null ? null : weighed.value();
    }

    /** Keeps the value, then drops the least recently used while the values weigh more than allowed. */
    public synchronized void put(K key, V value) {
        long size = weigher.applyAsLong(value);
        Weighed<V> replaced = entries.put(key, new Weighed<>(value, size));
        bytes += size - (replaced == null ? 0 : replaced.bytes());
        Iterator<Weighed<V>> eldest = entries.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().bytes();
            eldest.remove();
        }
    }

    /** Drops every value. */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    /** The values' estimated bytes, all counted. */
    public synchronized long bytes() {
        return bytes;
    }

    /** How many values are kept. */
    public synchronized int size() {
        return entries.size();
    }
}
