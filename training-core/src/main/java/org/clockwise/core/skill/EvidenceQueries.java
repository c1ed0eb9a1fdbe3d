package org.clockwise.core.skill;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewState;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rep's evidence per skill: every quiz and review answer on a question of a module tagged
 * with the skill, which question it was, whether it was the lesson's own quiz, and the
 * question's memory now: predicted recall today (so overdue reviews pull proficiency down) and
 * stability (how established it is); a superseded version's questions have neither.
 */
@Singleton
@Connectable
public class EvidenceQueries {

    private final JdbcOperations jdbc;
    private final AnswerRecall recall;

    EvidenceQueries(JdbcOperations jdbc, AnswerRecall recall) {
        this.jdbc = jdbc;
        this.recall = recall;
    }

    public List<Evidence> evidence(long userId, Instant now) {
        return evidence(userId, now, ALL);
    }

    /**
     * Only what {@link ProficiencyModel#proficiency(java.util.Collection, Instant, double)} counts: each
     * question's latest answer as of {@code now} (the model's order: later, then a review over a first
     * sight, then a wrong answer over a right one). Every answer rewrites the rep's skill summaries,
     * which need no more (issue 13, "Speed"); trends need {@link #evidence}.
     */
    public List<Evidence> latest(long userId, Instant now) {
        return evidence(userId, now, LATEST);
    }

