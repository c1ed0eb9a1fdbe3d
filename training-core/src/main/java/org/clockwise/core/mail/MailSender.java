package org.clockwise.core.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.clockwise.core.db.DataSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delivers the outbox: claims due rows (never one another sender holds), hands each to SMTP or to
 * an {@code .eml} file, marks it sent, or schedules a retry with backoff ({@link MailRetryPolicy}),
 * and gives up after the last attempt, keeping the error.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    static final int BATCH = 10;
    /** Longer than a batch can take (SMTP timeouts are 10 + 30 + 30 s per message). */
    static final Duration LEASE = Duration.ofMinutes(15);
    private static final int MAX_PER_RUN = 500;

    /** One email delivered: its outbox row, recipient and where it went (a file, or the SMTP server). */
    public record Delivered(long id, String to, String subject, String where) {
    }

    private final OutboxStore store;
    private final MailDelivery delivery;
    private final Clock clock;
    private final MailRetryPolicy retries;

    @Inject
    MailSender(OutboxStore store, MailDelivery delivery, Clock clock) {
        this(store, delivery, clock, MailRetryPolicy.DEFAULT);
    }

    MailSender(OutboxStore store, MailDelivery delivery, Clock clock, MailRetryPolicy retries) {
        this.store = store;
        this.delivery = delivery;
        this.clock = clock;
        this.retries = retries;
    }

    /** Delivers everything due now; returns what was delivered. */
    public synchronized List<Delivered> sendDue() {
        List<Delivered> delivered = new ArrayList<>();
        int handled = 0;
        while (handled < MAX_PER_RUN) {
            List<OutboxStore.Claimed> batch = store.claimDue(BATCH, clock.instant(), LEASE);
            if (batch.isEmpty()) {
                break;
            }
            for (OutboxStore.Claimed mail : batch) {
                deliver(mail).ifPresent(delivered::add);
            }
            handled += batch.size();
        }
        return delivered;
    }

    private Optional<Delivered> deliver(OutboxStore.Claimed mail) {
        String where;
        try {
            where = delivery.deliver(mail);
        } catch (Exception | LinkageError e) {
            String error = describe(e);
            Instant now = clock.instant();
            Optional<Instant> next = retries.nextAttempt(mail.attempts(), now);
            if (next.isPresent()) {
                store.retryAt(mail.id(), next.get(), error);
                LOG.warn("Mail {} to {} not sent (attempt {}), trying again at {}: {}", mail.id(), mail.to(), mail.attempts(), next.get(), error);
            } else {
                store.giveUp(mail.id(), now, error);
                LOG.error("Mail {} to {} given up after {} attempts: {}", mail.id(), mail.to(), mail.attempts(), error);
            }
            return Optional.empty();
        }
        store.markSent(mail.id(), clock.instant());
        LOG.info("Mail to {} \"{}\": {}", mail.to(), mail.subject(), where);
        return Optional.of(new Delivered(mail.id(), mail.to(), mail.subject(), where));
    }

    /** The failure's causes in one line (no stack trace; SMTP servers say what went wrong). */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (out.indexOf(message) < 0) {
                out.append(out.length() == 0 ? "" : ": ").append(message.replaceAll("\\s+", " "));
            }
        }
        return out.length() > 1000 ? out.substring(0, 1000) : out.toString();
    }

    /** SMTP when {@code SMTP_HOST} is set, else {@code .eml} files in {@code TRAINING_DATA_DIR/mail/outbox}. */
    @Factory
    static class Deliveries {
        @Singleton
        MailDelivery delivery(MailSettings settings, DataSettings data) {
            if (settings.smtp()) {
                LOG.info("Mail goes to the SMTP server {}:{}", settings.smtpHost().trim(), settings.smtpPort());
                return new SmtpDelivery(settings);
            }
            return new EmlFileDelivery(Path.of(data.dataDir()).resolve("mail").resolve("outbox"), settings.from());
        }
    }
}
