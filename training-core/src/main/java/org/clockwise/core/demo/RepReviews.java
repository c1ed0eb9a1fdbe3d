package org.clockwise.core.demo;

import org.clockwise.content.Question;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.FuzzPolicy;
import org.clockwise.core.review.MasteryPolicy;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.RatingPolicy;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewState;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One demo rep's review items held in memory while the history is written (issue 13, first start): a review is
 * answered here with the rules {@code ReviewRecorder.record} applies (grading, {@link RatingPolicy}, FSRS with
 * fuzz and load balancing, {@link MasteryPolicy}), reading the rep's due load from these items instead of the
 * database, and its rows (the event, the item's new schedule, the activity bump) wait in {@link #pending} until
 * the history writes them in one batch each. DemoHistoryIT proves the rows equal the replay through the services.
 */
final class RepReviews {

    /** A review item as review_items holds it. */
    static final class Held {
        final String courseId;
        final int version;
        final int questionIndex;
        ReviewState state;
        boolean superseded;
        Instant retiredAt;

        Held(String courseId, int version, int questionIndex, ReviewState state, boolean superseded, Instant retiredAt) {
            this.courseId = courseId;
            this.version = version;
            this.questionIndex = questionIndex;
            this.state = state;
            this.superseded = superseded;
            this.retiredAt = retiredAt;
        }

        boolean live() {
            return !superseded && retiredAt == null;
        }
    }

    /** A review_events row. */
    record Event(UUID id, long userId, String courseId, int version, int questionIndex, Instant at, boolean correct, String[] keys,
                 String text, Rating rating) {
    }

    /** A review_items update: the item's new schedule, retired as of its last review when {@code retired}. */
    record Update(long userId, String courseId, int version, int questionIndex, ReviewState state, boolean retired) {
    }

    /** The rows answered reviews left to write, in the order the services would have written them. */
    record Pending(List<Event> events, List<Update> updates, List<Instant> reviewedAt) {
        boolean isEmpty() {
            return events.isEmpty();
        }
    }

    private final long userId;
    private final ReviewScheduler scheduler;
    private final RatingPolicy ratings;
    private final MasteryPolicy mastery;
    private final Map<String, Held> items = new HashMap<>();
    private final Set<UUID> eventIds = new HashSet<>();
    private Pending pending = empty();

    RepReviews(long userId, ReviewScheduler scheduler, RatingPolicy ratings, MasteryPolicy mastery) {
        this.userId = userId;
        this.scheduler = scheduler;
        this.ratings = ratings;
        this.mastery = mastery;
    }

    private static Pending empty() {
        return new Pending(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** Replaces the items held with the rep's items as stored (after a service changed them). */
    void reload(Collection<Held> stored) {
        items.clear();
        stored.forEach(h -> items.put(key(h.courseId, h.version, h.questionIndex), h));
    }

    /** Every item held, superseded and retired ones too, as review_items holds them once the pending rows are written. */
    Collection<Held> held() {
        return items.values();
    }

    /** The rows to write, now taken: the next answers start a new batch. */
    Pending take() {
        Pending taken = pending;
        pending = empty();
        return taken;
    }

    /** As {@code ReviewStore.current}: the live (not superseded) item of the question, whatever version the rep last took. */
    Optional<ReviewItem> current(String courseId, int questionIndex) {
        return items.values().stream()
                .filter(h -> !h.superseded && h.courseId.equals(courseId) && h.questionIndex == questionIndex)
                .max(Comparator.comparingInt(h -> h.version))
                .map(h -> new ReviewItem(userId, h.courseId, h.version, h.questionIndex, h.state));
    }

    /** As {@code ReviewRecorder.record} with no confidence and no skill refresh; false when the event id was used before. */
    boolean record(UUID eventId, ReviewItem item, Question question, Instant servedAt, QuizGrading.Answer answer, Instant now) {
        Held held = items.get(key(item.courseId(), item.version(), item.questionIndex()));
        if (held == null) {
            throw new IllegalArgumentException("no review item " + item.courseId() + " v" + item.version() + " q" + item.questionIndex());
        }
        boolean correct = QuizGrading.grade(question, answer).correct();
        Rating rating = ratings.rate(correct, Duration.between(servedAt, now), null);
        if (!eventIds.add(eventId)) {
            return false;
        }
        pending.events().add(new Event(eventId, userId, held.courseId, held.version, held.questionIndex, now, correct,
                answer.keys().stream().sorted().toArray(String[]::new), answer.text(), rating));
        ReviewState before = held.state;
        ReviewState next = scheduler.next(before, rating, now);
        ReviewState placed = FuzzPolicy.place(scheduler, next, before.lastReview(),
                FuzzPolicy.seed(userId, held.courseId, held.questionIndex, next.reps()), this::dueCountsByDay);
        boolean retired = mastery.retires(next, rating);
        held.state = placed;
        held.retiredAt = retired ? placed.lastReview() : null;
        pending.updates().add(new Update(userId, held.courseId, held.version, held.questionIndex, placed, retired));
        pending.reviewedAt().add(now);
        return true;
    }

    /**
     * Whether a review of the question counts as done since {@code since}, as {@code PlanStore.doneKeys} says: an item
     * of the module's question (any version) last answered then or later.
     */
    boolean answeredSince(String courseId, int questionIndex, Instant since) {
        return items.values().stream().anyMatch(h -> h.courseId.equals(courseId) && h.questionIndex == questionIndex
                && !h.state.lastReview().isBefore(since));
    }

    /** As {@code ReviewStore.dueCountsByDay}, over the items held. */
    long[] dueCountsByDay(Instant from, int minDay, int maxDay) {
        long[] counts = new long[Math.max(0, maxDay - minDay + 1)];
        if (counts.length == 0) {
            return counts;
        }
        for (Held h : items.values()) {
            int day = h.live() ? FuzzPolicy.DueLoad.dayOf(h.state.due(), from, minDay, maxDay) : -1;
            if (day >= 0) {
                counts[day]++;
            }
        }
        return counts;
    }

    private static String key(String courseId, int version, int questionIndex) {
        return courseId + "@" + version + "#" + questionIndex;
    }
}