    /**
     * {@link #latest(long, Instant)} for several reps in one statement (issue 13, "Speed": the team
     * dashboard's coaching list asked once per rep): the same query per rep, as a lateral subquery
     * over the reps, so each rep's rows are found the same way. Every rep asked for has an entry.
     */
    public Map<Long, List<Evidence>> latest(Collection<Long> userIds, Instant now) {
        Map<Long, List<Evidence>> byRep = new HashMap<>();
        userIds.forEach(id -> byRep.put(id, new ArrayList<>()));
        if (userIds.isEmpty()) {
            return byRep;
        }
        java.util.Set<Long> later = new java.util.HashSet<>();
        jdbc.prepareStatement(LATEST_OF_REPS, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                List<Answer> rows = new ArrayList<>();
                VersionSkills versions = new VersionSkills();
                while (rs.next()) {
                    long rep = rs.getLong(1);
                    rows.clear();
                    if (!latestRow(rs, 1, now, rows, versions)) {
                        later.add(rep);
                    }
                    for (Answer a : rows) {
                        byRep.get(rep).add(recall.asOf(a, now));
                    }
                }
            }
            return null;
        });
        for (long rep : later) { // an answer later than now kept: read as of now
            byRep.put(rep, latest(rep, now));
        }
        return byRep;
    }

    private static final String ALL = """
                WITH answers AS (
                    SELECT a.course_id, a.version, aa.question_idx, a.submitted_at AS at, aa.correct, true AS first_sight
                    FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id WHERE a.user_id = ?
                    UNION ALL
                    SELECT e.course_id, e.version, e.question_idx, e.reviewed_at, e.correct, false FROM review_events e WHERE e.user_id = ?
                )
                """;

    /**
     * Each question's latest answer, read once per module version rather than once per question
     * (issue 13, "Speed", the write path's skill refresh): every question the rep has answered has a
     * review item (a quiz schedules each of its questions, a review answers an item, and items are
     * never deleted), so the rep's items name the module versions; for each, the newest attempts (all
     * of them on a tie) are one backward index probe, and every attempt stores an answer to every
     * question of its version ({@code QuizGrading.grade}), so their answers are each question's latest
     * first sight. The rep's review events are one index range read, newest per question kept. Both are
     * materialized, so each is read once whatever join the planner picks. Ties break as the model
     * orders answers: later, then a review over a first sight (so a review at the attempt's instant
     * wins), then wrong over right. One row per question with its module's skills, which
     * {@link #rows} spreads into one answer per skill (a third of the rows).
     * {@link #LATEST_BY_PROBE} (one probe per question, V22) and {@link #LATEST_BY_SCAN} are the
     * references LatestAnswerIT compares it with. Since V26 {@link #LATEST} reads the answer kept on each
     * item instead; this read answers when an answer is later than the instant asked about.
     */
    static final String LATEST_BY_VERSION = """
                WITH qa AS MATERIALIZED (
                    SELECT m.course_id, m.version, aa.question_idx, l.submitted_at AS at, bool_and(aa.correct) AS correct
                    FROM (SELECT DISTINCT course_id, version FROM review_items WHERE user_id = ?) m
                    CROSS JOIN LATERAL (
                        SELECT a.id, a.submitted_at FROM attempts a
                        WHERE a.user_id = ? AND a.course_id = m.course_id AND a.version = m.version AND a.submitted_at <= ?
                        ORDER BY a.submitted_at DESC FETCH FIRST 1 ROWS WITH TIES
                    ) l
                    JOIN attempt_answers aa ON aa.attempt_id = l.id
                    GROUP BY m.course_id, m.version, aa.question_idx, l.submitted_at
                ), qr AS MATERIALIZED (
                    SELECT DISTINCT ON (course_id, version, question_idx) course_id, version, question_idx, reviewed_at AS at, correct
                    FROM review_events WHERE user_id = ? AND reviewed_at <= ?
                    ORDER BY course_id, version, question_idx, reviewed_at DESC, correct
                )
                SELECT v.skills, CASE WHEN c.review THEN qr.at ELSE qa.at END, CASE WHEN c.review THEN qr.correct ELSE qa.correct END,
                    ri.stability, ri.difficulty, ri.last_review, ri.due, ri.reps, ri.lapses, ri.superseded,
                    ri.course_id, ri.version, ri.question_idx, c.review
                FROM review_items ri
                LEFT JOIN qa ON qa.course_id = ri.course_id AND qa.version = ri.version AND qa.question_idx = ri.question_idx
                LEFT JOIN qr ON qr.course_id = ri.course_id AND qr.version = ri.version AND qr.question_idx = ri.question_idx
                CROSS JOIN LATERAL (SELECT qr.at IS NOT NULL AND (qa.at IS NULL OR qr.at >= qa.at) AS review) c
                JOIN course_versions v ON v.course_id = ri.course_id AND v.version = ri.version
                WHERE ri.user_id = ? AND (qa.at IS NOT NULL OR qr.at IS NOT NULL)""";

    /**
     * Each question's latest answer as kept on its review item (V26; issue 13, "Speed"): every write that
     * adds an answer keeps it there in its transaction when it is the latest (ReviewStore.saveAll, .insertEvent),
     * so this is one index range over the rep's items, the columns as {@link #LATEST_BY_VERSION} returns them.
     * Only right when no kept answer is later than the instant asked about: {@link #rows} then reads
     * {@link #LATEST_BY_VERSION} instead.
     */
    private static final String LATEST = """
                SELECT v.skills, ri.latest_at, ri.latest_correct,
                    ri.stability, ri.difficulty, ri.last_review, ri.due, ri.reps, ri.lapses, ri.superseded,
                    ri.course_id, ri.version, ri.question_idx, NOT ri.latest_first_sight
                FROM review_items ri
                JOIN course_versions v ON v.course_id = ri.course_id AND v.version = ri.version
                WHERE ri.user_id = ? AND ri.latest_at IS NOT NULL""";

    /**
     * {@link #latest} as it was from V22 until the read per module version: each question's newest
     * attempt and newest review event, one index probe each. A reference for LatestAnswerIT.
     */
    static final String LATEST_BY_PROBE = """
                SELECT skill, x.at, x.correct, ri.stability, ri.difficulty, ri.last_review, ri.due, ri.reps, ri.lapses, ri.superseded,
                    ri.course_id || '#' || ri.version || '#' || ri.question_idx, x.first_sight
                FROM review_items ri
                CROSS JOIN LATERAL (
                    SELECT * FROM (
                        (SELECT a.submitted_at AS at, aa.correct, true AS first_sight
                         FROM attempts a JOIN attempt_answers aa ON aa.attempt_id = a.id AND aa.question_idx = ri.question_idx
                         WHERE a.user_id = ri.user_id AND a.course_id = ri.course_id AND a.version = ri.version AND a.submitted_at <= ?
                         ORDER BY a.submitted_at DESC, aa.correct LIMIT 1)
                        UNION ALL
                        (SELECT e.reviewed_at, e.correct, false FROM review_events e
                         WHERE e.user_id = ri.user_id AND e.course_id = ri.course_id AND e.version = ri.version
                           AND e.question_idx = ri.question_idx AND e.reviewed_at <= ?
                         ORDER BY e.reviewed_at DESC, e.correct LIMIT 1)
                    ) y ORDER BY y.at DESC, y.first_sight, y.correct LIMIT 1
                ) x
                JOIN course_versions v ON v.course_id = ri.course_id AND v.version = ri.version
                CROSS JOIN LATERAL unnest(v.skills) AS skill
                WHERE ri.user_id = ?""";

    /** {@link #LATEST} for each rep of an array: the very same query, the rep taken from the array. */
    private static final String LATEST_OF_REPS = "SELECT r.id, l.* FROM unnest(?) AS r(id) CROSS JOIN LATERAL ("
            + LATEST.substring(0, LATEST.lastIndexOf("WHERE ri.user_id = ?")) + "WHERE ri.user_id = r.id AND ri.latest_at IS NOT NULL) l";

    /** {@link #latest} as it was before V22: every answer of the rep read, the latest kept. The reference LatestAnswerIT compares with. */
    static final String LATEST_BY_SCAN = """
                WITH answers AS (
                    SELECT DISTINCT ON (course_id, version, question_idx) * FROM (
                        SELECT a.course_id, a.version, aa.question_idx, a.submitted_at AS at, aa.correct, true AS first_sight
                        FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id WHERE a.user_id = ?
                        UNION ALL
                        SELECT e.course_id, e.version, e.question_idx, e.reviewed_at, e.correct, false FROM review_events e WHERE e.user_id = ?
                    ) y WHERE at <= ?
                    ORDER BY course_id, version, question_idx, at DESC, first_sight, correct
                )
                """;

    /**
     * One answer as evidence for one skill, with its question's memory state as stored now
     * ({@code null}: none, or a superseded version's): {@link AnswerRecall#asOf} turns it into the
     * {@link Evidence} of an instant. Nothing in it depends on the time it is read at.
     */
    public record Answer(String skillId, String question, Instant answeredAt, boolean correct, boolean firstSight,
                         ReviewState memory) {
    }

    /**
     * What changes whenever the rep's evidence does: their quiz attempts and review answers, each
     * counted. Answers are only ever added, and every change to the rep's review items (schedule,
     * mastery, a superseded version) commits in the transaction that adds one, so an equal stamp
     * means equal evidence (issue 13, "Speed": the skill page keeps its trends per stamp).
     */
    public record Stamp(long attempts, long reviews) {
    }

    /** The rep's {@link Stamp}: two index counts. */
    public Stamp stamp(long userId) {
        return jdbc.prepareStatement("""
                SELECT (SELECT count(*) FROM attempts WHERE user_id = ?), (SELECT count(*) FROM review_events WHERE user_id = ?)""",
                ps -> {
                    ps.setLong(1, userId);
                    ps.setLong(2, userId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new Stamp(rs.getLong(1), rs.getLong(2));
                    }
                });
    }

    /** Every answer of the rep, as {@link #evidence} reads them but without the time-dependent recall. */
    public List<Answer> answers(long userId) {
        return rows(userId, null, ALL);
    }

    private List<Evidence> evidence(long userId, Instant now, String answers) {
        List<Answer> rows = rows(userId, now, answers);
        List<Evidence> evidence = new ArrayList<>(rows.size());
        for (Answer a : rows) {
            evidence.add(recall.asOf(a, now)); // a plain call: no interceptor trip per answer (issue 13)
        }
        return evidence;
    }

    /** {@link #latest} read the way it was before V22 (every answer of the rep), for tests to compare with. */
    List<Evidence> latestByScan(long userId, Instant now) {
        return evidence(userId, now, LATEST_BY_SCAN);
    }

    /**
     * The question's memory now from the row's columns 4 to 10 after the first {@code skip} (the item's
     * state and whether it is superseded); null without one or when superseded.
     */
    private static ReviewState memory(ResultSet rs, int skip) throws SQLException {
        if (rs.getObject(skip + 4) == null || rs.getBoolean(skip + 10)) {
            return null;
        }
        return new ReviewState(rs.getDouble(skip + 4), rs.getDouble(skip + 5), rs.getTimestamp(skip + 6).toInstant(),
                rs.getTimestamp(skip + 7).toInstant(), rs.getInt(skip + 8), rs.getInt(skip + 9));
    }

    /** {@link #latest} read as from V22 (one index probe per question), for tests to compare with. */
    List<Evidence> latestByProbe(long userId, Instant now) {
        return evidence(userId, now, LATEST_BY_PROBE);
    }

    /** {@link #latest} read per module version, as before V26, for tests to compare with. */
    List<Evidence> latestByVersion(long userId, Instant now) {
        return evidence(userId, now, LATEST_BY_VERSION);
    }

    /**
     * Adds the answers of a {@link #LATEST} or {@link #LATEST_BY_VERSION} row (its columns after the first
     * {@code skip}), one per skill of its module; false, adding none, when the answer is later than {@code now}.
     */
    private static boolean latestRow(ResultSet rs, int skip, Instant now, List<Answer> rows, VersionSkills versions)
            throws SQLException {
        Instant at = rs.getTimestamp(skip + 2).toInstant();
        if (now != null && at.isAfter(now)) {
            return false;
        }
        ReviewState memory = memory(rs, skip);
        String version = rs.getString(skip + 11) + '#' + rs.getInt(skip + 12);
        String question = version + '#' + rs.getInt(skip + 13);
        boolean correct = rs.getBoolean(skip + 3);
        boolean firstSight = !rs.getBoolean(skip + 14); // the attempt's answer unless the review's is the latest
        String[] skills = versions.of(version, rs, skip + 1);
        if (skills == null) {
            return true; // as unnest of no skills: no evidence
        }
        for (String skill : skills) {
            rows.add(new Answer(skill, question, at, correct, firstSight, memory));
        }
        return true;
    }

    /**
     * The skills column of a {@link #latestRow} read, decoded once per module version within one read
     * (issue 13, the writes' CPU): it is {@code course_versions.skills} joined on the row's course and
     * version, so every row of a version carries the same array, and decoding it (a text array, one
     * string per skill) for each of a rep's few hundred items was a tenth of a quiz POST's allocation.
     * Held only for one statement's rows: nothing is kept between reads.
     */
    private static final class VersionSkills {
        private static final String[] NONE = new String[0];
        private final Map<String, String[]> byVersion = new HashMap<>();

        /** The row's skills (column {@code column}), null when the column is null. */
        String[] of(String version, ResultSet rs, int column) throws SQLException {
            String[] skills = byVersion.get(version);
            if (skills == null) {
                java.sql.Array array = rs.getArray(column);
                skills = array == null ? NONE : (String[]) array.getArray();
                byVersion.put(version, skills);
            }
            return skills == NONE ? null : skills;
        }
    }

    private List<Answer> rows(long userId, Instant now, String answers) {
        if (answers == LATEST) {
            List<Answer> kept = jdbc.prepareStatement(LATEST, ps -> {
                ps.setLong(1, userId);
                List<Answer> rows = new ArrayList<>();
                VersionSkills versions = new VersionSkills();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!latestRow(rs, 0, now, rows, versions)) {
                            return null;
                        }
                    }
                }
                return rows;
            });
            if (kept != null) {
                return kept;
            }
            answers = LATEST_BY_VERSION; // an answer later than now is kept: read the answers as of now
        }
        String query = answers;
        String sql = answers == LATEST_BY_VERSION || answers == LATEST_BY_PROBE ? answers : answers + """
                SELECT skill, x.at, x.correct, ri.stability, ri.difficulty, ri.last_review, ri.due, ri.reps, ri.lapses, ri.superseded,
                    x.course_id || '#' || x.version || '#' || x.question_idx, x.first_sight
                FROM answers x
                JOIN course_versions v ON v.course_id = x.course_id AND v.version = x.version
                CROSS JOIN LATERAL unnest(v.skills) AS skill
                LEFT JOIN review_items ri ON ri.user_id = ? AND ri.course_id = x.course_id AND ri.version = x.version
                    AND ri.question_idx = x.question_idx""";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            if (query == LATEST_BY_VERSION) {
                ps.setLong(i++, userId);
                ps.setLong(i++, userId);
                ps.setTimestamp(i++, Timestamp.from(now));
                ps.setLong(i++, userId);
                ps.setTimestamp(i++, Timestamp.from(now));
            } else if (query == LATEST_BY_PROBE) {
                ps.setTimestamp(i++, Timestamp.from(now));
                ps.setTimestamp(i++, Timestamp.from(now));
            } else {
                ps.setLong(i++, userId);
                ps.setLong(i++, userId);
                if (query == LATEST_BY_SCAN) {
                    ps.setTimestamp(i++, Timestamp.from(now));
                }
            }
            ps.setLong(i, userId);
            List<Answer> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                if (query == LATEST_BY_VERSION) {
                    VersionSkills versions = new VersionSkills();
                    while (rs.next()) {
                        latestRow(rs, 0, null, rows, versions);
                    }
                    return rows;
                }
                while (rs.next()) {
                    rows.add(answer(rs, 0));
                }
            }
            return rows;
        });
    }

    /** The answer in the row's columns after the first {@code skip}. */
    private static Answer answer(ResultSet rs, int skip) throws SQLException {
        ReviewState memory = memory(rs, skip);
        return new Answer(rs.getString(skip + 1), rs.getString(skip + 11), rs.getTimestamp(skip + 2).toInstant(),
                rs.getBoolean(skip + 3), rs.getBoolean(skip + 12), memory);
    }
}
