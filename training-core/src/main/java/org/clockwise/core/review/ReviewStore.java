package org.clockwise.core.review;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Review items and review events in plain SQL: the one writer of both tables. */
@Singleton
@Connectable
public class ReviewStore {

    private final JdbcOperations jdbc;
    private final ReviewScheduler scheduler;

    ReviewStore(JdbcOperations jdbc, ReviewScheduler scheduler) {
        this.jdbc = jdbc;
        this.scheduler = scheduler;
    }

    /**
     * Items due by {@code until}, lowest predicted recall at {@code until} first ({@link RecallOrder}).
     * Every due item is read, since recall is computed in Java (the scheduler's formula, not a
     * copy of it in SQL); a rep's backlog is hundreds of rows at most.
     */
    public List<ReviewItem> due(long userId, Instant until, int limit) {
        List<ReviewItem> items = jdbc.prepareStatement("""
                SELECT * FROM review_items WHERE user_id = ? AND NOT superseded AND retired_at IS NULL AND due <= ?""", ps -> {
            ps.setLong(1, userId);
            ps.setTimestamp(2, Timestamp.from(until));
            List<ReviewItem> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(item(rs));
                }
            }
            return rows;
        });
        return items.stream().sorted(RecallOrder.lowestRecallFirst(scheduler, until)).limit(Math.max(0, limit)).toList();
    }

    /**
     * How many live items fall due on each of the days {@code minDay..maxDay} after {@code from},
     * a day being the 24 hours centred on {@code from} plus that many days (so items scheduled in
     * the same quiz, a few milliseconds apart, count on the same day whatever the rep's time zone).
     *
     * @return counts indexed by {@code day - minDay}
     */
    public long[] dueCountsByDay(long userId, Instant from, int minDay, int maxDay) {
        long[] counts = new long[Math.max(0, maxDay - minDay + 1)];
        if (counts.length == 0) {
            return counts;
        }
        Instant start = from.plus(Duration.ofDays(minDay)).minus(Duration.ofHours(12));
        Instant end = from.plus(Duration.ofDays(maxDay)).plus(Duration.ofHours(12));
        jdbc.prepareStatement("""
                SELECT floor(extract(epoch FROM (due - ?)) / 86400)::int AS day, count(*) FROM review_items
                WHERE user_id = ? AND NOT superseded AND retired_at IS NULL AND due >= ? AND due < ? GROUP BY 1""", ps -> {
            ps.setTimestamp(1, Timestamp.from(start));
            ps.setLong(2, userId);
            ps.setTimestamp(3, Timestamp.from(start));
            ps.setTimestamp(4, Timestamp.from(end));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int index = rs.getInt(1);
                    if (index >= 0 && index < counts.length) {
                        counts[index] = rs.getLong(2);
                    }
                }
            }
            return counts;
        });
        return counts;
    }

    public long countDue(long userId, Instant until) {
        return jdbc.prepareStatement("SELECT count(*) FROM review_items WHERE user_id = ? AND NOT superseded AND retired_at IS NULL AND due <= ?", ps -> {
            ps.setLong(1, userId);
            ps.setTimestamp(2, Timestamp.from(until));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<ReviewItem> item(long userId, String courseId, int version, int questionIndex, boolean forUpdate) {
        return jdbc.prepareStatement("SELECT * FROM review_items WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ?"
                + (forUpdate ? " FOR UPDATE" : ""), ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            ps.setInt(4, questionIndex);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(item(rs)) : Optional.<ReviewItem>empty();
            }
        });
    }

    /** The live (not superseded) item for a question of a module, whatever version the rep last took. */
    public Optional<ReviewItem> current(long userId, String courseId, int questionIndex) {
        return jdbc.prepareStatement("SELECT * FROM review_items WHERE user_id = ? AND course_id = ? AND question_idx = ? "
                + "AND NOT superseded ORDER BY version DESC LIMIT 1", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, questionIndex);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(item(rs)) : Optional.<ReviewItem>empty();
            }
        });
    }

    /** @return false when an event with this id exists already */
    public boolean insertEvent(UUID id, ReviewItem item, Instant at, boolean correct, String[] keys, String text, Confidence confidence, Rating rating) {
        // The item's latest answer rides along (V26; issue 13, "Speed"): this review when it is the latest (later, then a
        // review over a first sight, then wrong over right), compared with the row's newest version under concurrent writes.
        return jdbc.prepareStatement("""
                WITH ins AS (
                    INSERT INTO review_events (id, user_id, course_id, version, question_idx, reviewed_at, correct, chosen_keys,
                        text_answer, confidence, rating)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                    RETURNING user_id, course_id, version, question_idx, reviewed_at, correct
                ), latest AS (
                    UPDATE review_items ri SET latest_at = ins.reviewed_at, latest_correct = ins.correct, latest_first_sight = false
                    FROM ins WHERE ri.user_id = ins.user_id AND ri.course_id = ins.course_id AND ri.version = ins.version
                      AND ri.question_idx = ins.question_idx
                      AND (ri.latest_at IS NULL OR (ins.reviewed_at, true, NOT ins.correct) > (ri.latest_at, NOT ri.latest_first_sight, NOT ri.latest_correct))
                    RETURNING 1
                )
                SELECT count(*) FROM ins""", ps -> {
            ps.setObject(1, id);
            ps.setLong(2, item.userId());
            ps.setString(3, item.courseId());
            ps.setInt(4, item.version());
            ps.setInt(5, item.questionIndex());
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setBoolean(7, correct);
            ps.setArray(8, ps.getConnection().createArrayOf("text", keys));
            ps.setString(9, text == null || text.isEmpty() ? null : text);
            ps.setString(10, confidence == null ? null : confidence.name());
            ps.setString(11, rating.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        });
    }

    public Optional<ReviewEvent> event(UUID id) {
        return jdbc.prepareStatement("SELECT * FROM review_events WHERE id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<ReviewEvent>empty();
                }
                return Optional.of(new ReviewEvent(id, rs.getLong("user_id"), rs.getString("course_id"), rs.getInt("version"),
                        rs.getInt("question_idx"), rs.getTimestamp("reviewed_at").toInstant(), rs.getBoolean("correct"),
                        List.of((String[]) rs.getArray("chosen_keys").getArray()), rs.getString("text_answer")));
            }
        });
    }

    /** The schedule of an answered review item; {@code retired}: the answer mastered it ({@link MasteryPolicy}). */
    public void update(ReviewItem item, ReviewState next, boolean retired) {
        jdbc.prepareStatement("""
                UPDATE review_items SET stability = ?, difficulty = ?, last_review = ?, due = ?, reps = ?, lapses = ?,
                    retired_at = CASE WHEN ? THEN CAST(? AS timestamptz) END
                WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ?""", ps -> {
            ps.setDouble(1, next.stability());
            ps.setDouble(2, next.difficulty());
            ps.setTimestamp(3, Timestamp.from(next.lastReview()));
            ps.setTimestamp(4, Timestamp.from(next.due()));
            ps.setInt(5, next.reps());
            ps.setInt(6, next.lapses());
            ps.setBoolean(7, retired);
            ps.setTimestamp(8, Timestamp.from(next.lastReview()));
            ps.setLong(9, item.userId());
            ps.setString(10, item.courseId());
            ps.setInt(11, item.version());
            ps.setInt(12, item.questionIndex());
            return ps.executeUpdate();
        });
    }

    /** The question's review state, locked until the transaction ends; empty before its first answer. */
    public Optional<ReviewState> lockState(long userId, String courseId, int version, int questionIndex) {
        return item(userId, courseId, version, questionIndex, true).map(ReviewItem::state);
    }

    /**
     * Saves the state of a question just answered in a quiz: a new item, or a live one again
     * (retired only if this answer masters it, {@code retired}).
     */
    public void save(long userId, String courseId, int version, int questionIndex, ReviewState s, boolean retired) {
        saveAll(userId, courseId, version, List.of(new Scheduled(questionIndex, s, retired)));
    }

    /**
     * A question's review state before a quiz answer; {@code live}: not superseded and not retired,
     * so its due date counts in the rep's load ({@link #dueCountsByDay}).
     */
    public record Held(ReviewState state, boolean live) {
    }

    /**
     * The states of these questions of one module version, each locked until the transaction ends,
     * in one statement (issue 13, "Speed"); a question not answered before is absent. Rows are
     * locked in question order, the order {@link #saveAll} writes them.
     */
    public Map<Integer, Held> lockStates(long userId, String courseId, int version, int[] questionIndexes) {
        return jdbc.prepareStatement("""
                SELECT *, NOT superseded AND retired_at IS NULL AS live FROM review_items
                WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ANY (?) ORDER BY question_idx FOR UPDATE""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            ps.setArray(4, ps.getConnection().createArrayOf("integer", Arrays.stream(questionIndexes).boxed().toArray()));
            Map<Integer, Held> held = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReviewItem item = item(rs);
                    held.put(item.questionIndex(), new Held(item.state(), rs.getBoolean("live")));
                }
            }
            return held;
        });
    }

    /**
     * One question's new schedule for {@link #saveAll}; {@code retired}: the answer mastered it; {@code answeredAt}
     * and {@code correct}: the quiz answer that scheduled it, kept as the item's latest answer when it is (V26),
     * or null when the caller has none (the item's latest answer is left as it is).
     */
    public record Scheduled(int questionIndex, ReviewState state, boolean retired, Instant answeredAt, boolean correct) {

        public Scheduled(int questionIndex, ReviewState state, boolean retired) {
            this(questionIndex, state, retired, null, false);
        }
    }

    /**
     * {@link #save} for every question of a quiz in one statement (issue 13, "Speed"): new items, or
     * live ones again (retired only if the answer masters it), with the module's older versions
     * superseded in the same statement ({@link #supersedeOlderVersions}, whose outcome it equals).
     */
    public void saveAll(long userId, String courseId, int version, List<Scheduled> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Scheduled> sorted = rows.stream().sorted(Comparator.comparingInt(Scheduled::questionIndex)).toList();
        int n = sorted.size();
        Integer[] questions = new Integer[n];
        Double[] stabilities = new Double[n];
        Double[] difficulties = new Double[n];
        Long[] lastReviews = new Long[n];
        Long[] dues = new Long[n];
        Integer[] reps = new Integer[n];
        Integer[] lapses = new Integer[n];
        Boolean[] retired = new Boolean[n];
        Long[] answered = new Long[n];
        Boolean[] correct = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Scheduled r = sorted.get(i);
            answered[i] = r.answeredAt() == null ? null : micros(r.answeredAt());
            correct[i] = r.answeredAt() == null ? null : r.correct();
            questions[i] = r.questionIndex();
            stabilities[i] = r.state().stability();
            difficulties[i] = r.state().difficulty();
            lastReviews[i] = micros(r.state().lastReview());
            dues[i] = micros(r.state().due());
            reps[i] = r.state().reps();
            lapses[i] = r.state().lapses();
            retired[i] = r.retired();
        }
        // Instants travel as microseconds since the epoch: exact, and free of the JVM's time zone.
        // Superseding the older versions rides along (issue 13, "Speed"). Both parts read the snapshot
        // from before the statement and never touch the same row: the saved rows are superseded when a
        // newer version has items already, every other row of the module when older than the newest
        // version, this one included, exactly as the separate UPDATE after the save did.
        jdbc.prepareStatement("""
                WITH newest AS (
                    SELECT GREATEST(?, (SELECT max(version) FROM review_items WHERE user_id = ? AND course_id = ?)) AS version
                ), saved AS (
                    INSERT INTO review_items (user_id, course_id, version, question_idx, stability, difficulty, last_review, due, reps,
                        lapses, retired_at, superseded, latest_at, latest_correct, latest_first_sight)
                    SELECT ?, ?, ?, s.q, s.stability, s.difficulty, s.last_review, s.due, s.reps, s.lapses,
                        CASE WHEN s.retired THEN s.last_review END, ? < (SELECT version FROM newest),
                        s.answered_at, s.correct, CASE WHEN s.answered_at IS NOT NULL THEN true END
                    FROM (SELECT q, stability, difficulty, timestamptz 'epoch' + last_us * interval '1 microsecond' AS last_review,
                            timestamptz 'epoch' + due_us * interval '1 microsecond' AS due, reps, lapses, retired,
                            timestamptz 'epoch' + answered_us * interval '1 microsecond' AS answered_at, correct
                          FROM unnest(?::int[], ?::float8[], ?::float8[], ?::int8[], ?::int8[], ?::int[], ?::int[], ?::bool[], ?::int8[], ?::bool[])
                            AS u(q, stability, difficulty, last_us, due_us, reps, lapses, retired, answered_us, correct)) s
                    ON CONFLICT (user_id, course_id, version, question_idx) DO UPDATE SET stability = EXCLUDED.stability,
                        difficulty = EXCLUDED.difficulty, last_review = EXCLUDED.last_review, due = EXCLUDED.due,
                        reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, superseded = EXCLUDED.superseded,
                        retired_at = EXCLUDED.retired_at,
                        (latest_at, latest_correct, latest_first_sight) = (SELECT * FROM (VALUES
                            (review_items.latest_at, review_items.latest_correct, review_items.latest_first_sight),
                            (EXCLUDED.latest_at, EXCLUDED.latest_correct, EXCLUDED.latest_first_sight)) l(at, correct, first_sight)
                          ORDER BY l.at DESC NULLS LAST, l.first_sight, l.correct LIMIT 1)
                    RETURNING 1
                ), superseded AS (
                    UPDATE review_items SET superseded = true
                    WHERE user_id = ? AND course_id = ? AND NOT superseded AND version < (SELECT version FROM newest)
                      AND NOT (version = ? AND question_idx = ANY (?::int[]))
                    RETURNING 1
                )
                SELECT (SELECT count(*) FROM saved), (SELECT count(*) FROM superseded)""", ps -> {
            int i = 1;
            ps.setInt(i++, version);
            ps.setLong(i++, userId);
            ps.setString(i++, courseId);
            ps.setLong(i++, userId);
            ps.setString(i++, courseId);
            ps.setInt(i++, version);
            ps.setInt(i++, version);
            var c = ps.getConnection();
            var questionArray = c.createArrayOf("integer", questions);
            ps.setArray(i++, questionArray);
            ps.setArray(i++, c.createArrayOf("float8", stabilities));
            ps.setArray(i++, c.createArrayOf("float8", difficulties));
            ps.setArray(i++, c.createArrayOf("int8", lastReviews));
            ps.setArray(i++, c.createArrayOf("int8", dues));
            ps.setArray(i++, c.createArrayOf("integer", reps));
            ps.setArray(i++, c.createArrayOf("integer", lapses));
            ps.setArray(i++, c.createArrayOf("bool", retired));
            ps.setArray(i++, c.createArrayOf("int8", answered));
            ps.setArray(i++, c.createArrayOf("bool", correct));
            ps.setLong(i++, userId);
            ps.setString(i++, courseId);
            ps.setInt(i++, version);
            ps.setArray(i, questionArray);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** To the nearest microsecond, as the driver rounds a {@link Timestamp}. */
    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
    }

    /**
     * Taking a newer version of a module replaces the review items of the older ones. Only the
     * newest version the rep has items for stays live, whichever was taken last: a quiz page of an
     * older version left open and sent after the newer one was taken must not bring the older
     * items back beside the newer ones (the same question would then be due, and listed, twice).
     * {@link #saveAll} does this in its own statement; this separate UPDATE is the reference it must
     * equal (ReviewStoreSupersedeIT).
     */
    public void supersedeOlderVersions(long userId, String courseId, int version) {
        jdbc.prepareStatement("""
                UPDATE review_items SET superseded = true WHERE user_id = ? AND course_id = ? AND NOT superseded
                  AND version < GREATEST(?, (SELECT max(version) FROM review_items WHERE user_id = ? AND course_id = ?))""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            ps.setLong(4, userId);
            ps.setString(5, courseId);
            return ps.executeUpdate();
        });
    }

    static ReviewItem item(ResultSet rs) throws SQLException {
        return new ReviewItem(rs.getLong("user_id"), rs.getString("course_id"), rs.getInt("version"), rs.getInt("question_idx"),
                new ReviewState(rs.getDouble("stability"), rs.getDouble("difficulty"), rs.getTimestamp("last_review").toInstant(),
                        rs.getTimestamp("due").toInstant(), rs.getInt("reps"), rs.getInt("lapses")));
    }
}
