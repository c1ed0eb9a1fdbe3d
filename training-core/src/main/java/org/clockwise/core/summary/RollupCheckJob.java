package org.clockwise.core.summary;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.jobs.JobRunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Nightly: compares the last five weeks of the activity rollup with the detail tables and repairs any drift.
 * Once a day across all instances ({@link JobRunStore}).
 */
@Singleton
class RollupCheckJob {

    private static final Logger LOG = LoggerFactory.getLogger(RollupCheckJob.class);

    private final ActivityRollupStore rollup;
    private final JobRunStore runs;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RollupCheckJob(ActivityRollupStore rollup, JobRunStore runs, TransactionOperations<Connection> transactions, Clock clock) {
        this.rollup = rollup;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${clockwise.jobs.rollup-check-cron:0 17 3 * * *}")
    void run() {
        LocalDate today = LocalDate.now(clock);
        runs.runOnce("rollup-check", today.toString(), () -> transactions.executeWrite(status -> {
            checkAndRepair(today);
            return null;
        }));
    }

    private void checkAndRepair(LocalDate today) {
        LocalDate since = today.minusDays(35);
        List<ActivityRollupStore.Drift> drift = rollup.check(since);
        if (!drift.isEmpty()) {
            LOG.warn("Activity rollup drifted on {} rep-day(s) since {} (first: {}); rebuilt from the detail tables",
                    drift.size(), since, drift.get(0));
            rollup.repair(since);
        }
    }
}
