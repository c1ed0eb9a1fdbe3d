package org.clockwise.core.progress;

import jakarta.inject.Singleton;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.FuzzPolicy;
import org.clockwise.core.review.MasteryPolicy;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.RatingPolicy;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewSchedulers;
import org.clockwise.core.review.ReviewState;
import org.clockwise.core.review.ReviewStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens to every graded answer, in a quiz or a review: it becomes an FSRS rating and the
 * question's review item is scheduled from it. The recorders differ only in what they store
 * around these steps.
 */
@Singleton
class AnswerSteps {

    private final ReviewSchedulers schedulers;
    private final RatingPolicy ratings;
    private final ReviewStore reviews;
    private final MasteryPolicy mastery;

    AnswerSteps(ReviewSchedulers schedulers, RatingPolicy ratings, ReviewStore reviews, MasteryPolicy mastery) {
        this.schedulers = schedulers;
        this.ratings = ratings;
        this.reviews = reviews;
        this.mastery = mastery;
    }

    Rating rate(boolean correct, Duration taken, Confidence confidence) {
        return ratings.rate(correct, taken, confidence);
    }

    /**
     * Schedules the question's review item from this rating: the first review, or the next one,
     * at the desired retention of the rep's team (or ancestor team, organisation, global setting).
     * An answer that masters the question retires it ({@link MasteryPolicy}).
     */
    void schedule(long userId, String courseId, int version, int questionIndex, Rating rating, Instant now) {
        schedule(schedulers.forRep(userId), userId, courseId, version, questionIndex, rating, now);
    }

    /** The rep's scheduler, for {@link #schedule(ReviewScheduler, long, String, int, int, Rating, Instant)}. */
    ReviewScheduler scheduler(long userId) {
        return schedulers.forRep(userId);
    }

    /** As {@link #schedule(long, String, int, int, Rating, Instant)} with the rep's scheduler looked up once for a whole quiz. */
    void schedule(ReviewScheduler scheduler, long userId, String courseId, int version, int questionIndex, Rating rating, Instant now) {
        Optional<ReviewState> state = reviews.lockState(userId, courseId, version, questionIndex);
        ReviewState next = state.map(s -> scheduler.next(s, rating, now)).orElseGet(() -> scheduler.first(rating, now));
        Instant previous = state.map(ReviewState::lastReview).orElse(null);
        reviews.save(userId, courseId, version, questionIndex, spread(scheduler, userId, courseId, questionIndex, next, previous),
                mastery.retires(next, rating));
    }

    /** Schedules an answered review item's next review from this rating, or retires it when mastered. */
    void reschedule(ReviewItem item, Rating rating, Instant now) {
        ReviewScheduler scheduler = schedulers.forRep(item.userId());
        ReviewState next = scheduler.next(item.state(), rating, now);
        reviews.update(item, spread(scheduler, item.userId(), item.courseId(), item.questionIndex(), next, item.state().lastReview()),
                mastery.retires(next, rating));
    }

    /**
     * Fuzz and load balancing ({@link FuzzPolicy#place}): within the fuzz range of the interval, the
     * day with the fewest reviews already due for the rep, so the questions of one quiz do not
     * all come back together; seeded by the question and its review count, so a replay agrees.
     */
    private ReviewState spread(ReviewScheduler scheduler, long userId, String courseId, int questionIndex, ReviewState next,
                               Instant previous) {
        return FuzzPolicy.place(scheduler, next, previous, FuzzPolicy.seed(userId, courseId, questionIndex, next.reps()),
                (from, min, max) -> reviews.dueCountsByDay(userId, from, min, max));
    }
}
