package org.clockwise.core.nudge;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/** Every minute: the nudges and digests that fell due (see {@link NudgeSender}). */
@Singleton
class NudgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(NudgeJob.class);

    private final NudgeSender sender;
    private final NudgeSettings settings;
    private final Clock clock;

    NudgeJob(NudgeSender sender, NudgeSettings settings, Clock clock) {
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "20s")
    void run() {
        if (!settings.enabled()) {
            return;
        }
        Instant now = clock.instant();
        try {
            int nudges = sender.sendNudges(now);
            int digests = sender.sendDigests(now);
            if (nudges + digests > 0) {
                LOG.info("Enqueued {} nudge(s) and {} digest(s)", nudges, digests);
            }
        } catch (RuntimeException e) {
            // A database hiccup: the next minute tries again; the scheduler must keep running.
            LOG.warn("Nudge round failed: {}", e.toString());
        }
    }
}
