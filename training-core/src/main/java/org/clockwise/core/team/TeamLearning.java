package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Completion facts for a set of reps: what the knowledge-sharing and coverage views are made of. */
@Singleton
@Connectable
public class TeamLearning {

    private final JdbcOperations jdbc;

    TeamLearning(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Completion> completions(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("SELECT user_id, course_id, completed_at FROM completions WHERE user_id = ANY (?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            List<Completion> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Completion(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
            return list;
        });
    }

    /** The most recently first-published live modules, newest first. */
    public List<Publication> recentModules(int limit) {
        return jdbc.prepareStatement("SELECT id, first_published_at FROM courses WHERE retired_at IS NULL "
                + "ORDER BY first_published_at DESC, id LIMIT ?", ps -> {
            ps.setInt(1, limit);
            List<Publication> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Publication(rs.getString(1), rs.getTimestamp(2).toInstant()));
                }
            }
            return list;
        });
    }

    /** For each "phase|persona": how many of these reps completed at least one module covering both. */
    public Map<String, Integer> coverage(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                SELECT ph, pe, count(DISTINCT c.user_id) FROM completions c JOIN attempts a ON a.id = c.attempt_id
                JOIN course_versions v ON v.course_id = a.course_id AND v.version = a.version
                CROSS JOIN LATERAL unnest(v.phases) AS ph CROSS JOIN LATERAL unnest(v.personas) AS pe
                WHERE c.user_id = ANY (?) GROUP BY ph, pe""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            Map<String, Integer> cells = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
                }
            }
            return cells;
        });
    }
}
