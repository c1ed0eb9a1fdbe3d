package org.clockwise.core.nudge;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.clockwise.core.jobs.JobRunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Every minute ({@code clockwise.nudge.every}): the nudges and digests that fell due (see
 * {@link NudgeSender}); one round per minute across all instances ({@link JobRunStore}).
 */
@Singleton
class NudgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(NudgeJob.class);

    private final NudgeSender sender;
    private final NudgeSettings settings;
    private final JobRunStore runs;
    private final Clock clock;
    private final long periodSeconds;

    NudgeJob(NudgeSender sender, NudgeSettings settings, JobRunStore runs, Clock clock,
             @Value("${clockwise.nudge.every:1m}") Duration every) {
        this.sender = sender;
        this.settings = settings;
        this.runs = runs;
        this.clock = clock;
        this.periodSeconds = Math.max(1, every.toSeconds());
    }

    @Scheduled(fixedDelay = "${clockwise.nudge.every:1m}", initialDelay = "${clockwise.nudge.first-after:20s}")
    void run() {
        if (!settings.enabled()) {
            return;
        }
        Instant now = clock.instant();
        // The period is the minute (or configured span) the round starts in, the same on every instance.
        Instant period = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), periodSeconds) * periodSeconds);
        try {
            runs.runOnce("nudges", period.toString(), () -> {
                int nudges = sender.sendNudges(now);
                int digests = sender.sendDigests(now);
                if (nudges + digests > 0) {
                    LOG.info("Enqueued {} nudge(s) and {} digest(s)", nudges, digests);
                }
            });
        } catch (RuntimeException e) {
            // A database hiccup: the next minute tries again; the scheduler must keep running.
            LOG.warn("Nudge round failed: {}", e.toString());
        }
    }
}
