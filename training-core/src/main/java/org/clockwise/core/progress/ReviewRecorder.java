package org.clockwise.core.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.content.Question;
import org.clockwise.core.StoredInstant;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Rep;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewStore;
import org.clockwise.core.summary.SummaryUpkeep;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Records one answered review exactly once and reschedules the item with FSRS. */
@Singleton
public class ReviewRecorder {

    private final ReviewStore store;
    private final CourseQueries courses;
    private final AnswerSteps steps;
    private final SummaryUpkeep summaries;
    private final Clock clock;

    ReviewRecorder(ReviewStore store, CourseQueries courses, AnswerSteps steps, SummaryUpkeep summaries,
                   Clock clock) {
        this.store = store;
        this.courses = courses;
        this.steps = steps;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** @return true when this call recorded the review, false when the same event id was recorded before */
    @Transactional
    public boolean record(UUID eventId, long userId, String courseId, int version, int questionIndex, Instant servedAt,
                          QuizGrading.Answer answer, Confidence confidence) {
        return record(eventId, userId, courseId, version, questionIndex, servedAt, answer, confidence, clock.instant());
    }

    /** Records as of {@code now} (used by the demo history), optionally leaving the skill snapshot for later. */
    @Transactional
    public boolean record(UUID eventId, long userId, String courseId, int version, int questionIndex, Instant servedAt,
                          QuizGrading.Answer answer, Confidence confidence, Instant now) {
        return record(eventId, userId, courseId, version, questionIndex, servedAt, answer, confidence, now, true);
    }

    /**
     * What a serving of the item saw: its review count and last answer time, to the microsecond
     * PostgreSQL keeps. Any answer changes it, so a ticket carrying it is good for one answer only.
     */
    public static String servingOf(ReviewItem item) {
        Instant last = item.state().lastReview();
        return item.state().reps() + ":" + (last.getEpochSecond() * 1_000_000L + last.getNano() / 1_000);
    }

    /**
     * Records the answer to one serving of the item, whose {@link #servingOf} was {@code serving}.
     *
     * @return false, recording nothing, when the item was answered since it was served
     */
    @Transactional
    public boolean recordServing(UUID eventId, long userId, String courseId, int version, int questionIndex, Instant servedAt,
                                 String serving, QuizGrading.Answer answer, Confidence confidence) {
        return recordServing(eventId, userId, courseId, version, questionIndex, servedAt, serving, answer, confidence, null);
    }

    /**
     * {@link #recordServing} for a rep the caller has read in this transaction ({@code PlanService.answering}):
     * the skill refresh reuses it, the item is read (and locked) once, and the rep's retention is
     * looked up once for the schedule and the refresh (issue 13, "Speed").
     */
    @Transactional
    public boolean recordServing(UUID eventId, long userId, String courseId, int version, int questionIndex, Instant servedAt,
                                 String serving, QuizGrading.Answer answer, Confidence confidence, @Nullable Rep rep) {
        if (rep != null && rep.id() != userId) {
            throw new IllegalArgumentException("the answer is user " + userId + "'s, the rep given is " + rep.id());
        }
        // The row lock makes two answers to the same serving queue here; the second sees the first's change.
        Optional<ReviewItem> item = store.item(userId, courseId, version, questionIndex, true);
        if (item.isEmpty() || !servingOf(item.get()).equals(serving)) {
            return false;
        }
        return record(eventId, item.get(), servedAt, answer, confidence, clock.instant(), true, rep);
    }

    @Transactional
    public boolean record(UUID eventId, long userId, String courseId, int version, int questionIndex, Instant servedAt,
                          QuizGrading.Answer answer, Confidence confidence, Instant now, boolean refreshSkills) {
        ReviewItem item = store.item(userId, courseId, version, questionIndex, true)
                .orElseThrow(() -> new IllegalArgumentException("no review item " + courseId + " v" + version + " q" + questionIndex));
        return record(eventId, item, servedAt, answer, confidence, now, refreshSkills, null);
    }

    /** @param item the item, read with its row lock in this transaction */
    private boolean record(UUID eventId, ReviewItem item, Instant servedAt, QuizGrading.Answer answer, Confidence confidence,
                           Instant now, boolean refreshSkills, @Nullable Rep rep) {
        now = StoredInstant.of(now); // as stored, so the answer counts in the skills refreshed as of now
        Question question = courses.quiz(item.courseId(), item.version()).questions().stream()
                .filter(q -> q.index() == item.questionIndex()).findFirst().orElseThrow();
        boolean correct = QuizGrading.grade(question, answer).correct();
        Rating rating = steps.rate(correct, Duration.between(servedAt, now), confidence);
        boolean inserted = store.insertEvent(eventId, item, now, correct, answer.keys().stream().sorted().toArray(String[]::new),
                answer.text(), confidence, rating);
        if (inserted) {
            ReviewScheduler scheduler = steps.scheduler(item.userId());
            steps.reschedule(scheduler, item, rating, now);
            if (rep != null && refreshSkills) {
                summaries.reviewAnswered(rep, scheduler.parameters().desiredRetention(), now);
            } else {
                summaries.reviewAnswered(item.userId(), now, refreshSkills);
            }
        }
        return inserted;
    }
}
