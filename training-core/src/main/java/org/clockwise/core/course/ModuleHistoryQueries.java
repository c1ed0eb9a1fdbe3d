package org.clockwise.core.course;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a module's published versions, newest first, with who published each and how. */
@Singleton
@Connectable
public class ModuleHistoryQueries {

    /** One version; {@code publishedBy} is empty for a publish nobody signed (the server's start). */
    public record VersionEntry(int version, String title, Instant publishedAt, String publishedBy, PublishOrigin origin,
                               boolean current) {
    }

    private final JdbcOperations jdbc;

    ModuleHistoryQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<VersionEntry> versions(String courseId) {
        return jdbc.prepareStatement("""
                SELECT v.version, v.title, v.published_at, coalesce(u.display_name, ''), p.origin, v.version = c.current_version
                FROM course_versions v
                JOIN courses c ON c.id = v.course_id
                JOIN publications p ON p.id = v.publication_id
                LEFT JOIN users u ON u.id = p.published_by
                WHERE v.course_id = ? ORDER BY v.version DESC""", ps -> {
            ps.setString(1, courseId);
            List<VersionEntry> versions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(new VersionEntry(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                            PublishOrigin.valueOf(rs.getString(5)), rs.getBoolean(6)));
                }
            }
            return versions;
        });
    }
}
