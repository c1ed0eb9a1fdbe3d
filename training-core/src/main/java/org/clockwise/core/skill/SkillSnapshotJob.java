package org.clockwise.core.skill;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.people.UserRepository;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;

/**
 * Nightly: refreshes every rep's current-week skill snapshot, so proficiency fades on team views
 * for reps who stopped answering (snapshots otherwise change only when the rep answers).
 */
@Singleton
class SkillSnapshotJob {

    private final SkillSnapshots snapshots;
    private final UserRepository users;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SkillSnapshotJob(SkillSnapshots snapshots, UserRepository users, TransactionOperations<Connection> transactions, Clock clock) {
        this.snapshots = snapshots;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 37 3 * * *")
    void refreshAll() {
        Instant now = clock.instant();
        for (Long id : users.findActiveRepIds()) {
            transactions.executeWrite(status -> {
                snapshots.refresh(id, now);
                return null;
            });
        }
    }
}
