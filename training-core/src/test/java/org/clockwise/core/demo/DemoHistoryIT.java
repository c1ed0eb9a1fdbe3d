package org.clockwise.core.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.CountingPlanStore;
import org.clockwise.core.progress.CountingAttemptRecorder;
import org.clockwise.core.skill.CountingEvidenceQueries;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * issue 13 (first start ≤ 10 s): the demo history the first start writes in parallel (each rep in a
 * transaction of its own, several reps at once, each rep's quiz attempts and reviews answered in memory and written in bulk, the
 * skills its plans and snapshots read computed from the rep's answers held in memory)
 * is the history the rules give when every answer is replayed
 * call by call, one rep after the other, each call committing on its own, as a rep's clicks would. Same reps, same seed, every row of every table the history writes, compared column
 * by column (nothing is left out: ids are minted from the rep, module and instant, so they agree too).
 */
class DemoHistoryIT {

    /** Every table the history writes, with the rows of the given reps in a fixed order. */
    private static final Map<String, String> TABLES = tables();

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        String reps = "user_id = ANY (?)";
        t.put("attempts", "SELECT * FROM attempts WHERE " + reps + " ORDER BY id");
        t.put("attempt_answers", "SELECT a.* FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id WHERE t." + reps
                + " ORDER BY a.attempt_id, a.question_idx");
        t.put("completions", "SELECT * FROM completions WHERE " + reps + " ORDER BY user_id, course_id");
        t.put("review_items", "SELECT * FROM review_items WHERE " + reps + " ORDER BY user_id, course_id, version, question_idx");
        t.put("review_events", "SELECT * FROM review_events WHERE " + reps + " ORDER BY id");
        t.put("daily_plans", "SELECT * FROM daily_plans WHERE " + reps + " ORDER BY user_id, day");
        t.put("daily_activity", "SELECT * FROM daily_activity WHERE " + reps + " ORDER BY user_id, day");
        t.put("skill_snapshots", "SELECT * FROM skill_snapshots WHERE " + reps + " ORDER BY 1, 2, 3");
        t.put("rep_skill_status", "SELECT * FROM rep_skill_status WHERE " + reps + " ORDER BY 1, 2, 3");
        return t;
    }

    private final DemoHistory history = CoreContext.bean(DemoHistory.class);

    @Test
    void theHistoryWrittenInParallelEqualsTheOneReplayedAnswerByAnswer() {
        Fixtures.publish(TestLibrary.create(), "demo-one", "demo-two", "demo-three", "demo-four");
        Organisation org = Fixtures.anOrganisation();
        LocalDate today = LocalDate.now();
        // A new hire, a rep of a few weeks and a veteran, in three time zones; 28 days cover weekly snapshots.
        List<User> reps = List.of(
                Fixtures.aUser(org, today.minusDays(9), "America/New_York", Role.REP),
                Fixtures.aUser(org, today.minusDays(40), "Asia/Tokyo", Role.REP),
                Fixtures.aUser(org, today.minusDays(900), "Europe/Berlin", Role.REP));
        Long[] ids = reps.stream().map(User::id).toArray(Long[]::new);

        // The first start's path: each rep in a transaction of its own, two at a time on two connections.
        long skillReads = CountingEvidenceQueries.latestReads();
        long plansInserted = CountingPlanStore.plansInserted();
        long attemptsRecorded = CountingAttemptRecorder.recorded();
        history.writeInParallel(reps, today, 28, 2, rep -> {
        });
        // issue 13, first start: the skills each plan and weekly snapshot read come from the answers held in memory
        assertEquals(skillReads, CountingEvidenceQueries.latestReads(), "skill queries run by the first start's history");
        // issue 13, first start: each day's plan is made in memory and the rep's plans are stored in one statement
        assertEquals(plansInserted, CountingPlanStore.plansInserted(), "plans stored one by one by the first start's history");
        // issue 13, first start: each attempt is recorded in memory by the recorder's rules and the rep's attempts written in bulk
        assertEquals(attemptsRecorded, CountingAttemptRecorder.recorded(), "attempts recorded one by one by the first start's history");
        Map<String, List<String>> inParallel = rows(ids);
        deleteHistory(ids); // so the replay starts from nothing
        assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE user_id = ANY (?)", (Object) ids), "deleted");

        history.simulate(reps, today, 28); // one rep after the other, each service call in a transaction of its own
        Map<String, List<String>> replayed = rows(ids);
        // The reps' habits are drawn from their (random) e-mail addresses, so the count of plans varies from run to run:
        // compare with the plans stored, not with a fixed number.
        int plansStored = replayed.get("daily_plans").size();
        assertTrue(CountingEvidenceQueries.latestReads() - skillReads >= plansStored, "the replay reads the skills for every plan");
        assertEquals(plansStored, CountingPlanStore.plansInserted() - plansInserted, "the replay stores every plan on its own");
        assertEquals(replayed.get("attempts").size(), CountingAttemptRecorder.recorded() - attemptsRecorded,
                "the replay records every attempt through the recorder");

        for (String table : TABLES.keySet()) {
            assertTrue(!replayed.get(table).isEmpty(), "the small organisation has " + table);
            assertEquals(replayed.get(table), inParallel.get(table), table);
        }
        assertTrue(replayed.get("review_events").size() > 20, "weeks of reviews: " + replayed.get("review_events").size());
    }

    /** Every row the history wrote for these reps, children first. */
    private static void deleteHistory(Long[] ids) {
        JdbcOperations jdbc = CoreContext.bean(JdbcOperations.class);
        List<String> tables = new ArrayList<>(TABLES.keySet());
        Db.transactions().executeWrite(status -> {
            jdbc.prepareStatement("DELETE FROM attempt_answers WHERE attempt_id IN (SELECT id FROM attempts WHERE user_id = ANY (?))",
                    ps -> deleteFor(ps, ids));
            for (String table : List.of("completions", "review_events", "review_items", "attempts", "daily_plans", "daily_activity",
                    "skill_snapshots", "rep_skill_status")) {
                tables.remove(table);
                jdbc.prepareStatement("DELETE FROM " + table + " WHERE user_id = ANY (?)", ps -> deleteFor(ps, ids));
            }
            return null;
        });
        assertEquals(List.of("attempt_answers"), tables, "every table the history writes is emptied");
    }

    private static int deleteFor(PreparedStatement ps, Long[] ids) throws SQLException {
        ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
        return ps.executeUpdate();
    }

    private static Map<String, List<String>> rows(Long[] ids) {
        JdbcOperations jdbc = CoreContext.bean(JdbcOperations.class);
        return Db.transactions().executeRead(status -> {
            Map<String, List<String>> all = new LinkedHashMap<>();
            TABLES.forEach((table, sql) -> all.put(table, jdbc.prepareStatement(sql, ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids));
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringJoiner row = new StringJoiner(", ", "{", "}");
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.add(meta.getColumnName(c) + "=" + rs.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
                return rows;
            })));
            return all;
        });
    }
}
