package org.clockwise.core.signin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a password against the throttle, opens and ends server-side sessions. A session must
 * exist and be open for its cookie to count, so signing out really ends it.
 */
@Singleton
public class SignInService {

    private final UserStore users;
    private final SignInStore store;
    private final PasswordHasher hasher;
    private final LoginThrottlePolicy throttle = LoginThrottlePolicy.DEFAULT;
    private final LoginThrottlePolicy addressThrottle;
    private final GuessSlots slots;
    private final int busyAt;
    private final Clock clock;
    private final Duration sessionLength;
    private final SessionCheck sessions;

    SignInService(UserStore users, SignInStore store, GuessSlots slots, PasswordHasher hasher, Clock clock,
                  SessionSettings session, SecuritySettings security, SessionCheck sessions) {
        this.sessions = sessions;
        this.slots = slots;
        this.addressThrottle = new LoginThrottlePolicy(security.addressFreeFailures(), throttle.firstLock(), throttle.maxLock());
        this.busyAt = security.hashingThreads() + security.hashingQueue();
        this.users = users;
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.sessionLength = Duration.ofSeconds(session.expiration());
    }

    /** A sign-in from an unknown client address (tests and callers without a request). */
    public SignInResult signIn(String email, String password) {
        return signIn(email, password, "unknown");
    }

    /**
     * Signs in from a client address. A slot for the guess is claimed per address and per account
     * (counted as a failure) before the password is checked, on the checking pool and outside any
     * transaction; a right password gives the slots back.
     */
    public SignInResult signIn(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        String key = LoginThrottlePolicy.key(email);
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        if (hasher.pending() >= busyAt) {
            return new SignInResult.Busy(); // turned away before anything is counted
        }
        GuessSlots.Slot slot = slots.claim(key, address, throttle, addressThrottle, now);
        if (!slot.granted()) {
            return new SignInResult.Locked(slot.lockedUntil());
        }
        // A person still invited (no password yet) cannot sign in, and the answer must not say so.
        Optional<User> user = key.isEmpty() ? Optional.empty()
                : users.findByEmailIgnoringCase(key).filter(User::active).filter(u -> u.passwordHash() != null);
        boolean matches;
        try {
            matches = hasher.check(password, user.map(User::passwordHash).orElse(null));
        } catch (PasswordHasher.BusyException e) {
            // Rare: most are turned away above, before claiming. The claimed slot stays counted.
            return new SignInResult.Busy();
        }
        if (!matches || user.isEmpty()) {
            return slot.lockedUntil() == null ? new SignInResult.Refused() : new SignInResult.Locked(slot.lockedUntil());
        }
        slots.release(key, address, slot.throughLock(), addressThrottle);
        User u = user.get();
        UUID sessionId = UUID.randomUUID();
        Instant expires = now.plus(sessionLength);
        store.createSession(sessionId, u.id(), now, expires);
        return new SignInResult.SignedIn(u.id(), u.email(), u.displayName(), roles(u.id()), sessionId, expires);
    }

    /**
     * Opens a session for an active person who has just proved who they are another way (by
     * setting their password through an invitation or reset link), and clears their failed attempts.
     */
    @Transactional
    public SignInResult.SignedIn openSession(long userId) {
        User u = users.findById(userId).filter(User::active).orElseThrow(() -> new IllegalStateException("no active person " + userId));
        Instant now = clock.instant();
        store.clearFailures(LoginThrottlePolicy.key(u.email()));
        UUID sessionId = UUID.randomUUID();
        Instant expires = now.plus(sessionLength);
        store.createSession(sessionId, u.id(), now, expires);
        return new SignInResult.SignedIn(u.id(), u.email(), u.displayName(), roles(u.id()), sessionId, expires);
    }

    public Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        users.findRoleNames(userId).forEach(r -> roles.add(Role.parse(r)));
        return roles;
    }

    /** Whether the session is open (see {@link SessionCheck}: not ended, not idle, its person active). */
    public boolean isSessionActive(UUID sessionId) {
        return sessions.open(sessionId).isPresent();
    }

    @Transactional
    public void endSession(UUID sessionId) {
        sessions.forget(sessionId);
        store.endSession(sessionId, clock.instant());
    }
}
