package org.clockwise.core.mail;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mail_outbox table: enqueued in the caller's transaction; delivery claims due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two senders never take the same row, and a claim is a lease:
 * it moves the row's next attempt past the time a delivery can take, so a sender that dies mid-way
 * leaves the row to be tried again later.
 */
@Singleton
@Connectable
class OutboxStore implements MailOutbox {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    OutboxStore(JdbcOperations jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public boolean enqueue(Mail mail) {
        Instant now = clock.instant();
        String headers;
        try {
            headers = json.writeValueAsString(mail.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 1 == jdbc.prepareStatement("""
                INSERT INTO mail_outbox (org_id, recipient, subject, body_text, body_html, headers, dedupe_key, created_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING""", ps -> {
            if (mail.orgId() == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, mail.orgId());
            }
            ps.setString(2, mail.to());
            ps.setString(3, mail.subject());
            ps.setString(4, mail.text());
            ps.setString(5, mail.html());
            ps.setString(6, headers);
            ps.setString(7, mail.dedupeKey());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    /** A claimed email; {@code attempts} counts this attempt. */
    record Claimed(long id, Long orgId, String to, String subject, String text, String html, Map<String, String> headers,
                   int attempts, Instant createdAt) {
    }

    /**
     * Claims up to {@code limit} due rows for this sender until {@code now + lease}, counting an
     * attempt for each. Rows another sender holds locked right now are skipped, not waited for.
     */
    List<Claimed> claimDue(int limit, Instant now, Duration lease) {
        return jdbc.prepareStatement("""
                UPDATE mail_outbox o SET attempts = o.attempts + 1, next_attempt_at = ?
                WHERE o.id IN (SELECT id FROM mail_outbox
                               WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
                               ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING o.id, o.org_id, o.recipient, o.subject, o.body_text, o.body_html, o.headers::text, o.attempts, o.created_at""",
                ps -> {
                    ps.setTimestamp(1, Timestamp.from(now.plus(lease)));
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setInt(3, limit);
                    List<Claimed> claimed = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            claimed.add(claimed(rs));
                        }
                    }
                    claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
                    return claimed;
                });
    }

    private Claimed claimed(ResultSet rs) throws SQLException {
        Map<String, String> headers;
        try {
            headers = json.readValue(rs.getString(7), Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long orgId = rs.getLong(2);
        return new Claimed(rs.getLong(1), rs.wasNull() ? null : orgId, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), headers, rs.getInt(8), rs.getTimestamp(9).toInstant());
    }

    void markSent(long id, Instant now) {
        jdbc.prepareStatement("UPDATE mail_outbox SET sent_at = ?, last_error = NULL WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
    }

    void retryAt(long id, Instant next, String error) {
        jdbc.prepareStatement("UPDATE mail_outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(next));
            ps.setString(2, error);
            ps.setLong(3, id);
            return ps.executeUpdate();
        });
    }

    void giveUp(long id, Instant now, String error) {
        jdbc.prepareStatement("UPDATE mail_outbox SET failed_at = ?, last_error = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, error);
            ps.setLong(3, id);
            return ps.executeUpdate();
        });
    }
}
