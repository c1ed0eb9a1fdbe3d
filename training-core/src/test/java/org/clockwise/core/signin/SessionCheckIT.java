package org.clockwise.core.signin;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.MovableClock;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 8, as two instances on one database see it: each instance has its own
 * {@link SessionCheck}; what one does counts on the other within {@link SessionCheck#RECHECK}.
 */
class SessionCheckIT {

    private final MovableClock clock = new MovableClock(Instant.now());
    private final SignInStore store = CoreContext.bean(SignInStore.class);
    private final SessionCheck one = new SessionCheck(store, clock, new IdleSettings(480));
    private final SessionCheck two = new SessionCheck(store, clock, new IdleSettings(480));

    @Test
    void aSignOutOnOneInstanceCountsOnTheOtherWithinTheRecheckTime() {
        UUID session = aSession(Fixtures.aUser(org(), Role.REP));
        assertTrue(two.open(session).isPresent());

        one.forget(session);
        store.endSession(session, clock.instant());

        assertTrue(one.open(session).isEmpty(), "at once where it happened");
        clock.move(SessionCheck.RECHECK);
        assertTrue(two.open(session).isEmpty(), "within " + SessionCheck.RECHECK + " on the other");
    }

    @Test
    void rolesComeFromTheDatabaseWithinTheRecheckTime() {
        User manager = Fixtures.aUser(org(), Role.MANAGER);
        UUID session = aSession(manager);
        assertEquals(java.util.Set.of(Role.MANAGER), two.open(session).orElseThrow().roles());

        org.clockwise.core.testing.Db.transactions().executeWrite(status -> {
            CoreContext.bean(org.clockwise.core.people.PeopleStore.class).setRoles(manager.id(), java.util.Set.of(Role.REP));
            return null;
        });

        clock.move(SessionCheck.RECHECK);
        assertEquals(java.util.Set.of(Role.REP), two.open(session).orElseThrow().roles());
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutAndUseKeepsItOpen() {
        UUID session = aSession(Fixtures.aUser(org(), Role.REP));
        for (int hour = 0; hour < 10; hour++) {
            clock.move(Duration.ofHours(1));
            assertTrue(one.open(session).isPresent(), "used every hour, it stays open past 8 hours");
        }
        clock.move(Duration.ofHours(8).minus(SessionCheck.TOUCH_EVERY).minusSeconds(1));
        assertTrue(two.open(session).isPresent(), "just under 8 hours idle");
        clock.move(Duration.ofHours(8).plusSeconds(1));
        assertFalse(one.open(session).isPresent(), "idle for 8 hours");
        assertFalse(two.open(session).isPresent());
    }

    private UUID aSession(User user) {
        UUID id = UUID.randomUUID();
        store.createSession(id, user.id(), clock.instant(), clock.instant().plus(Duration.ofDays(30)));
        return id;
    }

    private static Organisation org() {
        return Fixtures.anOrganisation();
    }
}
