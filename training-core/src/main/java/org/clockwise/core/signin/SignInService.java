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
    private final Clock clock;
    private final Duration sessionLength;
    private final SessionCheck sessions;

    SignInService(UserStore users, SignInStore store, PasswordHasher hasher, Clock clock, SessionSettings session,
                  SessionCheck sessions) {
        this.sessions = sessions;
        this.users = users;
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.sessionLength = Duration.ofSeconds(session.expiration());
    }

    @Transactional
    public SignInResult signIn(String email, String password) {
        Instant now = clock.instant();
        String key = LoginThrottlePolicy.key(email);
        Optional<Instant> locked = store.lockedUntil(key).filter(now::isBefore);
        if (locked.isPresent()) {
            return new SignInResult.Locked(locked.get());
        }
        // A person still invited (no password yet) cannot sign in, and the answer must not say so.
        Optional<User> user = key.isEmpty() ? Optional.empty()
                : users.findByEmailIgnoringCase(key).filter(User::active).filter(u -> u.passwordHash() != null);
        boolean matches;
        if (user.isPresent()) {
            matches = hasher.matches(password, user.get().passwordHash());
        } else {
            hasher.matchDecoy(password);
            matches = false;
        }
        if (!matches) {
            int failures = store.recordFailure(key, now);
            Optional<Instant> lock = throttle.lockAfter(failures, now);
            lock.ifPresent(until -> store.lock(key, until));
            return lock.<SignInResult>map(SignInResult.Locked::new).orElseGet(SignInResult.Refused::new);
        }
        store.clearFailures(key);
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
