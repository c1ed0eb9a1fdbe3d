package org.clockwise.core.course;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes and reads module_drafts, the only writer of that table. Reps' pages never read it. */
@Singleton
@Transactional
class DraftStore {

    private static final String COLUMNS = """
            SELECT d.id, d.source_path, d.course_id, d.markdown, d.base_stamp, coalesce(u.display_name, ''), d.saved_at
            FROM module_drafts d LEFT JOIN users u ON u.id = d.saved_by""";

    private final JdbcOperations jdbc;

    DraftStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the draft of a file (one per file: a second save replaces the first); returns its id. */
    long save(String path, String courseId, String markdown, String baseStamp, Long userId, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO module_drafts (source_path, course_id, markdown, base_stamp, saved_by, saved_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (source_path) DO UPDATE SET course_id = EXCLUDED.course_id, markdown = EXCLUDED.markdown,
                    base_stamp = EXCLUDED.base_stamp, saved_by = EXCLUDED.saved_by, saved_at = EXCLUDED.saved_at
                RETURNING id""", ps -> {
            ps.setString(1, path);
            ps.setString(2, courseId);
            ps.setString(3, markdown);
            ps.setString(4, baseStamp == null ? "" : baseStamp);
            if (userId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, userId);
            }
            ps.setTimestamp(6, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Optional<ModuleDrafts.Draft> find(long id) {
        return jdbc.prepareStatement(COLUMNS + " WHERE d.id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(draft(rs)) : Optional.<ModuleDrafts.Draft>empty();
            }
        });
    }

    Optional<ModuleDrafts.Draft> forPath(String path) {
        return jdbc.prepareStatement(COLUMNS + " WHERE d.source_path = ?", ps -> {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(draft(rs)) : Optional.<ModuleDrafts.Draft>empty();
            }
        });
    }

    List<ModuleDrafts.Draft> all() {
        return jdbc.prepareStatement(COLUMNS + " ORDER BY d.saved_at DESC, d.id DESC", ps -> {
            List<ModuleDrafts.Draft> drafts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drafts.add(draft(rs));
                }
            }
            return drafts;
        });
    }

    void delete(long id) {
        jdbc.prepareStatement("DELETE FROM module_drafts WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
    }

    private static ModuleDrafts.Draft draft(ResultSet rs) throws SQLException {
        return new ModuleDrafts.Draft(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
