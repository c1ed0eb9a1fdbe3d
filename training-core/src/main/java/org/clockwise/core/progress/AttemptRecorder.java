package org.clockwise.core.progress;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.content.Question;
import org.clockwise.content.Quiz;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.skill.SkillSnapshots;
import org.clockwise.core.team.ActivityRollup;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.RatingPolicy;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
    private final ReviewScheduler scheduler;
    private final RatingPolicy ratings;
    private final Clock clock;
    private final ActivityRollup rollup;
    private final SkillSnapshots snapshots;

    AttemptRecorder(CourseQueries courses, ProgressStore store, ReviewScheduler scheduler, RatingPolicy ratings, Clock clock,
                    ActivityRollup rollup, SkillSnapshots snapshots) {
        this.snapshots = snapshots;
        this.rollup = rollup;
        this.courses = courses;
        this.store = store;
        this.scheduler = scheduler;
        this.ratings = ratings;
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
     * @param refreshSkills whether to rewrite the rep's skill snapshot now; a bulk replay passes
     *                      false and refreshes once per simulated week instead
     */
    @Transactional
    public Recorded record(Submission s, Instant now, boolean refreshSkills) {
        if (s.servedAt().isAfter(now.plusSeconds(60))) {
            throw new IllegalArgumentException("the quiz was served in the future");
        }
        Quiz quiz = courses.quiz(s.courseId(), s.version());
        if (quiz.isEmpty()) {
            throw new IllegalArgumentException("module " + s.courseId() + " version " + s.version() + " has no quiz");
        }
        QuizGrading.Result result = QuizGrading.grade(quiz, s.answers());
        Duration taken = Duration.between(s.servedAt(), now);
        boolean inserted = store.insertAttempt(s.attemptId(), s.userId(), s.courseId(), s.version(), s.servedAt(), now,
                result.correct(), result.total(), taken.toMillis());
        if (!inserted) {
            long owner = store.attemptOwner(s.attemptId()).orElseThrow();
            if (owner != s.userId()) {
                throw new AttemptNotYoursException();
            }
            return new Recorded(s.attemptId(), false);
        }
        // Per-question time is not measured; the quiz's time shared evenly is close enough for "slow".
        Duration perQuestion = taken.dividedBy(Math.max(1, quiz.size()));
        for (QuizGrading.QuestionResult r : result.questions()) {
            Question q = r.question();
            Confidence confidence = s.confidence().get(q.index());
            Rating rating = ratings.rate(r.correct(), perQuestion, confidence);
            store.insertAnswer(s.attemptId(), q.index(), r.answer(), r.correct(), confidence, rating);
            Optional<ReviewState> state = store.reviewState(s.userId(), s.courseId(), s.version(), q.index());
            ReviewState next = state.map(st -> scheduler.next(st, rating, now)).orElseGet(() -> scheduler.first(rating, now));
            store.saveReviewState(s.userId(), s.courseId(), s.version(), q.index(), next);
        }
        store.supersedeOlderVersions(s.userId(), s.courseId(), s.version());
        store.insertCompletion(s.userId(), s.courseId(), s.version(), s.attemptId(), now);
        rollup.lesson(s.userId(), now, taken);
        if (refreshSkills) {
            snapshots.refresh(s.userId(), now);
        }
        return new Recorded(s.attemptId(), true);
    }
}
