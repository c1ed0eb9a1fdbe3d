package org.clockwise.web.learn;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.clockwise.core.BoundedMap;
import org.clockwise.core.people.PersonDeactivated;
import org.clockwise.core.people.RolesChanged;
import org.clockwise.core.people.User;

import java.time.Clock;
import org.clockwise.web.security.PageCacheSettings;
import java.util.Locale;

/**
 * Today's page model kept without any read (issue 13, "Speed", wt-today4): a kept Today view runs no
 * database statement. An entry is used only while all of these hold:
 * <ul>
 *   <li>the browser sends the same write mark ({@link WriteMarkFilter#COOKIE}) it sent when the page was
 *   made: every successful form post sets a new one, so after the rep's own write on any instance the next
 *   view on any instance reads afresh;</li>
 *   <li>the rep's local day (the kept zone and the injected {@link Clock}, no read) is the same;</li>
 *   <li>the page's locale is the same;</li>
 *   <li>it is at most {@link PageCacheSettings#todayTrustedSeconds()} old (5 s by default): writes by others (a manager's assignment, a publish, an admin's
 *   change of the rep's zone, roles or team) and writes without the rep's browser show within that bound,
 *   and at once on the instance that made them ({@link #forgetAll}, called for every successful post by
 *   someone who is not only a rep, and on {@link RolesChanged} and {@link PersonDeactivated}).</li>
 * </ul>
 */
@Singleton
public class TodayKeep {


    private record Entry(String mark, Locale locale, User user, java.time.LocalDate day, long keptAt, Object page) {
    }

    private final BoundedMap<Long, Entry> kept = new BoundedMap<>(100_000);
    private final Clock clock;
    private final long trustedNanos;

    TodayKeep(Clock clock, PageCacheSettings settings) {
        this.clock = clock;
        this.trustedNanos = settings.todayTrustedSeconds() * 1_000_000_000L;
    }

    /** The model kept for this rep, browser mark and locale, or {@code null}: read afresh. */
    Object find(long userId, String mark, Locale locale) {
        Entry e = kept.get(userId);
        if (e == null || !e.mark().equals(mark) || !e.locale().equals(locale)
                || System.nanoTime() - e.keptAt() > trustedNanos
                || !e.user().rep().day(clock.instant()).equals(e.day())) {
            return null;
        }
        return e.page();
    }

    /** Keeps the model made from this user row; {@code mark} and {@code locale} are the request's. */
    void keep(long userId, String mark, Locale locale, User user, java.time.LocalDate day, Object page) {
        if (trustedNanos == 0) {
            return;
        }
        kept.put(userId, new Entry(mark, locale, user, day, System.nanoTime(), page));
    }

    /** Whether a model is kept for this rep (tests). */
    boolean holds(long userId) {
        return kept.get(userId) != null;
    }

    /** Forgets one rep's model (their own write on this instance). */
    public void forget(long userId) {
        kept.remove(userId);
    }

    /** Forgets every kept model (a write by someone else that may change any rep's Today). */
    public void forgetAll() {
        kept.clear();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onRolesChanged(RolesChanged event) {
        forget(event.userId());
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onDeactivated(PersonDeactivated event) {
        forget(event.userId());
    }
}
