package org.clockwise.core.summary;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Nightly: compares the last five weeks of the activity rollup with the detail tables and repairs any drift. */
@Singleton
class RollupCheckJob {

    private static final Logger LOG = LoggerFactory.getLogger(RollupCheckJob.class);

    private final ActivityRollupStore rollup;
    private final Clock clock;

    RollupCheckJob(ActivityRollupStore rollup, Clock clock) {
        this.rollup = rollup;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 3 * * *")
    @Transactional
    void checkAndRepair() {
        LocalDate since = LocalDate.now(clock).minusDays(35);
        List<ActivityRollupStore.Drift> drift = rollup.check(since);
        if (!drift.isEmpty()) {
            LOG.warn("Activity rollup drifted on {} rep-day(s) since {} (first: {}); rebuilt from the detail tables",
                    drift.size(), since, drift.get(0));
            rollup.repair(since);
        }
    }
}
