package org.clockwise.core.progress;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A rep's attempts, newest first, for the History page. */
@Singleton
@Connectable
public class HistoryQueries {

    public record Row(UUID attemptId, String courseId, String title, int version, Instant submittedAt, int correct, int total,
                      boolean firstCompletion) {
        public int percent() {
            return total == 0 ? 100 : correct * 100 / total;
        }
    }

    /** One answered review: the event's id opens its feedback page. */
    public record ReviewRow(UUID eventId, String courseId, String title, Instant reviewedAt, boolean correct) {
    }

    private final JdbcOperations jdbc;

    HistoryQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** How many completed modules cover each (phase, persona) pair: empty pairs are blind spots. */
    public Map<String, Integer> coverage(long userId) {
        return jdbc.prepareStatement("""
                SELECT ph, pe, count(*) FROM completions c
                JOIN course_versions v ON v.course_id = c.course_id AND v.version = c.version
                CROSS JOIN LATERAL unnest(v.phases) AS ph CROSS JOIN LATERAL unnest(v.personas) AS pe
                WHERE c.user_id = ? GROUP BY ph, pe""", ps -> {
            ps.setLong(1, userId);
            Map<String, Integer> cells = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
                }
            }
            return cells;
        });
    }

    public List<Row> attempts(long userId, int limit) {
        return jdbc.prepareStatement("""
                SELECT a.id, a.course_id, v.title, a.version, a.submitted_at, a.correct_count, a.total_count, c.attempt_id IS NOT NULL
                FROM attempts a JOIN course_versions v ON v.course_id = a.course_id AND v.version = a.version
                LEFT JOIN completions c ON c.attempt_id = a.id
                WHERE a.user_id = ? ORDER BY a.submitted_at DESC LIMIT ?""", ps -> {
            ps.setLong(1, userId);
            ps.setInt(2, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7), rs.getBoolean(8)));
                }
            }
            return rows;
        });
    }

    /** The rep's answered reviews, newest first, named after the module version they came from. */
    public List<ReviewRow> reviews(long userId, int limit) {
        return jdbc.prepareStatement("""
                SELECT e.id, e.course_id, v.title, e.reviewed_at, e.correct
                FROM review_events e JOIN course_versions v ON v.course_id = e.course_id AND v.version = e.version
                WHERE e.user_id = ? ORDER BY e.reviewed_at DESC LIMIT ?""", ps -> {
            ps.setLong(1, userId);
            ps.setInt(2, limit);
            List<ReviewRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ReviewRow((UUID) rs.getObject(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getBoolean(5)));
                }
            }
            return rows;
        });
    }
}
