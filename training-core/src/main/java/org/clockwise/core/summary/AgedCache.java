package org.clockwise.core.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Issue 13 ("Speed"): a bounded cache for organisation-sized figures whose inputs change with every
 * answer, so no cheap stamp could keep them exact under load. An entry is served while it is younger
 * than the maximum age and was computed under the caller's stamp (a day, a publication: what must
 * never be served stale); past the age, one caller recomputes while the others keep getting the
 * previous figures. Every value comes with the instant it was computed as of, for the page to say.
 * The least recently used entry goes first. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class AgedCache<K, V> {

    /** A value and the instant its computation started: what it shows is at least that fresh. */
    public record Aged<V>(V value, Instant asOf) {
    }

    private record Entry<V>(Object stamp, Aged<V> aged, boolean refreshing) {
    }

    private final Clock clock;
    private final Duration maxAge;
    private final Map<K, Entry<V>> entries;

    /**
     * @param maxAge   how old a value may be served, zero to compute on every call
     * @param capacity the most entries kept, 1 or more
     */
    public AgedCache(Clock clock, Duration maxAge, int capacity) {
        if (capacity < 1 || maxAge.isNegative()) {
            throw new IllegalArgumentException("capacity must be >= 1 and maxAge >= 0, were " + capacity + " and " + maxAge);
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How old a served value may be. */
    public Duration maxAge() {
        return maxAge;
    }

    /** The value kept for the key when fresh enough and computed under {@code stamp}; else computes, keeps and returns it. */
    public Aged<V> get(K key, Object stamp, Supplier<V> compute) {
        Instant now = clock.instant();
        synchronized (entries) {
            Entry<V> hit = entries.get(key);
            if (hit != null && Objects.equals(hit.stamp(), stamp)) {
                if (now.isBefore(hit.aged().asOf().plus(maxAge)) || hit.refreshing()) {
                    return hit.aged(); // fresh, or another caller is recomputing it: the previous figures meanwhile
                }
                entries.put(key, new Entry<>(stamp, hit.aged(), true));
            }
        }
        V value;
        try {
            value = compute.get(); // outside the lock: one organisation's figures must not hold up another's
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                Entry<V> mine = entries.get(key);
                if (mine != null && mine.refreshing()) {
                    entries.put(key, new Entry<>(mine.stamp(), mine.aged(), false)); // the next caller tries again
                }
            }
            throw e;
        }
        Aged<V> aged = new Aged<>(value, now);
        synchronized (entries) {
            Entry<V> current = entries.get(key);
            if (current == null || !current.aged().asOf().isAfter(now) || !Objects.equals(current.stamp(), stamp)) {
                entries.put(key, new Entry<>(stamp, aged, false));
            }
        }
        return aged;
    }
}
