package org.clockwise.core.demo;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewState;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The demo history's reviews in bulk (issue 13, first start): reads a rep's review items once and writes the
 * rows {@link RepReviews} collected, and every item in its final state, in one statement per table, in the rep's
 * history transaction. The rows are those ReviewStore.insertEvent, ReviewStore.saveAll, ReviewStore.update and
 * ActivityRollupStore's bump leave; DemoHistoryIT proves they equal the replay through those stores.
 */
@Singleton
@Connectable
class DemoReviewStore {

    private final JdbcOperations jdbc;

    DemoReviewStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every review item of the rep, superseded and retired ones too. */
    List<RepReviews.Held> items(long userId) {
        return jdbc.prepareStatement("""
                SELECT course_id, version, question_idx, stability, difficulty, last_review, due, reps, lapses, superseded, retired_at
                FROM review_items WHERE user_id = ?""", ps -> {
            ps.setLong(1, userId);
            List<RepReviews.Held> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp retired = rs.getTimestamp("retired_at");
                    items.add(new RepReviews.Held(rs.getString("course_id"), rs.getInt("version"), rs.getInt("question_idx"),
                            new ReviewState(rs.getDouble("stability"), rs.getDouble("difficulty"), rs.getTimestamp("last_review").toInstant(),
                                    rs.getTimestamp("due").toInstant(), rs.getInt("reps"), rs.getInt("lapses")),
                            rs.getBoolean("superseded"), retired == null ? null : retired.toInstant()));
                }
            }
            return items;
        });
    }

    /** The modules the rep has completed, each with the version completed. */
    Map<String, Integer> completions(long userId) {
        return jdbc.prepareStatement("SELECT course_id, version FROM completions WHERE user_id = ?", ps -> {
            ps.setLong(1, userId);
            Map<String, Integer> modules = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    modules.put(rs.getString(1), rs.getInt(2));
                }
            }
            return modules;
        });
    }

    /**
     * The days whose plan was completed, counted in the daily activity in one statement: what ActivityRollupStore's
     * planCompleted leaves, day by day, after PlanService.today stamped each plan (issue 13, first start: the demo
     * history's plans are made in memory and written with PlanService.savePlans).
     */
    void plansCompleted(long userId, List<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, plan_completed) SELECT ?, d, true FROM unnest(?::date[]) AS d
                ON CONFLICT (user_id, day) DO UPDATE SET plan_completed = true""", ps -> {
            ps.setLong(1, userId);
            ps.setArray(2, ps.getConnection().createArrayOf("date", days.stream().map(LocalDate::toString).toArray()));
            return ps.executeUpdate();
        });
    }

    /**
     * Every item of the rep in its final state, in one statement (issue 13, first start): what the quiz answers'
     * ReviewStore.saveAll and the reviews' ReviewStore.update leave one after the other, whose last write of an item
     * is its state once the history is done; its latest answer (V26) is the latest of all its quiz and review answers
     * in the order those statements keep it (later, then a review over a first sight, then wrong over right), or none.
     */
    void saveItems(long userId, List<RepReviews.Held> items, Function<RepReviews.Held, RepEvidence.Answered> latest) {
        if (items.isEmpty()) {
            return;
        }
        int n = items.size();
        String[] courses = new String[n];
        Integer[] versions = new Integer[n];
        Integer[] questions = new Integer[n];
        Double[] stabilities = new Double[n];
        Double[] difficulties = new Double[n];
        Long[] lastReviews = new Long[n];
        Long[] dues = new Long[n];
        Integer[] reps = new Integer[n];
        Integer[] lapses = new Integer[n];
        Long[] retired = new Long[n];
        Boolean[] superseded = new Boolean[n];
        Long[] latestAt = new Long[n];
        Boolean[] latestCorrect = new Boolean[n];
        Boolean[] latestFirstSight = new Boolean[n];
        for (int i = 0; i < n; i++) {
            RepReviews.Held h = items.get(i);
            ReviewState state = h.state;
            courses[i] = h.courseId;
            versions[i] = h.version;
            questions[i] = h.questionIndex;
            stabilities[i] = state.stability();
            difficulties[i] = state.difficulty();
            lastReviews[i] = micros(state.lastReview());
            dues[i] = micros(state.due());
            reps[i] = state.reps();
            lapses[i] = state.lapses();
            retired[i] = h.retiredAt == null ? null : micros(h.retiredAt);
            superseded[i] = h.superseded;
            RepEvidence.Answered a = latest.apply(h);
            latestAt[i] = a == null ? null : micros(a.at());
            latestCorrect[i] = a == null ? null : a.correct();
            latestFirstSight[i] = a == null ? null : a.firstSight();
        }
        jdbc.prepareStatement("""
                INSERT INTO review_items (user_id, course_id, version, question_idx, stability, difficulty, last_review, due, reps,
                    lapses, retired_at, superseded, latest_at, latest_correct, latest_first_sight)
                SELECT ?, u.course_id, u.version, u.q, u.stability, u.difficulty, timestamptz 'epoch' + u.last_us * interval '1 microsecond',
                    timestamptz 'epoch' + u.due_us * interval '1 microsecond', u.reps, u.lapses,
                    timestamptz 'epoch' + u.retired_us * interval '1 microsecond', u.superseded,
                    timestamptz 'epoch' + u.latest_us * interval '1 microsecond', u.latest_correct, u.latest_first_sight
                FROM unnest(?::text[], ?::int[], ?::int[], ?::float8[], ?::float8[], ?::int8[], ?::int8[], ?::int[], ?::int[], ?::int8[],
                        ?::bool[], ?::int8[], ?::bool[], ?::bool[])
                    AS u(course_id, version, q, stability, difficulty, last_us, due_us, reps, lapses, retired_us, superseded, latest_us,
                        latest_correct, latest_first_sight)
                ON CONFLICT (user_id, course_id, version, question_idx) DO UPDATE SET stability = EXCLUDED.stability,
                    difficulty = EXCLUDED.difficulty, last_review = EXCLUDED.last_review, due = EXCLUDED.due, reps = EXCLUDED.reps,
                    lapses = EXCLUDED.lapses, retired_at = EXCLUDED.retired_at, superseded = EXCLUDED.superseded,
                    latest_at = EXCLUDED.latest_at, latest_correct = EXCLUDED.latest_correct,
                    latest_first_sight = EXCLUDED.latest_first_sight""", ps -> {
            var c = ps.getConnection();
            ps.setLong(1, userId);
            ps.setArray(2, c.createArrayOf("text", courses));
            ps.setArray(3, c.createArrayOf("integer", versions));
            ps.setArray(4, c.createArrayOf("integer", questions));
            ps.setArray(5, c.createArrayOf("float8", stabilities));
            ps.setArray(6, c.createArrayOf("float8", difficulties));
            ps.setArray(7, c.createArrayOf("int8", lastReviews));
            ps.setArray(8, c.createArrayOf("int8", dues));
            ps.setArray(9, c.createArrayOf("integer", reps));
            ps.setArray(10, c.createArrayOf("integer", lapses));
            ps.setArray(11, c.createArrayOf("int8", retired));
            ps.setArray(12, c.createArrayOf("bool", superseded));
            ps.setArray(13, c.createArrayOf("int8", latestAt));
            ps.setArray(14, c.createArrayOf("bool", latestCorrect));
            ps.setArray(15, c.createArrayOf("bool", latestFirstSight));
            return ps.executeUpdate();
        });
    }

    /**
     * Writes the answered reviews in two statements however many: their events and the activity they add, one row per
     * local day, which is what one bump per review adds up to. Their items are written by {@link #saveItems}.
     */
    void write(RepReviews.Pending pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<RepReviews.Event> events = pending.events();
        long userId = events.get(0).userId();
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] courses = new String[n];
        Integer[] versions = new Integer[n];
        Integer[] questions = new Integer[n];
        Long[] at = new Long[n];
        Boolean[] correct = new Boolean[n];
        String[] keys = new String[n];
        String[] texts = new String[n];
        String[] ratings = new String[n];
        for (int i = 0; i < n; i++) {
            RepReviews.Event e = events.get(i);
            ids[i] = e.id();
            courses[i] = e.courseId();
            versions[i] = e.version();
            questions[i] = e.questionIndex();
            at[i] = micros(e.at());
            correct[i] = e.correct();
            for (String key : e.keys()) {
                if (key.isEmpty() || key.indexOf(KEY_SEPARATOR) >= 0) {
                    throw new IllegalArgumentException("an option key is empty or holds the separator: " + key);
                }
            }
            keys[i] = String.join(String.valueOf(KEY_SEPARATOR), e.keys());
            texts[i] = e.text() == null || e.text().isEmpty() ? null : e.text();
            ratings[i] = e.rating().name();
        }
        // Instants travel as microseconds since the epoch (as ReviewStore.saveAll sends them): exact, free of the JVM's zone.
        jdbc.prepareStatement("""
                INSERT INTO review_events (id, user_id, course_id, version, question_idx, reviewed_at, correct, chosen_keys,
                    text_answer, confidence, rating)
                SELECT u.id, ?, u.course_id, u.version, u.q, timestamptz 'epoch' + u.at_us * interval '1 microsecond', u.correct,
                    CASE WHEN u.keys = '' THEN '{}'::text[] ELSE string_to_array(u.keys, chr(31)) END, u.text, NULL, u.rating
                FROM unnest(?::uuid[], ?::text[], ?::int[], ?::int[], ?::int8[], ?::bool[], ?::text[], ?::text[], ?::text[])
                    AS u(id, course_id, version, q, at_us, correct, keys, text, rating)
                ON CONFLICT (id) DO NOTHING""", ps -> {
            var c = ps.getConnection();
            ps.setLong(1, userId);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.setArray(3, c.createArrayOf("text", courses));
            ps.setArray(4, c.createArrayOf("integer", versions));
            ps.setArray(5, c.createArrayOf("integer", questions));
            ps.setArray(6, c.createArrayOf("int8", at));
            ps.setArray(7, c.createArrayOf("bool", correct));
            ps.setArray(8, c.createArrayOf("text", keys));
            ps.setArray(9, c.createArrayOf("text", texts));
            ps.setArray(10, c.createArrayOf("text", ratings));
            return ps.executeUpdate();
        });
        Long[] reviewed = pending.reviewedAt().stream().map(DemoReviewStore::micros).toArray(Long[]::new);
        // The local day is taken in SQL from the rep's zone, as ActivityRollupStore's bump takes it.
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds)
                SELECT u.id, ((timestamptz 'epoch' + t.at_us * interval '1 microsecond') AT TIME ZONE u.time_zone)::date AS day,
                    0, count(*), ? * count(*)
                FROM unnest(?::int8[]) AS t(at_us) CROSS JOIN users u WHERE u.id = ? GROUP BY u.id, day
                ON CONFLICT (user_id, day) DO UPDATE SET lessons = daily_activity.lessons + EXCLUDED.lessons,
                    reviews = daily_activity.reviews + EXCLUDED.reviews, seconds = daily_activity.seconds + EXCLUDED.seconds""", ps -> {
            ps.setInt(1, ReviewItem.SECONDS);
            ps.setArray(2, ps.getConnection().createArrayOf("int8", reviewed));
            ps.setLong(3, userId);
            return ps.executeUpdate();
        });
    }

    /** Separates a review's option keys in one text (the unit separator, which no key holds). */
    private static final char KEY_SEPARATOR = (char) 31;

    /** To the nearest microsecond, as the driver rounds a {@link Timestamp} (ReviewStore.micros). */
    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
    }
}
