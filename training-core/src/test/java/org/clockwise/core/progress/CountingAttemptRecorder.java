package org.clockwise.core.progress;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.summary.SummaryUpkeep;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real {@link AttemptRecorder} in the tests' context, counting the attempts recorded as of a given instant, the
 * call the demo history's replay makes (issue 13, first start: DemoHistoryIT checks the first start's history
 * records its attempts in memory and writes them in bulk, not one by one through the recorder).
 */
@Singleton
@Replaces(AttemptRecorder.class)
public class CountingAttemptRecorder extends AttemptRecorder {

    private static final AtomicLong RECORDED = new AtomicLong();

    CountingAttemptRecorder(CourseQueries courses, ProgressStore store, AnswerSteps steps, SummaryUpkeep summaries, Clock clock) {
        super(courses, store, steps, summaries, clock);
    }

    /** How many times {@link #record(Submission, Instant, boolean)} has run in this JVM. */
    public static long recorded() {
        return RECORDED.get();
    }

    @Override
    @Transactional
    public Recorded record(Submission s, Instant now, boolean refreshSkills) {
        RECORDED.incrementAndGet();
        return super.record(s, now, refreshSkills);
    }
}
