package org.clockwise.core.summary;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.jobs.JobRunStore;
import org.clockwise.core.people.UserStore;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Nightly: refreshes every rep's current-week skill snapshot, so proficiency fades on team views
 * for reps who stopped answering (snapshots otherwise change only when the rep answers).
 * Once a day across all instances ({@link JobRunStore}).
 */
@Singleton
class SkillSnapshotJob {

    private final SummaryUpkeep summaries;
    private final UserStore users;
    private final TransactionOperations<Connection> transactions;
    private final JobRunStore runs;
    private final Clock clock;

    SkillSnapshotJob(SummaryUpkeep summaries, UserStore users, TransactionOperations<Connection> transactions,
                     JobRunStore runs, Clock clock) {
        this.summaries = summaries;
        this.users = users;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${clockwise.jobs.snapshot-refresh-cron:0 37 3 * * *}")
    void run() {
        runs.runOnce("snapshot-refresh", LocalDate.now(clock).toString(), this::refreshAll);
    }

    private void refreshAll() {
        Instant now = clock.instant();
        for (Long id : users.findActiveRepIds()) {
            transactions.executeWrite(status -> {
                summaries.refreshSkills(id, now);
                return null;
            });
        }
    }
}
