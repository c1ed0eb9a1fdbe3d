package org.clockwise.core.progress;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.course.QuizGrading;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads recorded attempts back. */
@Singleton
@Connectable
public class AttemptQueries {

    private final JdbcOperations jdbc;

    AttemptQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AttemptView> attempt(UUID id) {
        Optional<AttemptView> head = jdbc.prepareStatement("""
                SELECT user_id, course_id, version, submitted_at, correct_count, total_count, duration_ms FROM attempts WHERE id = ?""", ps -> {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<AttemptView>empty();
                }
                return Optional.of(new AttemptView(id, rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                        rs.getInt(5), rs.getInt(6), rs.getLong(7), Map.of()));
            }
        });
        return head.map(a -> new AttemptView(a.id(), a.userId(), a.courseId(), a.version(), a.submittedAt(), a.correct(),
                a.total(), a.durationMs(), answers(id)));
    }

    /** The ids of the rep's recorded attempts at one module version, latest first. */
    public List<UUID> attemptIds(long userId, String courseId, int version) {
        return jdbc.prepareStatement("""
                SELECT id FROM attempts WHERE user_id = ? AND course_id = ? AND version = ?
                ORDER BY submitted_at DESC, id""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, courseId);
            ps.setInt(3, version);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    private Map<Integer, QuizGrading.Answer> answers(UUID attemptId) {
        return jdbc.prepareStatement("SELECT question_idx, chosen_keys, text_answer FROM attempt_answers WHERE attempt_id = ?", ps -> {
            ps.setObject(1, attemptId);
            Map<Integer, QuizGrading.Answer> answers = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] keys = (String[]) rs.getArray(2).getArray();
                    answers.put(rs.getInt(1), new QuizGrading.Answer(new HashSet<>(Arrays.asList(keys)), rs.getString(3)));
                }
            }
            return answers;
        });
    }
}
