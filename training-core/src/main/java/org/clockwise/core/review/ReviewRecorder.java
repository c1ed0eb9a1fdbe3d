package org.clockwise.core.review;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.content.Question;
import org.clockwise.content.QuestionType;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.skill.SkillSnapshots;
import org.clockwise.core.team.ActivityRollup;
import org.clockwise.core.course.QuizGrading;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Records one answered review exactly once and reschedules the item with FSRS. */
@Singleton
public class ReviewRecorder {

    private final ReviewStore store;
    private final CourseQueries courses;
    private final ReviewScheduler scheduler;
    private final RatingPolicy ratings;
    private final Clock clock;
    private final ActivityRollup rollup;
    private final SkillSnapshots snapshots;

    ReviewRecorder(ReviewStore store, CourseQueries courses, ReviewScheduler scheduler, RatingPolicy ratings, Clock clock,
                   ActivityRollup rollup, SkillSnapshots snapshots) {
        this.snapshots = snapshots;
        this.rollup = rollup;
        this.store = store;
        this.courses = courses;
        this.scheduler = scheduler;
        this.ratings = ratings;
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

    @Transactional
    public boolean record(UUID eventId, long userId, String courseId, int version, int questionIndex, Instant servedAt,
                          QuizGrading.Answer answer, Confidence confidence, Instant now, boolean refreshSkills) {
        ReviewItem item = store.item(userId, courseId, version, questionIndex, true)
                .orElseThrow(() -> new IllegalArgumentException("no review item " + courseId + " v" + version + " q" + questionIndex));
        Question question = courses.quiz(courseId, version).questions().stream()
                .filter(q -> q.index() == questionIndex).findFirst().orElseThrow();
        boolean correct = question.type() == QuestionType.SHORT_ANSWER
                ? question.matchesShortAnswer(answer.text()) : question.isCorrect(answer.keys());
        Rating rating = ratings.rate(correct, Duration.between(servedAt, now), confidence);
        boolean inserted = store.insertEvent(eventId, item, now, correct, answer.keys().stream().sorted().toArray(String[]::new),
                answer.text(), confidence, rating);
        if (inserted) {
            store.update(item, scheduler.next(item.state(), rating, now));
            rollup.review(userId, now);
            if (refreshSkills) {
                snapshots.refresh(userId, now);
            }
        }
        return inserted;
    }
}
