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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /** The rep's scheduler, looked up once for a whole quiz ({@link #scheduleQuiz}). */
    ReviewScheduler scheduler(long userId) {
        return schedulers.forRep(userId);
    }

    /**
     * Schedules one question's review item from this rating: the first review, or the next one, at
     * the rep's desired retention; an answer that masters the question retires it ({@link MasteryPolicy}).
     * One question at a time, in two statements: the reference {@link #scheduleQuiz} must equal
     * (ReviewSpreadIT).
     */
    void schedule(ReviewScheduler scheduler, long userId, String courseId, int version, int questionIndex, Rating rating, Instant now) {
        Optional<ReviewState> state = reviews.lockState(userId, courseId, version, questionIndex);
        ReviewState next = state.map(s -> scheduler.next(s, rating, now)).orElseGet(() -> scheduler.first(rating, now));
        Instant previous = state.map(ReviewState::lastReview).orElse(null);
        reviews.save(userId, courseId, version, questionIndex, spread(scheduler, userId, courseId, questionIndex, next, previous),
                mastery.retires(next, rating));
    }

    /** One graded question of a quiz, for {@link #scheduleQuiz}. */
    record QuizAnswer(int questionIndex, Rating rating, boolean correct) {
    }

    /**
     * {@link #schedule} for every question of a quiz, in three statements however many questions
     * (issue 13, "Speed"): their states read and locked in one, the rep's due load read once for the
     * days any of them may move to, the new schedules written in one. Each question is placed as if
     * the ones before it were already saved, as one statement per question did: the load it sees
     * has their old due dates taken out and their new ones put in.
     */
    void scheduleQuiz(ReviewScheduler scheduler, long userId, String courseId, int version, List<QuizAnswer> answers, Instant now) {
        Map<Integer, ReviewStore.Held> held = reviews.lockStates(userId, courseId, version,
                answers.stream().mapToInt(QuizAnswer::questionIndex).toArray());
        int n = answers.size();
        ReviewState[] next = new ReviewState[n];
        Instant[] previous = new Instant[n];
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            QuizAnswer a = answers.get(i);
            ReviewStore.Held h = held.get(a.questionIndex());
            next[i] = h == null ? scheduler.first(a.rating(), now) : scheduler.next(h.state(), a.rating(), now);
            previous[i] = h == null ? null : h.state().lastReview();
            FuzzPolicy.Range range = scheduler.fuzzRange(next[i], previous[i]);
            if (range.size() > 1 && next[i].lastReview().equals(now)) {
                minDay = Math.min(minDay, range.min());
                maxDay = Math.max(maxDay, range.max());
            }
        }
        long[] read = minDay <= maxDay ? reviews.dueCountsByDay(userId, now, minDay, maxDay) : new long[0];
        int readFrom = minDay;
        int readTo = maxDay;
        List<Move> moved = new ArrayList<>(); // what the questions placed so far took out of and put into the load
        List<ReviewStore.Scheduled> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            QuizAnswer a = answers.get(i);
            FuzzPolicy.DueLoad load = (from, min, max) -> {
                long[] counts = from.equals(now) && min >= readFrom && max <= readTo
                        ? Arrays.copyOfRange(read, min - readFrom, max - readFrom + 1)
                        : reviews.dueCountsByDay(userId, from, min, max);
                for (Move m : moved) {
                    int day = FuzzPolicy.DueLoad.dayOf(m.due(), from, min, max);
                    if (day >= 0) {
                        counts[day] += m.delta();
                    }
                }
                return counts;
            };
            ReviewState placed = FuzzPolicy.place(scheduler, next[i], previous[i],
                    FuzzPolicy.seed(userId, courseId, a.questionIndex(), next[i].reps()), load);
            boolean retired = mastery.retires(next[i], a.rating());
            ReviewStore.Held h = held.get(a.questionIndex());
            if (h != null && h.live()) {
                moved.add(new Move(h.state().due(), -1));
            }
            if (!retired) {
                moved.add(new Move(placed.due(), 1));
            }
            rows.add(new ReviewStore.Scheduled(a.questionIndex(), placed, retired, now, a.correct()));
        }
        reviews.saveAll(userId, courseId, version, rows);
    }

    private record Move(Instant due, int delta) {
    }

    /**
     * Schedules an answered review item's next review from this rating, or retires it when mastered,
     * with the rep's {@link #scheduler} (looked up once for the answer and its skill refresh).
     */
    void reschedule(ReviewScheduler scheduler, ReviewItem item, Rating rating, Instant now) {
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
