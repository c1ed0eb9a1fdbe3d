package org.clockwise.core.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * issue 13 (first start ≤ 10 s): the demo's reps get their history in transactions of their own, several at
 * once, and a first start stopped part-way never leaves a half-loaded demo that later starts skip: the next
 * start writes the history of every rep that was not finished, for the day the first start chose.
 */
class DemoStartupIT {

    private static final String DEMO_USERS = "SELECT id FROM users WHERE org_id IN (SELECT id FROM organisations WHERE demo)";
    private static final String KEEN_REP = "rep@demo.clockwise.test";

    @Test
    void aFirstStartStoppedDuringTheHistoryIsFinishedByTheNextStart() {
        DemoStartup startup = CoreContext.bean(DemoStartup.class);
        assertEquals(0, Db.count("SELECT count(*) FROM organisations WHERE demo"), "no demo organisation yet");
        LocalDate today = LocalDate.now().minusDays(2); // the day of the first start, which the next start keeps
        try {
            // Reps go longest tenure first, so the keen new hire comes late: others have committed by then.
            IllegalStateException stopped = assertThrows(IllegalStateException.class, () -> startup.load(today, 5, rep -> {
                if (rep.email().equals(KEEN_REP)) {
                    throw new IllegalStateException("stopped during the history");
                }
            }));
            assertEquals("stopped during the history", stopped.getMessage());
            assertEquals(1, Db.count("SELECT count(*) FROM organisations WHERE demo"));
            // issue 13, first start: every demo account with a password has the hash made in advance (no bcrypt at start)
            assertEquals(DemoOrganisation.PEOPLE.size(), Db.count("SELECT count(*) FROM users WHERE password_hash = ? AND id IN ("
                    + DEMO_USERS + ")", DemoOrganisation.PASSWORD_HASH));
            assertEquals(0, plansOf(KEEN_REP), "the stopped rep's history was rolled back");
            assertEquals(1, Db.count("SELECT count(*) FROM demo_history_pending p JOIN users u ON u.id = p.user_id WHERE u.email = ?",
                    KEEN_REP), "and is still to do");
            long finished = Db.count("SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP'"
                    + " WHERE u.password_hash IS NOT NULL AND u.id IN (" + DEMO_USERS + ")"
                    + " AND u.id NOT IN (SELECT user_id FROM demo_history_pending)");
            assertTrue(finished >= 6, "reps done before the stop keep their history: " + finished);

            startup.load(LocalDate.now(), 84, rep -> {
            }); // the next start: another day, another setting, but it finishes what the first start began

            assertEquals(0, Db.count("SELECT count(*) FROM demo_history_pending"), "nothing left to do");
            assertEquals(1, Db.count("SELECT count(*) FROM organisations WHERE demo"), "the same demo organisation");
            assertTrue(plansOf(KEEN_REP) > 0, "the keen new hire has their history");
            assertEquals(0, Db.count("SELECT count(*) FROM daily_plans WHERE day >= ? AND user_id IN (" + DEMO_USERS + ")", today),
                    "the history ends the day before the first start's day");
            assertEquals(0, Db.count("SELECT count(*) FROM daily_plans WHERE day < ? AND user_id IN (" + DEMO_USERS + ")",
                    today.minusDays(5)), "and covers the first start's five days");

            long plans = Db.count("SELECT count(*) FROM daily_plans WHERE user_id IN (" + DEMO_USERS + ")");
            startup.load(LocalDate.now(), 84, rep -> {
            }); // a restart
            assertEquals(plans, Db.count("SELECT count(*) FROM daily_plans WHERE user_id IN (" + DEMO_USERS + ")"), "a restart writes nothing");
        } finally {
            removeTheDemo();
        }
    }

    private static long plansOf(String email) {
        return Db.count("SELECT count(*) FROM daily_plans p JOIN users u ON u.id = p.user_id WHERE u.email = ?", email);
    }

    /** Other tests never see demo data. */
    private static void removeTheDemo() {
        JdbcOperations jdbc = CoreContext.bean(JdbcOperations.class);
        Db.transactions().executeWrite(status -> {
            for (String sql : List.of(
                    "DELETE FROM attempt_answers WHERE attempt_id IN (SELECT id FROM attempts WHERE user_id IN (" + DEMO_USERS + "))",
                    "DELETE FROM completions WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM review_events WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM review_items WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM attempts WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM daily_plans WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM daily_activity WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM skill_snapshots WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM rep_skill_status WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM team_managers WHERE manager_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM team_members WHERE user_id IN (" + DEMO_USERS + ")",
                    "DELETE FROM mail_outbox WHERE org_id IN (SELECT id FROM organisations WHERE demo)",
                    "DELETE FROM teams WHERE parent_team_id IS NOT NULL AND org_id IN (SELECT id FROM organisations WHERE demo)",
                    "DELETE FROM teams WHERE org_id IN (SELECT id FROM organisations WHERE demo)",
                    "DELETE FROM users WHERE org_id IN (SELECT id FROM organisations WHERE demo)",
                    "DELETE FROM organisations WHERE demo")) {
                jdbc.prepareStatement(sql, ps -> ps.executeUpdate());
            }
            return null;
        });
    }
}
