package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewScheduler;

import java.time.Instant;

/**
 * An answer read by {@link EvidenceQueries} as evidence as of an instant: the question's predicted
 * recall and stability then. No SQL, so no connection: it lives apart from the {@code @Connectable}
 * queries, whose every public call goes through Micronaut's connection interceptor (issue 13, the
 * writes' throughput: that was one trip through it per answer, on every quiz and review answer's
 * skill refresh, every My skills view and the demo history's replay).
 */
@Singleton
public class AnswerRecall {

    private final ReviewScheduler scheduler;

    AnswerRecall(ReviewScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The evidence an answer gives as of {@code now}: the question's predicted recall then. */
    public Evidence asOf(EvidenceQueries.Answer a, Instant now) {
        double recall = Double.NaN;
        double stability = Double.NaN;
        if (a.memory() != null) {
            recall = scheduler.retrievability(a.memory(), now);
            stability = a.memory().stability();
        }
        return new Evidence(a.skillId(), a.question(), a.answeredAt(), a.correct(), a.firstSight(), recall, stability);
    }
}
