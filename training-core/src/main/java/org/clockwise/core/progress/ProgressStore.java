package org.clockwise.core.progress;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.Rating;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attempts, their answers and completions in plain SQL (ON CONFLICT reads best so); review items are {@code ReviewStore}'s. */
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

    /** One graded answer of an attempt, for {@link #insertAnswers}. */
    record AnswerRow(int questionIdx, QuizGrading.Answer answer, boolean correct, Confidence confidence, Rating rating) {
    }

    /** Every answer of an attempt as one JDBC batch: one round trip to the database, not one a question (issue 13, "Speed"). */
    void insertAnswers(UUID attemptId, List<AnswerRow> rows) {
        jdbc.prepareStatement("""
                INSERT INTO attempt_answers (attempt_id, question_idx, chosen_keys, text_answer, correct, confidence, rating)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (AnswerRow r : rows) {
                ps.setObject(1, attemptId);
                ps.setInt(2, r.questionIdx());
                ps.setArray(3, ps.getConnection().createArrayOf("text", r.answer().keys().stream().sorted().toArray(String[]::new)));
                ps.setString(4, r.answer().text().isEmpty() ? null : r.answer().text());
                ps.setBoolean(5, r.correct());
                ps.setString(6, r.confidence() == null ? null : r.confidence().name());
                ps.setString(7, r.rating().name());
                ps.addBatch();
            }
            return ps.executeBatch();
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
}
