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

    void clearFailures(String key) {
        jdbc.prepareStatement("DELETE FROM login_throttle WHERE email_key = ?", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
    }

    /** The two counters a guess claims a slot in; the names are constants, never input. */
    enum Counted {
        ACCOUNT("login_throttle", "email_key"), ADDRESS("login_address_throttle", "address");

        final String table;
        final String column;

        Counted(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** Reads a counter and locks its row until the transaction ends, creating it when missing. */
    LoginThrottlePolicy.Counter lockCounter(Counted counted, String key) {
        jdbc.prepareStatement("INSERT INTO " + counted.table + " (" + counted.column + ", failures) VALUES (?, 0) ON CONFLICT DO NOTHING", ps -> {
            ps.setString(1, key);
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT failures, last_failure, locked_until FROM " + counted.table + " WHERE "
                + counted.column + " = ? FOR UPDATE", ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LoginThrottlePolicy.Counter(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)));
            }
        });
    }

    void saveCounter(Counted counted, String key, LoginThrottlePolicy.Counter counter) {
        jdbc.prepareStatement("UPDATE " + counted.table + " SET failures = ?, last_failure = ?, locked_until = ? WHERE " + counted.column + " = ?", ps -> {
            ps.setInt(1, counter.failures());
            ps.setTimestamp(2, counter.lastFailure() == null ? null : Timestamp.from(counter.lastFailure()));
            ps.setTimestamp(3, counter.lockedUntil() == null ? null : Timestamp.from(counter.lockedUntil()));
            ps.setString(4, key);
            return ps.executeUpdate();
        });
    }

    /**
     * Marks that {@code address} guesses at {@code key} now, unless it already failed there since
     * {@code since}: true when this call claimed the mark (one statement, so parallel calls get one).
     */
    boolean claimGuess(String key, String address, Instant now, Instant since) {
        return jdbc.prepareStatement("""
                INSERT INTO login_guesses (email_key, address, last_failure) VALUES (?, ?, ?)
                ON CONFLICT (email_key, address) DO UPDATE SET last_failure = EXCLUDED.last_failure
                WHERE login_guesses.last_failure < ?""", ps -> {
            ps.setString(1, key);
            ps.setString(2, address);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(since));
            return ps.executeUpdate() == 1;
        });
    }

    /** Marks a guess from {@code address} at {@code key}, whatever was there. */
    void markGuess(String key, String address, Instant now) {
        jdbc.prepareStatement("""
                INSERT INTO login_guesses (email_key, address, last_failure) VALUES (?, ?, ?)
                ON CONFLICT (email_key, address) DO UPDATE SET last_failure = EXCLUDED.last_failure""", ps -> {
            ps.setString(1, key);
            ps.setString(2, address);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    void forgetGuess(String key, String address) {
        jdbc.prepareStatement("DELETE FROM login_guesses WHERE email_key = ? AND address = ?", ps -> {
            ps.setString(1, key);
            ps.setString(2, address);
            return ps.executeUpdate();
        });
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
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
