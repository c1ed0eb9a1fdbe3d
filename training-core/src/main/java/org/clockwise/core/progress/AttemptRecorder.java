package org.clockwise.core.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.content.Question;
import org.clockwise.content.Quiz;
import org.clockwise.core.StoredInstant;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Rep;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.summary.SummaryUpkeep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records a quiz attempt exactly once: the attempt row, every answer with its rating, the
 * completion (first attempt only) and the review schedule of each question, in one
 * transaction. A repeat of the same attempt id changes nothing and returns the first result.
 */
@Singleton
public class AttemptRecorder {

    /** The outcome: the attempt id and whether this call recorded it or found it already there. */
    public record Recorded(UUID attemptId, boolean isNew) {
    }

    private final CourseQueries courses;
    private final ProgressStore store;
    private final AnswerSteps steps;
    private final SummaryUpkeep summaries;
    private final Clock clock;

    AttemptRecorder(CourseQueries courses, ProgressStore store, AnswerSteps steps, SummaryUpkeep summaries,
                    Clock clock) {
        this.courses = courses;
        this.store = store;
        this.steps = steps;
        this.summaries = summaries;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(Submission s) {
        return record(s, clock.instant());
    }

    /** Records as of {@code now}: the demo history replays weeks of attempts through the same rules. */
    @Transactional
    public Recorded record(Submission s, Instant now) {
        return record(s, now, true);
    }

    /**
     * Records now for a rep the caller has read in this transaction ({@code PlanService.answering}):
     * the skill refresh reuses it, and the retention the answers were scheduled at (issue 13, "Speed").
     */
    @Transactional
    public Recorded record(Submission s, Rep rep) {
        if (rep.id() != s.userId()) {
            throw new IllegalArgumentException("the submission is user " + s.userId() + "'s, the rep given is " + rep.id());
        }
        return record(s, clock.instant(), true, rep);
    }

    /** @param refreshSkills see {@link SummaryUpkeep#lessonTaken} */
    @Transactional
    public Recorded record(Submission s, Instant now, boolean refreshSkills) {
        return record(s, now, refreshSkills, null);
    }

    private Recorded record(Submission s, Instant now, boolean refreshSkills, @Nullable Rep rep) {
        now = StoredInstant.of(now); // as stored, so the answer counts in the skills refreshed as of now
        if (s.servedAt().isAfter(now.plusSeconds(60))) {
            throw new IllegalArgumentException("the quiz was served in the future");
        }
        Quiz quiz = courses.quiz(s.courseId(), s.version());
        if (quiz.isEmpty()) {
            throw new IllegalArgumentException("module " + s.courseId() + " version " + s.version() + " has no quiz");
        }
        QuizGrading.Result result = QuizGrading.grade(quiz, s.answers());
        Duration taken = Duration.between(s.servedAt(), now);
        // Per-question time is not measured; the quiz's time shared evenly is close enough for "slow".
        Duration perQuestion = taken.dividedBy(Math.max(1, quiz.size()));
        List<AnswerSteps.QuizAnswer> graded = new ArrayList<>();
        List<ProgressStore.AnswerRow> rows = new ArrayList<>();
        for (QuizGrading.QuestionResult r : result.questions()) {
            Question q = r.question();
            Confidence confidence = s.confidence().get(q.index());
            Rating rating = steps.rate(r.correct(), perQuestion, confidence);
            rows.add(new ProgressStore.AnswerRow(q.index(), r.answer(), r.correct(), confidence, rating));
            graded.add(new AnswerSteps.QuizAnswer(q.index(), rating, r.correct()));
        }
        // The attempt, its answers and the completion (first attempt only) in one statement (issue 13, "Speed").
        boolean inserted = store.insertAttempt(new ProgressStore.NewAttempt(s.attemptId(), s.userId(), s.courseId(), s.version(),
                s.servedAt(), now, result.correct(), result.total(), taken.toMillis(), rows));
        if (!inserted) {
            long owner = store.attemptOwner(s.attemptId()).orElseThrow();
            if (owner != s.userId()) {
                throw new AttemptNotYoursException();
            }
            return new Recorded(s.attemptId(), false);
        }
        // One retention lookup for the quiz and its skill refresh, not one per question (issue 13, "Speed").
        ReviewScheduler scheduler = steps.scheduler(s.userId());
        // Every question's review schedule read and written in one statement each, the write superseding
        // the module's older versions too (issue 13, "Speed").
        steps.scheduleQuiz(scheduler, s.userId(), s.courseId(), s.version(), graded, now);
        if (rep != null && refreshSkills) {
            summaries.lessonTaken(rep, scheduler.parameters().desiredRetention(), now, taken);
        } else {
            summaries.lessonTaken(s.userId(), now, taken, refreshSkills);
        }
        return new Recorded(s.attemptId(), true);
    }
}
