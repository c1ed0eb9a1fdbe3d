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
import java.util.ArrayList;
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

    /** An attempt to record with {@link #insertAttempt}: its row, every graded answer, and the completion it may be. */
    record NewAttempt(UUID id, long userId, String courseId, int version, Instant servedAt, Instant submittedAt,
                      int correct, int total, long durationMs, List<AnswerRow> answers) {
    }

    /**
     * The attempt, its answers and the module's completion (the first attempt only) in one
     * statement (issue 13, "Speed"): the answers and the completion are written only when the
     * attempt row is, so a repeated attempt id writes nothing.
     *
     * @return false when an attempt with this id exists already (the primary key decides, not code)
     */
    boolean insertAttempt(NewAttempt a) {
        int n = a.answers().size();
        Integer[] questions = new Integer[n];
        String[] texts = new String[n];
        Boolean[] correct = new Boolean[n];
        String[] confidences = new String[n];
        String[] ratings = new String[n];
        // Each answer's chosen keys, sorted, as a flat list beside the question they belong to.
        List<Integer> keyOwners = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AnswerRow r = a.answers().get(i);
            questions[i] = r.questionIdx();
            texts[i] = r.answer().text().isEmpty() ? null : r.answer().text();
            correct[i] = r.correct();
            confidences[i] = r.confidence() == null ? null : r.confidence().name();
            ratings[i] = r.rating().name();
            r.answer().keys().stream().sorted().forEach(k -> {
                keyOwners.add(r.questionIdx());
                keys.add(k);
            });
        }
        return jdbc.prepareStatement("""
                WITH attempt AS (
                    INSERT INTO attempts (id, user_id, course_id, version, served_at, submitted_at, correct_count, total_count, duration_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
                    RETURNING id, user_id, course_id, version, submitted_at
                ), chosen AS (
                    SELECT q, k, n FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS c(q, k, n)
                ), answers AS (
                    INSERT INTO attempt_answers (attempt_id, question_idx, chosen_keys, text_answer, correct, confidence, rating)
                    SELECT a.id, u.q, ARRAY(SELECT c.k FROM chosen c WHERE c.q = u.q ORDER BY c.n)::text[], u.text, u.correct,
                        u.confidence, u.rating
                    FROM attempt a, unnest(?::int[], ?::text[], ?::bool[], ?::text[], ?::text[]) AS u(q, text, correct, confidence, rating)
                ), completion AS (
                    INSERT INTO completions (user_id, course_id, version, attempt_id, completed_at)
                    SELECT user_id, course_id, version, id, submitted_at FROM attempt
                    ON CONFLICT (user_id, course_id) DO NOTHING
                )
                SELECT count(*) FROM attempt""", ps -> {
            ps.setObject(1, a.id());
            ps.setLong(2, a.userId());
            ps.setString(3, a.courseId());
            ps.setInt(4, a.version());
            ps.setTimestamp(5, Timestamp.from(a.servedAt()));
            ps.setTimestamp(6, Timestamp.from(a.submittedAt()));
            ps.setInt(7, a.correct());
            ps.setInt(8, a.total());
            ps.setLong(9, a.durationMs());
            var c = ps.getConnection();
            ps.setArray(10, c.createArrayOf("integer", keyOwners.toArray()));
            ps.setArray(11, c.createArrayOf("text", keys.toArray()));
            ps.setArray(12, c.createArrayOf("integer", questions));
            ps.setArray(13, c.createArrayOf("text", texts));
            ps.setArray(14, c.createArrayOf("bool", correct));
            ps.setArray(15, c.createArrayOf("text", confidences));
            ps.setArray(16, c.createArrayOf("text", ratings));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
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

    /** One graded answer of an attempt, for {@link #insertAttempt}. */
    record AnswerRow(int questionIdx, QuizGrading.Answer answer, boolean correct, Confidence confidence, Rating rating) {
    }
}
