package org.clockwise.core.mail;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;

/** The mail_outbox table: enqueued in the caller's transaction (delivery claims rows later). */
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
}
