package org.clockwise.core.plan;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The manager_assignments table: modules managers assign to reps with a due date, and whether they were completed. */
@Singleton
@Connectable
public class AssignmentStore {

    /** One assignment as the manager sees it. */
    public record Row(long repId, String repName, String moduleId, String title, LocalDate due, Instant completedAt) {
        public boolean done() {
            return completedAt != null;
        }
    }

    private final JdbcOperations jdbc;

    AssignmentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Assigns the module to each rep; assigning it again moves the due date (see {@link PlanService#assign}). */
    void save(long managerId, Collection<Long> repIds, String moduleId, LocalDate due, Instant now) {
        for (long repId : repIds) {
            jdbc.prepareStatement("""
                    INSERT INTO manager_assignments (assigned_by, user_id, course_id, due_date, created_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, course_id) DO UPDATE SET assigned_by = EXCLUDED.assigned_by,
                        due_date = EXCLUDED.due_date, created_at = EXCLUDED.created_at""", ps -> {
                ps.setLong(1, managerId);
                ps.setLong(2, repId);
                ps.setString(3, moduleId);
                ps.setDate(4, Date.valueOf(due));
                ps.setTimestamp(5, Timestamp.from(now));
                return ps.executeUpdate();
            });
        }
    }

    /** {@link #open(long)} for many reps in one statement: each rep's list, empty for a rep without any. */
    public Map<Long, List<AssignedModule>> open(Collection<Long> repIds) {
        Map<Long, List<AssignedModule>> open = new HashMap<>();
        repIds.forEach(id -> open.put(id, new ArrayList<>()));
        if (repIds.isEmpty()) {
            return open;
        }
        return jdbc.prepareStatement("""
                SELECT a.user_id, a.course_id, a.due_date, m.display_name FROM manager_assignments a JOIN users m ON m.id = a.assigned_by
                WHERE a.user_id = ANY (?) AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.user_id = a.user_id AND c.course_id = a.course_id)
                ORDER BY a.user_id, a.due_date, a.course_id""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.get(rs.getLong(1)).add(new AssignedModule(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
                }
            }
            return open;
        });
    }

    /** What a rep still has to take, for the daily plan. */
    public List<AssignedModule> open(long repId) {
        return jdbc.prepareStatement("""
                SELECT a.course_id, a.due_date, m.display_name FROM manager_assignments a JOIN users m ON m.id = a.assigned_by
                WHERE a.user_id = ? AND NOT EXISTS (SELECT 1 FROM completions c WHERE c.user_id = a.user_id AND c.course_id = a.course_id)
                ORDER BY a.due_date, a.course_id""", ps -> {
            ps.setLong(1, repId);
            List<AssignedModule> open = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.add(new AssignedModule(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)));
                }
            }
            return open;
        });
    }

    /** Every assignment for these reps, with completion, newest due date first. */
    public List<Row> forReps(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT a.user_id, u.display_name, a.course_id, v.title, a.due_date, c.completed_at
                FROM manager_assignments a JOIN users u ON u.id = a.user_id
                JOIN courses co ON co.id = a.course_id JOIN course_versions v ON v.course_id = co.id AND v.version = co.current_version
                LEFT JOIN completions c ON c.user_id = a.user_id AND c.course_id = a.course_id
                WHERE a.user_id = ANY (?) ORDER BY a.due_date DESC, u.display_name""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp done = rs.getTimestamp(6);
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
                            done == null ? null : done.toInstant()));
                }
            }
            return rows;
        });
    }
}
