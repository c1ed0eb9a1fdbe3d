package org.clockwise.core.skill;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewState;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SkillReport} reads to keep a rep's {@link TrendSlots} up to date (issue 13, "Speed", the
 * fourth round): the rep's answers from an instant on, with their counts of all, in one statement,
 * so that a new answer costs a read of the latest answers rather than of the whole history; and the
 * memory states of the rep's questions.
 */
@Singleton
@Connectable
class SkillHistoryQueries {

    /**
     * One answer read: which attempt or review event it belongs to and, when it is evidence (a question
     * of a module with skills), the evidence for one skill, without memory; several rows per answer
     * when the module has several skills.
     */
    record Row(String answerId, boolean review, Instant at, EvidenceQueries.Answer answer) {
    }

    /** The rep's answers from an instant on, and their stamp (all their attempts and review answers counted) in the same snapshot. */
    record Recent(EvidenceQueries.Stamp stamp, List<Row> rows) {
    }

    private static final String RECENT = """
            SELECT (SELECT count(*) FROM attempts WHERE user_id = ?), (SELECT count(*) FROM review_events WHERE user_id = ?),
                y.answer_id, y.review, y.at, y.correct, y.first_sight, y.skill, y.question
            FROM (SELECT 1) one LEFT JOIN (
                SELECT x.answer_id, x.review, x.at, x.correct, x.first_sight, skill,
                    x.course_id || '#' || x.version || '#' || x.question_idx AS question
                FROM (
                    SELECT a.id::text AS answer_id, false AS review, a.course_id, a.version, aa.question_idx,
                        a.submitted_at AS at, aa.correct, true AS first_sight
                    FROM attempts a LEFT JOIN attempt_answers aa ON aa.attempt_id = a.id
                    WHERE a.user_id = ? /*attempts since*/
                    UNION ALL
                    SELECT e.id::text, true, e.course_id, e.version, e.question_idx, e.reviewed_at, e.correct, false
                    FROM review_events e WHERE e.user_id = ? /*reviews since*/
                ) x
                JOIN course_versions v ON v.course_id = x.course_id AND v.version = x.version
                LEFT JOIN LATERAL unnest(v.skills) AS skill ON true
            ) y ON true""";

    private static final String ALL = RECENT.replace("/*attempts since*/", "").replace("/*reviews since*/", "");
    private static final String SINCE = RECENT.replace("/*attempts since*/", "AND a.submitted_at >= ?")
            .replace("/*reviews since*/", "AND e.reviewed_at >= ?");

    private final JdbcOperations jdbc;

    SkillHistoryQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rep's attempts and review answers at or after {@code since} ({@code null}: all of them), as
     * {@link EvidenceQueries#answers} reads them, and the rep's stamp, in one statement.
     */
    Recent recent(long userId, Instant since) {
        return jdbc.prepareStatement(since == null ? ALL : SINCE, ps -> {
            int i = 1;
            ps.setLong(i++, userId);
            ps.setLong(i++, userId);
            ps.setLong(i++, userId);
            if (since != null) {
                ps.setTimestamp(i++, Timestamp.from(since));
            }
            ps.setLong(i++, userId);
            if (since != null) {
                ps.setTimestamp(i, Timestamp.from(since));
            }
            EvidenceQueries.Stamp stamp = null;
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stamp = stamp != null ? stamp : new EvidenceQueries.Stamp(rs.getLong(1), rs.getLong(2));
                    String answerId = rs.getString(3);
                    if (answerId == null) {
                        continue;
                    }
                    Instant at = rs.getTimestamp(5).toInstant();
                    String skill = rs.getString(8);
                    String question = rs.getString(9);
                    EvidenceQueries.Answer answer = skill == null || question == null ? null
                            : new EvidenceQueries.Answer(skill, question, at, rs.getBoolean(6), rs.getBoolean(7), null);
                    rows.add(new Row(answerId, rs.getBoolean(4), at, answer));
                }
            }
            return new Recent(stamp, rows);
        });
    }

    /**
     * What a first view (or the first of a week) needs of the rep's whole history (issue 13, "Speed", the
     * fifth round): not every answer but, per question and week, its latest answer (the model's order:
     * later, then a review over a first sight, then a wrong answer over a right one), which is all
     * {@link TrendSlots} keeps; with the counts and the latest answer time a {@link SkillHistoryCache.Base}
     * needs, all in one snapshot.
     *
     * @param stamp          all the rep's attempts and review answers, counted
     * @param attemptsBefore the rep's attempts before {@code since}
     * @param reviewsBefore  the rep's review answers before {@code since}
     * @param lastAnswered   the latest attempt or review answer of all ({@link Instant#MIN}: none)
     * @param answers        per (skill, question) and week, the week's latest answer, without memory
     */
    record Whole(EvidenceQueries.Stamp stamp, long attemptsBefore, long reviewsBefore, Instant lastAnswered,
                 List<EvidenceQueries.Answer> answers) {
    }

    /**
     * The answers of a week are those before the {@code boundaries} (the first instants of the following
     * weeks, ascending) that the previous boundary is not after: {@code width_bucket} numbers each answer
     * by how many boundaries it is at or after, and the latest answer of each question and number is kept.
     */
    private static final String WHOLE = """
            SELECT (SELECT count(*) FROM attempts WHERE user_id = ?), (SELECT count(*) FROM review_events WHERE user_id = ?),
                (SELECT count(*) FROM attempts WHERE user_id = ? AND submitted_at < ?),
                (SELECT count(*) FROM review_events WHERE user_id = ? AND reviewed_at < ?),
                greatest((SELECT max(submitted_at) FROM attempts WHERE user_id = ?),
                    (SELECT max(reviewed_at) FROM review_events WHERE user_id = ?)),
                y.at, y.correct, y.first_sight, skill, y.course_id || '#' || y.version || '#' || y.question_idx
            FROM (SELECT 1) one LEFT JOIN (
                SELECT DISTINCT ON (course_id, version, question_idx, week) * FROM (
                    SELECT a.course_id, a.version, aa.question_idx, a.submitted_at AS at, aa.correct, true AS first_sight,
                        width_bucket(a.submitted_at, /*boundaries*/) AS week
                    FROM attempts a JOIN attempt_answers aa ON aa.attempt_id = a.id WHERE a.user_id = ?
                    UNION ALL
                    SELECT e.course_id, e.version, e.question_idx, e.reviewed_at, e.correct, false,
                        width_bucket(e.reviewed_at, /*boundaries*/)
                    FROM review_events e WHERE e.user_id = ?
                ) x ORDER BY course_id, version, question_idx, week, at DESC, first_sight, correct
            ) y ON true
            LEFT JOIN course_versions v ON v.course_id = y.course_id AND v.version = y.version
            LEFT JOIN LATERAL unnest(v.skills) AS skill ON true""";

    /**
     * {@link Whole} of the rep, its weeks divided at {@code boundaries} (ascending), its counts split at {@code since}.
     */
    Whole whole(long userId, List<Instant> boundaries, Instant since) {
        String array = "ARRAY[" + String.join(",", Collections.nCopies(boundaries.size(), "?")) + "]::timestamptz[]";
        String sql = WHOLE.replace("/*boundaries*/", array);
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setLong(i++, userId);
            ps.setLong(i++, userId);
            ps.setLong(i++, userId);
            ps.setTimestamp(i++, Timestamp.from(since));
            ps.setLong(i++, userId);
            ps.setTimestamp(i++, Timestamp.from(since));
            ps.setLong(i++, userId);
            ps.setLong(i++, userId);
            for (int n = 0; n < 2; n++) {
                for (Instant b : boundaries) {
                    ps.setTimestamp(i++, Timestamp.from(b));
                }
                ps.setLong(i++, userId);
            }
            Whole whole = null;
            List<EvidenceQueries.Answer> answers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (whole == null) {
                        Timestamp last = rs.getTimestamp(5);
                        whole = new Whole(new EvidenceQueries.Stamp(rs.getLong(1), rs.getLong(2)), rs.getLong(3), rs.getLong(4),
                                last == null ? Instant.MIN : last.toInstant(), answers);
                    }
                    String skill = rs.getString(9);
                    String question = rs.getString(10);
                    if (skill != null && question != null) {
                        answers.add(new EvidenceQueries.Answer(skill, question, rs.getTimestamp(6).toInstant(), rs.getBoolean(7),
                                rs.getBoolean(8), null));
                    }
                }
            }
            return whole;
        });
    }

    /** The memory state of each of the rep's live questions ({@code module#version#index}), as {@link EvidenceQueries} attaches it. */
    Map<String, ReviewState> memories(long userId) {
        return jdbc.prepareStatement("""
                SELECT course_id || '#' || version || '#' || question_idx, stability, difficulty, last_review, due, reps, lapses
                FROM review_items WHERE user_id = ? AND NOT superseded AND stability IS NOT NULL""", ps -> {
            ps.setLong(1, userId);
            Map<String, ReviewState> memories = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    memories.put(rs.getString(1), new ReviewState(rs.getDouble(2), rs.getDouble(3), rs.getTimestamp(4).toInstant(),
                            rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7)));
                }
            }
            return memories;
        });
    }
}
