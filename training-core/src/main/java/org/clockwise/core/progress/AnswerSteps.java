package org.clockwise.core.progress;

import jakarta.inject.Singleton;
import org.clockwise.core.review.Confidence;
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

    AnswerSteps(ReviewSchedulers schedulers, RatingPolicy ratings, ReviewStore reviews) {
        this.schedulers = schedulers;
        this.ratings = ratings;
        this.reviews = reviews;
    }

    Rating rate(boolean correct, Duration taken, Confidence confidence) {
        return ratings.rate(correct, taken, confidence);
    }

    /**
     * Schedules the question's review item from this rating: the first review, or the next one,
     * at the desired retention of the rep's team (or ancestor team, organisation, global setting).
     */
    void schedule(long userId, String courseId, int version, int questionIndex, Rating rating, Instant now) {
        ReviewScheduler scheduler = schedulers.forRep(userId);
        Optional<ReviewState> state = reviews.lockState(userId, courseId, version, questionIndex);
        ReviewState next = state.map(s -> scheduler.next(s, rating, now)).orElseGet(() -> scheduler.first(rating, now));
        reviews.save(userId, courseId, version, questionIndex, next);
    }

    /** Schedules an answered review item's next review from this rating. */
    void reschedule(ReviewItem item, Rating rating, Instant now) {
        reviews.update(item, schedulers.forRep(item.userId()).next(item.state(), rating, now));
    }
}
