package org.clockwise.core;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A lock-free cache bounded by count that forgets everything when full: for values that are cheap to
 * make again and whose keys may come from outside (tokens, request headers, figures), so that no
 * sequence of requests can grow it without bound. Reads are one {@link ConcurrentHashMap#get}; unlike
 * {@link WeighedCache} it keeps no recency order, so it suits hot paths where most keys repeat.
 *
 * <p>A value made by {@link #computeIfAbsent} is made outside the map's locks, so two threads missing
 * the same key at once may both make it; the last one put is kept. Callers use it only for values whose
 * making has no side effects.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedMap<K, V> {

    private final int limit;
    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();

    /** @param limit the most entries kept, 1 or more; putting a new key when full drops every entry first */
    public BoundedMap(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        this.limit = limit;
    }

    /** The value kept for the key, or {@code null}. */
    public V get(K key) {
        return entries.get(key);
    }

    /** Keeps the value; a new key when the map is full first drops every entry (a cache, not a record). */
    public void put(K key, V value) {
        if (entries.size() >= limit && !entries.containsKey(key)) {
            entries.clear();
        }
        entries.put(key, value);
    }

    /** The value kept for the key, or the one {@code make} returns, which is then kept (not if null). */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
        V known = entries.get(key);
        if (known != null) {
            return known;
        }
        V made = make.apply(key);
        if (made != null) {
            put(key, made);
        }
        return made;
    }

    /** Forgets the key's value. */
    public void remove(K key) {
        entries.remove(key);
    }

    /** Forgets every value that matches. */
    public void removeValuesIf(Predicate<? super V> match) {
        entries.values().removeIf(match);
    }

    /** Forgets every value. */
    public void clear() {
        entries.clear();
    }

    /** How many values are kept now; never more than the limit. */
    public int size() {
        return entries.size();
    }
}
