package org.clockwise.core.progress;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.ReviewState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Attempts, answers, completions and review state in plain SQL (upserts and ON CONFLICT read best so). */
@Singleton
@Connectable
class ProgressStore {

    private final JdbcOperations jdbc;

    ProgressStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when an attempt with this id exists already (the primary key decides, not code) */
    boolean insertAttempt(UUID id, long userId, String courseId, int version, Instant servedAt, Instant submittedAt,
                          int correct, int total, long durationMs) {
        return jdbc.prepareStatement("""
                INSERT INTO attempts (id, user_id, course_id, version, served_at, submitted_at, correct_count, total_count, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""", ps -> {
            ps.setObject(1, id);
            ps.setLong(2, userId);
            ps.setString(3, courseId);
            ps.setInt(4, version);
            ps.setTimestamp(5, Timestamp.from(servedAt));
            ps.setTimestamp(6, Timestamp.from(submittedAt));
            ps.setInt(7, correct);
            ps.setInt(8, total);
            ps.setLong(9, durationMs);
            return ps.executeUpdate() == 1;
        });
    }

    Optional<Long> attemptOwner(UUID id) {
        return jdbc.prepareStatement("SELECT user_id FROM attempts WHERE id = ?", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    void insertAnswer(UUID attemptId, int questionIdx, QuizGrading.Answer answer, boolean correct, Confidence confidence, Rating rating) {
        jdbc.prepareStatement("""
                INSERT INTO attempt_answers (attempt_id, question_idx, chosen_keys, text_answer, correct, confidence, rating)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, attemptId);
            ps.setInt(2, questionIdx);
            ps.setArray(3, ps.getConnection().createArrayOf("text", answer.keys().stream().sorted().toArray(String[]::new)));
            ps.setString(4, answer.text().isEmpty() ? null : answer.text());
            ps.setBoolean(5, correct);
            ps.setString(6, confidence == null ? null : confidence.name());
            ps.setString(7, rating.name());
            return ps.executeUpdate();
        });
    }

    void insertCompletion(long userId, String courseId, int version, UUID attemptId, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO completions (user_id, course_id, version, attempt_id, completed_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id, course_id) DO NOTHING""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            ps.setObject(4, attemptId);
            ps.setTimestamp(5, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    Optional<ReviewState> reviewState(long userId, String courseId, int version, int questionIdx) {
        return jdbc.prepareStatement("""
                SELECT stability, difficulty, last_review, due, reps, lapses FROM review_items
                WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ? FOR UPDATE""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            ps.setInt(4, questionIdx);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(state(rs)) : Optional.<ReviewState>empty();
            }
        });
    }

    void saveReviewState(long userId, String courseId, int version, int questionIdx, ReviewState s) {
        jdbc.prepareStatement("""
                INSERT INTO review_items (user_id, course_id, version, question_idx, stability, difficulty, last_review, due, reps, lapses)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id, course_id, version, question_idx) DO UPDATE SET stability = EXCLUDED.stability,
                    difficulty = EXCLUDED.difficulty, last_review = EXCLUDED.last_review, due = EXCLUDED.due,
                    reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, superseded = false""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            ps.setInt(4, questionIdx);
            bindState(ps, 5, s);
            return ps.executeUpdate();
        });
    }

    /** Taking a newer version of a module replaces the review items of the older ones. */
    void supersedeOlderVersions(long userId, String courseId, int version) {
        jdbc.prepareStatement("UPDATE review_items SET superseded = true WHERE user_id = ? AND course_id = ? AND version < ? AND NOT superseded", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            return ps.executeUpdate();
        });
    }

    static ReviewState state(ResultSet rs) throws SQLException {
        return new ReviewState(rs.getDouble("stability"), rs.getDouble("difficulty"), rs.getTimestamp("last_review").toInstant(),
                rs.getTimestamp("due").toInstant(), rs.getInt("reps"), rs.getInt("lapses"));
    }

    static void bindState(PreparedStatement ps, int from, ReviewState s) throws SQLException {
        ps.setDouble(from, s.stability());
        ps.setDouble(from + 1, s.difficulty());
        ps.setTimestamp(from + 2, Timestamp.from(s.lastReview()));
        ps.setTimestamp(from + 3, Timestamp.from(s.due()));
        ps.setInt(from + 4, s.reps());
        ps.setInt(from + 5, s.lapses());
    }
}
