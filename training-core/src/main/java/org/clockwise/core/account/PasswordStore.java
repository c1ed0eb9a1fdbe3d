package org.clockwise.core.account;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The one writer of password_tokens and of users.password_hash (set through a link). Callers hold
 * the transaction.
 */
@Singleton
@Connectable
class PasswordStore {

    /** A stored link; {@code usedAt} is also set when a newer link replaced it. */
    record Token(long id, long userId, Purpose purpose, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcOperations jdbc;

    PasswordStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, Purpose purpose, byte[] hash, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO password_tokens (user_id, purpose, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
                RETURNING id""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, purpose.name());
            ps.setBytes(3, hash);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now.plus(purpose.lifetime())));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Ends every unused link of the person for this purpose ({@code null}: every purpose). */
    void invalidate(long userId, Purpose purpose, Instant now) {
        jdbc.prepareStatement("""
                UPDATE password_tokens SET used_at = ? WHERE user_id = ? AND used_at IS NULL AND (CAST(? AS text) IS NULL OR purpose = ?)""", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, userId);
            ps.setString(3, purpose == null ? null : purpose.name());
            ps.setString(4, purpose == null ? null : purpose.name());
            return ps.executeUpdate();
        });
    }

    /** The link with this hash, locked for the rest of the transaction when {@code lock}. */
    Optional<Token> find(byte[] hash, boolean lock) {
        return jdbc.prepareStatement("SELECT id, user_id, purpose, expires_at, used_at FROM password_tokens WHERE token_hash = ?"
                + (lock ? " FOR UPDATE" : ""), ps -> {
            ps.setBytes(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Token>empty();
                }
                Timestamp used = rs.getTimestamp(5);
                return Optional.of(new Token(rs.getLong(1), rs.getLong(2), Purpose.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), used == null ? null : used.toInstant()));
            }
        });
    }

    /** Whether a link of this purpose was made for the person since {@code since} (rate limit). */
    boolean createdSince(long userId, Purpose purpose, Instant since) {
        return jdbc.prepareStatement("SELECT 1 FROM password_tokens WHERE user_id = ? AND purpose = ? AND created_at > ?", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, purpose.name());
            ps.setTimestamp(3, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    void setPasswordHash(long userId, String hash) {
        jdbc.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?", ps -> {
            ps.setString(1, hash);
            ps.setLong(2, userId);
            return ps.executeUpdate();
        });
    }

    /** Locks the person's row, so two reset requests at once make one link. */
    void lockUser(long userId) {
        jdbc.prepareStatement("SELECT 1 FROM users WHERE id = ? FOR UPDATE", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }
}
