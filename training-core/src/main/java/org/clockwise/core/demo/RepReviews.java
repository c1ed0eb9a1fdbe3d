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

    /**
     * The rows answered reviews left to write, in the order the services would have written them; their items' new
     * schedules are not among them: the history writes every item once, in its final state ({@link #held}).
     */
    record Pending(List<Event> events, List<Instant> reviewedAt) {
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
        return new Pending(new ArrayList<>(), new ArrayList<>());
    }

    /** Replaces the items held with the rep's items as stored. */
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
        pending.reviewedAt().add(now);
        return true;
    }

    /** One graded question of a quiz, for {@link #quiz}. */
    record QuizAnswer(int questionIndex, Rating rating, boolean correct) {
    }

    /**
     * A quiz's answers scheduled as {@code AnswerSteps.scheduleQuiz} schedules them and {@code ReviewStore.saveAll} saves
     * them (issue 13, first start: the demo's attempts are recorded in memory): each question placed by FSRS with fuzz
     * and load balancing as if the ones before it were already saved (the load has their old due dates taken out and
     * their new ones put in), a mastering answer retiring its item; then the items saved, new or live again, and the
     * module's older versions superseded.
     */
    void quiz(String courseId, int version, List<QuizAnswer> answers, Instant now) {
        int n = answers.size();
        List<Move> moved = new ArrayList<>(); // what the questions placed so far took out of and put into the load
        ReviewState[] placed = new ReviewState[n];
        boolean[] retired = new boolean[n];
        for (int i = 0; i < n; i++) {
            QuizAnswer a = answers.get(i);
            Held h = items.get(key(courseId, version, a.questionIndex()));
            ReviewState next = h == null ? scheduler.first(a.rating(), now) : scheduler.next(h.state, a.rating(), now);
            Instant previous = h == null ? null : h.state.lastReview();
            FuzzPolicy.DueLoad load = (from, min, max) -> {
                long[] counts = dueCountsByDay(from, min, max); // the items held are those before the quiz until it is saved
                for (Move m : moved) {
                    int day = FuzzPolicy.DueLoad.dayOf(m.due(), from, min, max);
                    if (day >= 0) {
                        counts[day] += m.delta();
                    }
                }
                return counts;
            };
            placed[i] = FuzzPolicy.place(scheduler, next, previous, FuzzPolicy.seed(userId, courseId, a.questionIndex(), next.reps()), load);
            retired[i] = mastery.retires(next, a.rating());
            if (h != null && h.live()) {
                moved.add(new Move(h.state.due(), -1));
            }
            if (!retired[i]) {
                moved.add(new Move(placed[i].due(), 1));
            }
        }
        int newest = version;
        for (Held h : items.values()) {
            if (h.courseId.equals(courseId)) {
                newest = Math.max(newest, h.version);
            }
        }
        Set<String> saved = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int q = answers.get(i).questionIndex();
            String key = key(courseId, version, q);
            saved.add(key);
            Held h = items.computeIfAbsent(key, k -> new Held(courseId, version, q, null, false, null));
            h.state = placed[i];
            h.retiredAt = retired[i] ? placed[i].lastReview() : null;
            h.superseded = version < newest;
        }
        for (Held h : items.values()) {
            if (h.courseId.equals(courseId) && !h.superseded && h.version < newest
                    && !saved.contains(key(h.courseId, h.version, h.questionIndex))) {
                h.superseded = true;
            }
        }
    }

    private record Move(Instant due, int delta) {
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
