package org.clockwise.core.review;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads mastered questions and leeches ({@link MasteryPolicy}) for a rep's own pages and for
 * authors. Only live items count: a superseded item (an older version the rep has since
 * retaken) is neither mastered nor a leech any more. Writes: {@link ReviewStore}.
 */
@Singleton
@Connectable
public class MasteryQueries {

    /** Authors' list is capped: it is a to-do list, not a report. */
    public static final int AUTHOR_ROWS = 50;

    /** One of a rep's leeches; {@code lastAnswered} is the item's last review (quiz or review answer). */
    public record Leech(String moduleId, int version, String moduleTitle, int questionIndex, String prompt, int lapses,
                        Instant lastAnswered) {
    }

    /** How many of a rep's questions are mastered (retired) out of all they have met. */
    public record Mastered(long mastered, long total) {
    }

    /**
     * A question that is a leech for at least one rep of the organisation.
     *
     * @param leechReps    reps of the organisation for whom it is a leech
     * @param reps         reps of the organisation who have the question at all
     * @param wrongPercent share of wrong answers among its review events by those reps, 0–100, rounded;
     *                     null when it has no review events yet
     */
    public record AuthorLeech(String moduleId, String moduleTitle, int version, int questionIndex, String prompt,
                              long leechReps, long reps, Integer wrongPercent) {
    }

    private final JdbcOperations jdbc;
    private final MasteryPolicy policy;

    MasteryQueries(JdbcOperations jdbc, MasteryPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The rep's leeches, most lapses first. */
    public List<Leech> leeches(long userId) {
        return jdbc.prepareStatement("""
                SELECT r.course_id, r.version, v.title, r.question_idx, q.prompt, r.lapses, r.last_review
                FROM review_items r
                JOIN course_versions v ON v.course_id = r.course_id AND v.version = r.version
                JOIN questions q ON q.course_id = r.course_id AND q.version = r.version AND q.idx = r.question_idx
                WHERE r.user_id = ? AND NOT r.superseded AND r.lapses >= ?
                ORDER BY r.lapses DESC, r.last_review DESC, r.course_id, r.question_idx""", ps -> {
            ps.setLong(1, userId);
            ps.setInt(2, policy.leechLapses());
            List<Leech> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Leech(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getInt(6), instant(rs, 7)));
                }
            }
            return rows;
        });
    }

    /** The lapses of one of the rep's live questions, when it is a leech; 0 otherwise. */
    public int leechLapses(long userId, String moduleId, int version, int questionIndex) {
        return jdbc.prepareStatement("""
                SELECT lapses FROM review_items WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ?
                AND NOT superseded AND lapses >= ?""", ps -> {
            ps.setLong(1, userId);
            ps.setString(2, moduleId);
            ps.setInt(3, version);
            ps.setInt(4, questionIndex);
            ps.setInt(5, policy.leechLapses());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Mastered (retired) live questions out of all live questions the rep has met. */
    public Mastered mastered(long userId) {
        return jdbc.prepareStatement("""
                SELECT count(*) FILTER (WHERE retired_at IS NOT NULL), count(*)
                FROM review_items WHERE user_id = ? AND NOT superseded""", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Mastered(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    /**
     * Questions that are leeches for at least one rep of the organisation the author belongs to,
     * most leech reps first, at most {@value #AUTHOR_ROWS}. Only people with the REP role count.
     * The organisation's reps are checked row by row on the leech items only (an index lookup each),
     * never listed whole: the library page must not cost more as the organisation grows.
     */
    public List<AuthorLeech> forAuthors(long authorUserId) {
        return jdbc.prepareStatement("""
                WITH org AS (SELECT org_id FROM users WHERE id = ?), leeches AS (
                    SELECT r.course_id, r.version, r.question_idx, count(*) AS leech_reps
                    FROM review_items r JOIN users u ON u.id = r.user_id
                    WHERE NOT r.superseded AND r.lapses >= ? AND u.org_id = (SELECT org_id FROM org)
                      AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = r.user_id AND ur.role = 'REP')
                    GROUP BY r.course_id, r.version, r.question_idx
                )
                SELECT l.course_id, v.title, l.version, l.question_idx, q.prompt, l.leech_reps,
                    (SELECT count(*) FROM review_items a JOIN users u ON u.id = a.user_id
                     WHERE a.course_id = l.course_id AND a.version = l.version AND a.question_idx = l.question_idx AND NOT a.superseded
                       AND u.org_id = (SELECT org_id FROM org)
                       AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = a.user_id AND ur.role = 'REP')),
                    (SELECT round(100.0 * count(*) FILTER (WHERE NOT e.correct) / nullif(count(*), 0))
                     FROM review_events e JOIN users u ON u.id = e.user_id
                     WHERE e.course_id = l.course_id AND e.version = l.version AND e.question_idx = l.question_idx
                       AND u.org_id = (SELECT org_id FROM org)
                       AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = e.user_id AND ur.role = 'REP'))
                FROM leeches l
                JOIN course_versions v ON v.course_id = l.course_id AND v.version = l.version
                JOIN questions q ON q.course_id = l.course_id AND q.version = l.version AND q.idx = l.question_idx
                ORDER BY l.leech_reps DESC, l.course_id, l.version DESC, l.question_idx
                LIMIT ?""", ps -> {
            ps.setLong(1, authorUserId);
            ps.setInt(2, policy.leechLapses());
            ps.setInt(3, AUTHOR_ROWS);
            List<AuthorLeech> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int wrong = rs.getInt(8);
                    rows.add(new AuthorLeech(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getLong(6), rs.getLong(7), rs.wasNull() ? null : wrong));
                }
            }
            return rows;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
