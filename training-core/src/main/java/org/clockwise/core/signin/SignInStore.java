package org.clockwise.core.signin;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.people.Role;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sessions and failed-attempt counters, in plain SQL (upserts and RETURNING read best that way). */
@Singleton
@Connectable // joins the caller's transaction, or borrows a connection for one statement
class SignInStore {

    private final JdbcOperations jdbc;

    SignInStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lockedUntil(String key) {
        return jdbc.prepareStatement("SELECT locked_until FROM login_throttle WHERE email_key = ?", ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant) : Optional.<Instant>empty();
            }
        });
    }

    /** Counts one more failure atomically and returns the new count. */
    int recordFailure(String key, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO login_throttle (email_key, failures, last_failure) VALUES (?, 1, ?)
                ON CONFLICT (email_key) DO UPDATE SET failures = login_throttle.failures + 1, last_failure = EXCLUDED.last_failure
                RETURNING failures""", ps -> {
            ps.setString(1, key);
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    void lock(String key, Instant until) {
        jdbc.prepareStatement("UPDATE login_throttle SET locked_until = ? WHERE email_key = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(until));
            ps.setString(2, key);
            return ps.executeUpdate();
        });
    }

    void clearFailures(String key) {
        jdbc.prepareStatement("DELETE FROM login_throttle WHERE email_key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }

    void createSession(UUID id, long userId, Instant now, Instant expiresAt) {
        jdbc.prepareStatement("INSERT INTO sessions (id, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setObject(1, id);
            ps.setLong(2, userId);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(expiresAt));
            ps.setTimestamp(5, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    boolean isSessionActive(UUID id, Instant now) {
        return jdbc.prepareStatement("""
                SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.id = ? AND s.ended_at IS NULL AND s.expires_at > ? AND u.active""", ps -> {
            ps.setObject(1, id);
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** What an open session's cookie was last seen, with its person as they are now (issue 13, item 8). */
    record SessionRow(ActiveSession session, Instant lastSeen) {
    }

    /**
     * The session if it is open: not ended, not expired, used since {@code idleSince}, and its
     * person active; with the person's roles as they are now.
     */
    Optional<SessionRow> findOpenSession(UUID id, Instant now, Instant idleSince) {
        return jdbc.prepareStatement("""
                SELECT u.id, u.email, u.display_name, s.last_seen_at,
                       ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id)
                FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.id = ? AND s.ended_at IS NULL AND s.expires_at > ? AND s.last_seen_at > ? AND u.active""", ps -> {
            ps.setObject(1, id);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(idleSince));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<SessionRow>empty();
                }
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (Object role : (Object[]) rs.getArray(5).getArray()) {
                    roles.add(Role.parse(role.toString()));
                }
                return Optional.of(new SessionRow(new ActiveSession(rs.getLong(1), rs.getString(2), rs.getString(3), roles),
                        rs.getTimestamp(4).toInstant()));
            }
        });
    }

    /** Records that the session's cookie was used now (called at most once a minute per session). */
    void touchSession(UUID id, Instant now) {
        jdbc.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL AND last_seen_at < ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, id);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    void endSession(UUID id, Instant now) {
        jdbc.prepareStatement("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, id);
            return ps.executeUpdate();
        });
    }
}
