package org.clockwise.core.course;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.content.Catalog;
import org.clockwise.content.CatalogEntry;
import org.clockwise.content.Course;
import org.clockwise.content.Option;
import org.clockwise.content.Problem;
import org.clockwise.content.Question;
import org.clockwise.content.Track;
import org.clockwise.core.db.JsonColumns;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes publications in plain SQL; every method runs inside the publisher's transaction. */
@Singleton
class CourseStore {

    /** The live state of a module, to compare an incoming file against. */
    record LiveVersion(String courseId, int version, String contentHash, String sourcePath, boolean retired) {
        boolean differsFrom(Course course) {
            return !contentHash.equals(course.contentHash()) || !sourcePath.equals(course.path());
        }
    }

    private final JdbcOperations jdbc;
    private final JsonColumns json;

    CourseStore(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Publishes one at a time, across instances too. */
    void lockPublishing() {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(7301001)", PreparedStatement::execute);
    }

    Map<String, LiveVersion> liveVersions() {
        return jdbc.prepareStatement("""
                SELECT c.id, c.current_version, v.content_hash, v.source_path, c.retired_at IS NOT NULL
                FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.current_version""", ps -> {
            Map<String, LiveVersion> live = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    live.put(rs.getString(1), new LiveVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
            return live;
        });
    }

    Void recordRefusal(List<Problem> problems, PublishOrigin origin, Long userId, Instant now) {
        List<Map<String, Object>> rows = problems.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", p.path());
            row.put("line", p.line());
            row.put("message", p.message());
            return row;
        }).toList();
        jdbc.prepareStatement("INSERT INTO publications (published_at, published_by, origin, succeeded, problems) "
                + "VALUES (?, ?, ?, false, CAST(? AS jsonb))", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            setNullableLong(ps, 2, userId);
            ps.setString(3, origin.name());
            ps.setString(4, json.write(rows));
            return ps.executeUpdate();
        });
        return null;
    }

    long insertPublication(PublishOrigin origin, Long userId, Instant now, int added, int changed, int retired) {
        return jdbc.prepareStatement("INSERT INTO publications (published_at, published_by, origin, succeeded, added, changed, retired) "
                + "VALUES (?, ?, ?, true, ?, ?, ?) RETURNING id", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            setNullableLong(ps, 2, userId);
            ps.setString(3, origin.name());
            ps.setInt(4, added);
            ps.setInt(5, changed);
            ps.setInt(6, retired);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    void insertCourse(String id, Instant now) {
        jdbc.prepareStatement("INSERT INTO courses (id, current_version, first_published_at, last_published_at) VALUES (?, 1, ?, ?)", ps -> {
            ps.setString(1, id);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    void makeCurrent(String id, int version, Instant now) {
        jdbc.prepareStatement("UPDATE courses SET current_version = ?, last_published_at = ?, retired_at = NULL WHERE id = ?", ps -> {
            ps.setInt(1, version);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, id);
            return ps.executeUpdate();
        });
    }

    void retire(List<String> ids, Instant now) {
        for (String id : ids) {
            jdbc.prepareStatement("UPDATE courses SET retired_at = ? WHERE id = ? AND retired_at IS NULL", ps -> {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, id);
                return ps.executeUpdate();
            });
        }
    }

    void insertVersion(long publicationId, Course c, int version, Instant now) {
        jdbc.prepareStatement("""
                INSERT INTO course_versions (course_id, version, publication_id, content_hash, title, summary, skills, phases,
                    personas, level, track, track_order, requires, minutes, lesson_html, source_path, source_markdown, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, c.id());
            ps.setInt(2, version);
            ps.setLong(3, publicationId);
            ps.setString(4, c.contentHash());
            ps.setString(5, c.title());
            ps.setString(6, c.summary());
            ps.setArray(7, textArray(ps, c.skills()));
            ps.setArray(8, textArray(ps, c.phases()));
            ps.setArray(9, textArray(ps, c.personas()));
            ps.setString(10, c.level() == null ? null : c.level().name());
            ps.setString(11, c.track());
            if (c.order() == null) {
                ps.setNull(12, Types.INTEGER);
            } else {
                ps.setInt(12, c.order());
            }
            ps.setArray(13, textArray(ps, c.requires()));
            ps.setInt(14, c.minutes());
            ps.setString(15, c.lessonHtml());
            ps.setString(16, c.path());
            ps.setString(17, c.source());
            ps.setTimestamp(18, Timestamp.from(now));
            return ps.executeUpdate();
        });
        insertQuestions(c.id(), version, c.quiz().questions());
    }

    /** A version's questions in one JDBC batch: one round trip, not one per question (issue 13, first start). */
    private void insertQuestions(String courseId, int version, List<Question> questions) {
        if (questions.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO questions (course_id, version, idx, prompt, type, explanation_html, options, accepted_answers,
                    accepted_patterns, line)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""", ps -> {
            for (Question q : questions) {
                ps.setString(1, courseId);
                ps.setInt(2, version);
                ps.setInt(3, q.index());
                ps.setString(4, q.prompt());
                ps.setString(5, q.type().name());
                ps.setString(6, q.explanationHtml());
                ps.setString(7, json.write(options(q)));
                ps.setArray(8, textArray(ps, q.acceptedAnswers()));
                ps.setArray(9, textArray(ps, q.acceptedPatterns()));
                ps.setInt(10, q.line());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static List<Map<String, Object>> options(Question q) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (Option o : q.options()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("key", o.key());
            option.put("text", o.text());
            option.put("correct", o.correct());
            option.put("feedbackHtml", o.feedbackHtml());
            option.put("line", o.line());
            options.add(option);
        }
        return options;
    }

    /** Upserts the catalog; entries no longer listed are kept but marked retired. Returns whether anything changed. */
    boolean saveCatalog(Catalog catalog) {
        int changes = 0;
        changes += saveEntries("SKILL", catalog.skills(), null);
        changes += saveEntries("PHASE", catalog.phases(), null);
        changes += saveEntries("PERSONA", catalog.personas(), null);
        changes += saveEntries("TRACK", catalog.tracks().stream().map(t -> new CatalogEntry(t.id(), t.name(), null)).toList(), catalog.tracks());
        List<Map<String, Object>> targets = catalog.targets().stream().map(b -> {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("fromDay", b.fromDay());
            band.put("toDay", b.toDay());
            band.put("default", b.defaultTarget());
            band.put("skills", new TreeMap<>(b.skills()));
            return band;
        }).toList();
        changes += jdbc.prepareStatement("""
                INSERT INTO library_settings (singleton, snack_budget_minutes, targets) VALUES (true, ?, CAST(? AS jsonb))
                ON CONFLICT (singleton) DO UPDATE SET snack_budget_minutes = EXCLUDED.snack_budget_minutes, targets = EXCLUDED.targets
                WHERE (library_settings.snack_budget_minutes, library_settings.targets)
                      IS DISTINCT FROM (EXCLUDED.snack_budget_minutes, EXCLUDED.targets)""", ps -> {
            ps.setInt(1, catalog.snackBudgetMinutes());
            ps.setString(2, json.write(targets));
            return ps.executeUpdate();
        });
        return changes > 0;
    }

    private int saveEntries(String kind, List<CatalogEntry> entries, List<Track> tracks) {
        int changes = 0;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry e = entries.get(i);
            Track track = tracks == null ? null : tracks.get(i);
            int position = i;
            ids.add(e.id());
            changes += jdbc.prepareStatement("""
                    INSERT INTO catalog_entries (kind, id, name, description, position, from_day, to_day, retired)
                    VALUES (?, ?, ?, ?, ?, ?, ?, false)
                    ON CONFLICT (kind, id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
                        position = EXCLUDED.position, from_day = EXCLUDED.from_day, to_day = EXCLUDED.to_day, retired = false
                    WHERE (catalog_entries.name, catalog_entries.description, catalog_entries.position, catalog_entries.from_day,
                           catalog_entries.to_day, catalog_entries.retired)
                          IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.description, EXCLUDED.position, EXCLUDED.from_day,
                           EXCLUDED.to_day, false)""", ps -> {
                ps.setString(1, kind);
                ps.setString(2, e.id());
                ps.setString(3, e.name());
                ps.setString(4, e.description());
                ps.setInt(5, position);
                if (track == null) {
                    ps.setNull(6, Types.INTEGER);
                    ps.setNull(7, Types.INTEGER);
                } else {
                    ps.setInt(6, track.fromDay());
                    if (track.toDay() == null) {
                        ps.setNull(7, Types.INTEGER);
                    } else {
                        ps.setInt(7, track.toDay());
                    }
                }
                return ps.executeUpdate();
            });
        }
        changes += jdbc.prepareStatement("UPDATE catalog_entries SET retired = true WHERE kind = ? AND NOT retired AND NOT (id = ANY (?))", ps -> {
            ps.setString(1, kind);
            ps.setArray(2, textArray(ps, ids));
            return ps.executeUpdate();
        });
        return changes;
    }

    /** Upserts images by path (unchanged bytes are left alone). Returns whether anything changed. */
    boolean saveAssets(List<LibraryAssets.Asset> assets, Instant now) {
        int changes = 0;
        for (LibraryAssets.Asset a : assets) {
            changes += jdbc.prepareStatement("""
                    INSERT INTO assets (path, media_type, content, content_hash, published_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (path) DO UPDATE SET media_type = EXCLUDED.media_type, content = EXCLUDED.content,
                        content_hash = EXCLUDED.content_hash, published_at = EXCLUDED.published_at
                    WHERE assets.content_hash <> EXCLUDED.content_hash OR assets.media_type <> EXCLUDED.media_type""", ps -> {
                ps.setString(1, a.path());
                ps.setString(2, a.mediaType());
                ps.setBytes(3, a.content());
                ps.setString(4, a.hash());
                ps.setTimestamp(5, Timestamp.from(now));
                return ps.executeUpdate();
            });
        }
        return changes > 0;
    }


    private static Array textArray(PreparedStatement ps, List<String> values) throws SQLException {
        return ps.getConnection().createArrayOf("text", values.toArray(String[]::new));
    }

    private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
