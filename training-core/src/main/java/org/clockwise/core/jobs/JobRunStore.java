package org.clockwise.core.jobs;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The job_runs table: which instance ran which scheduled job for which period. {@link #claim}
 * inserts the (job, period) row in a transaction of its own, committed before the work starts, so
 * of any number of instances firing in the same period exactly one wins; the others skip.
 */
@Singleton
@Connectable
public class JobRunStore {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunStore.class);
    /** Rows older than this are deleted as new ones are claimed: the table stays small. */
    static final Duration KEEP = Duration.ofDays(35);

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final String instance;

    JobRunStore(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instanceName();
    }

    /**
     * Runs {@code work} if no instance has run {@code job} for {@code period} yet; returns whether
     * it ran here. If the work throws, the claim is withdrawn (a later firing in the same period
     * may try again) and the exception propagates.
     */
    public boolean runOnce(String job, String period, Runnable work) {
        if (!claim(job, period)) {
            LOG.debug("Scheduled job {} for period {}: already run by another instance", job, period);
            return false;
        }
        // DEBUG: a nudge round a minute would otherwise be 1,440 lines a day; job_runs keeps the record.
        LOG.debug("Scheduled job {} runs for period {} on {}", job, period, instance);
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            release(job, period);
            throw e;
        }
        finish(job, period);
        return true;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    boolean claim(String job, String period) {
        Instant now = clock.instant();
        jdbc.prepareStatement("DELETE FROM job_runs WHERE job = ? AND started_at < ?", ps -> {
            ps.setString(1, job);
            ps.setTimestamp(2, Timestamp.from(now.minus(KEEP)));
            return ps.executeUpdate();
        });
        return 1 == jdbc.prepareStatement("""
                INSERT INTO job_runs (job, period, instance, started_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (job, period) DO NOTHING""", ps -> {
            ps.setString(1, job);
            ps.setString(2, period);
            ps.setString(3, instance);
            ps.setTimestamp(4, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void finish(String job, String period) {
        jdbc.prepareStatement("UPDATE job_runs SET finished_at = ? WHERE job = ? AND period = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, job);
            ps.setString(3, period);
            return ps.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    void release(String job, String period) {
        try {
            jdbc.prepareStatement("DELETE FROM job_runs WHERE job = ? AND period = ? AND finished_at IS NULL", ps -> {
                ps.setString(1, job);
                ps.setString(2, period);
                return ps.executeUpdate();
            });
        } catch (RuntimeException e) {
            // The database is what failed the work too; the period is then skipped, never run twice.
            LOG.warn("Could not withdraw the claim on {} for {}: {}", job, period, e.toString());
        }
    }

    /** host:pid, so the log and the table say which instance ran what. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
