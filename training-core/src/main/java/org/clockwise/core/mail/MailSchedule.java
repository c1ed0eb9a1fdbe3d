package org.clockwise.core.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sender every few seconds ({@code clockwise.mail.send-every}, 5 s by default) on every
 * instance; claiming makes that safe. Off with {@code clockwise.mail.scheduled=false} (the jar's
 * commands send what they queued themselves).
 */
@Singleton
@Requires(property = "clockwise.mail.scheduled", notEquals = "false")
class MailSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(MailSchedule.class);
    private final MailSender sender;

    MailSchedule(MailSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelay = "${clockwise.mail.send-every:5s}", initialDelay = "${clockwise.mail.send-every:5s}")
    void run() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Mail delivery paused: {}", MailSender.describe(e)); // e.g. the database restarting; next run tries again
        }
    }
}
