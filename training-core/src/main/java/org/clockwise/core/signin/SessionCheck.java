package org.clockwise.core.signin;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.clockwise.core.BoundedMap;
import org.clockwise.core.db.DatabaseUnavailableException;
import org.clockwise.core.people.PersonDeactivated;
import org.clockwise.core.people.RolesChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a session cookie still counts, asked on every request (issue 13, item 8): the session
 * must be open in the database, used within the idle timeout, and its person active; the roles
 * are the person's roles now, not those written into the token at sign-in.
 * <p>
 * Several instances share one database and nothing else, so each keeps a positive answer for at
 * most {@link #RECHECK}: a sign-out, role change or deactivation on one instance counts on every
 * other within that time, and at once on the instance where it happened. The last-seen time is
 * written at most once per {@link #TOUCH_EVERY} per session, so the idle timeout may end a session
 * up to that much early, never late.
 */
@Singleton
public class SessionCheck {

    public static final Duration RECHECK = Duration.ofSeconds(5);
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int MAX_CACHED = 50_000;

    private record Checked(ActiveSession session, Instant at) {
    }

    /**
     * Issue 13, faults: after a failed check, checks fail at once for this long (the request gets the
     * 503 "try again" page) instead of each waiting for a connection; the check can run on an event
     * loop, where such waits would hold up every other request, health checks included.
     */
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private volatile long failedAt = System.nanoTime() - PAUSE_AFTER_FAILURE.toNanos() - 1;
    private final SignInStore store;
    private final Clock clock;
    private final Duration idleTimeout;
    private final BoundedMap<UUID, Checked> recent = new BoundedMap<>(MAX_CACHED); // a cache, not a record: dropping it only costs a query each

    SessionCheck(SignInStore store, Clock clock, IdleSettings settings) {
        this.store = store;
        this.clock = clock;
        this.idleTimeout = Duration.ofMinutes(settings.idleTimeoutMinutes());
    }

    /** The open session with this id, with its person's current roles; empty once it has ended for any reason. */
    public Optional<ActiveSession> open(UUID sessionId) {
        Instant now = clock.instant();
        Checked checked = recent.get(sessionId);
        if (checked != null && checked.at().plus(RECHECK).isAfter(now) && !checked.at().isAfter(now)) {
            return Optional.of(checked.session());
        }
        if (System.nanoTime() - failedAt < PAUSE_AFTER_FAILURE.toNanos()) {
            throw new DatabaseUnavailableException("the database did not answer a session check a moment ago");
        }
        Optional<SignInStore.SessionRow> row;
        try {
            row = store.findOpenSession(sessionId, now, now.minus(idleTimeout));
        } catch (RuntimeException e) {
            failedAt = System.nanoTime();
            throw e;
        }
        if (row.isEmpty()) {
            recent.remove(sessionId);
            return Optional.empty();
        }
        if (!row.get().lastSeen().plus(TOUCH_EVERY).isAfter(now)) {
            store.touchSession(sessionId, now);
        }
        recent.put(sessionId, new Checked(row.get().session(), now));
        return Optional.of(row.get().session());
    }

    /** This instance forgets the session at once (signing out). */
    void forget(UUID sessionId) {
        recent.remove(sessionId);
    }

    /** This instance forgets the person's sessions at once: their roles or their being active changed. */
    void forgetUser(long userId) {
        recent.removeValuesIf(c -> c.session().userId() == userId);
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onDeactivated(PersonDeactivated event) {
        forgetUser(event.userId());
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onRolesChanged(RolesChanged event) {
        forgetUser(event.userId());
    }

    /** How many sessions this instance holds a recent answer for. */
    int cached() {
        return recent.size();
    }
}
