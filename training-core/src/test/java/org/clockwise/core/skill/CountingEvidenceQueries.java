package org.clockwise.core.skill;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real {@link EvidenceQueries} in the tests' context, counting how often each rep's latest answers are read
 * (issue 13, first start: DemoHistoryIT checks the demo history reads its reps' skills from memory, not once per plan).
 */
@Singleton
@Connectable
@Replaces(EvidenceQueries.class)
public class CountingEvidenceQueries extends EvidenceQueries {

    private static final AtomicLong LATEST_READS = new AtomicLong();

    CountingEvidenceQueries(JdbcOperations jdbc, AnswerRecall recall) {
        super(jdbc, recall);
    }

    /** How many times {@link #latest} has run in this JVM. */
    public static long latestReads() {
        return LATEST_READS.get();
    }

    @Override
    public List<Evidence> latest(long userId, Instant now) {
        LATEST_READS.incrementAndGet();
        return super.latest(userId, now);
    }
}
