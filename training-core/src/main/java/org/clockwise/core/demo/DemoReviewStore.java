package org.clockwise.core.demo;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewState;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo history's reviews in bulk (issue 13, first start): reads a rep's review items once and writes the
 * rows {@link RepReviews} collected in one JDBC batch per table, in the rep's history transaction. The
 * statements are those of ReviewStore.insertEvent, ReviewStore.update and ActivityRollupStore's bump, row for
 * row; DemoHistoryIT proves the rows they leave equal the replay through those stores.
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

    /** Writes the answered reviews: their events, their items' new schedules, the activity they add. */
    void write(RepReviews.Pending pending) {
        if (pending.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO review_events (id, user_id, course_id, version, question_idx, reviewed_at, correct, chosen_keys,
                    text_answer, confidence, rating)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT (id) DO NOTHING""", ps -> {
            for (RepReviews.Event e : pending.events()) {
                ps.setObject(1, e.id());
                ps.setLong(2, e.userId());
                ps.setString(3, e.courseId());
                ps.setInt(4, e.version());
                ps.setInt(5, e.questionIndex());
                ps.setTimestamp(6, Timestamp.from(e.at()));
                ps.setBoolean(7, e.correct());
                ps.setArray(8, ps.getConnection().createArrayOf("text", e.keys()));
                ps.setString(9, e.text() == null || e.text().isEmpty() ? null : e.text());
                ps.setString(10, e.rating().name());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        jdbc.prepareStatement("""
                UPDATE review_items SET stability = ?, difficulty = ?, last_review = ?, due = ?, reps = ?, lapses = ?,
                    retired_at = CASE WHEN ? THEN CAST(? AS timestamptz) END
                WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ?""", ps -> {
            for (RepReviews.Update u : pending.updates()) {
                ReviewState next = u.state();
                ps.setDouble(1, next.stability());
                ps.setDouble(2, next.difficulty());
                ps.setTimestamp(3, Timestamp.from(next.lastReview()));
                ps.setTimestamp(4, Timestamp.from(next.due()));
                ps.setInt(5, next.reps());
                ps.setInt(6, next.lapses());
                ps.setBoolean(7, u.retired());
                ps.setTimestamp(8, Timestamp.from(next.lastReview()));
                ps.setLong(9, u.userId());
                ps.setString(10, u.courseId());
                ps.setInt(11, u.version());
                ps.setInt(12, u.questionIndex());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        long userId = pending.events().get(0).userId();
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds)
                SELECT u.id, (CAST(? AS timestamptz) AT TIME ZONE u.time_zone)::date, 0, 1, ? FROM users u WHERE u.id = ?
                ON CONFLICT (user_id, day) DO UPDATE SET lessons = daily_activity.lessons + EXCLUDED.lessons,
                    reviews = daily_activity.reviews + EXCLUDED.reviews, seconds = daily_activity.seconds + EXCLUDED.seconds""", ps -> {
            for (var at : pending.reviewedAt()) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setInt(2, ReviewItem.SECONDS);
                ps.setLong(3, userId);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }
}
