package org.clockwise.core.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The fingerprint behind the team dashboard cache moves with every change a dashboard shows,
 * including the changes a plain maximum or total would miss.
 */
class TeamStampQueriesIT {

    private final TeamStampQueries stamps = CoreContext.bean(TeamStampQueries.class);
    private final LocalDate today = LocalDate.now();

    @Test
    void aNightlyRefreshStampingManyRepsWithOneInstantStillMovesIt() {
        Organisation org = Fixtures.anOrganisation();
        User a = Fixtures.aUser(org, Role.REP);
        User b = Fixtures.aUser(org, Role.REP);
        status(a, "2026-01-05 03:37:00+00", 0.5);
        status(b, "2026-01-04 03:37:00+00", 0.5);
        String before = stamp(a, b);
        assertEquals(before, stamp(a, b), "nothing changed");

        // The job refreshes b with the same instant a already has: the newest update time stays the same.
        status(b, "2026-01-05 03:37:00+00", 0.4);
        assertNotEquals(before, stamp(a, b));
    }

    @Test
    void aRepairThatMovesActivityBetweenDaysWithTheSameTotalsMovesIt() {
        // A record's hash is linear in its columns' hashes, so summed row hashes can cancel out when values are
        // swapped between rows; whether they do depended on the rep's id and the days (the CI met it once). So
        // many reps and days, each swap must move the stamp.
        Organisation org = Fixtures.anOrganisation();
        for (int i = 0; i < 40; i++) {
            User rep = Fixtures.aUser(org, Role.REP);
            LocalDate first = today.minusDays(2 + i % 30);
            activity(rep, first, 1, 0, 120 + i);
            activity(rep, first.plusDays(1), 0, 1, 30);
            String before = stamp(rep);

            // Same count, same sums, different days and kinds: what a drift repair can look like.
            sql("DELETE FROM daily_activity WHERE user_id = ?", rep.id());
            activity(rep, first, 0, 1, 30);
            activity(rep, first.plusDays(1), 1, 0, 120 + i);
            assertNotEquals(before, stamp(rep), "rep " + i);
        }
    }

    @Test
    void anAssignmentMovedToAnotherDayMovesIt() {
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "stamp").get(0);
        CoreContext.bean(PlanService.class).assign(manager.id(), List.of(rep.id()), module, today.plusDays(3));
        String before = stamp(rep);
        sql("UPDATE manager_assignments SET due_date = due_date + 1 WHERE user_id = ?", rep.id());
        assertNotEquals(before, stamp(rep));
    }

    private String stamp(User... reps) {
        return Db.transactions().executeRead(s -> stamps.of(Arrays.stream(reps).map(User::id).toList(),
                today.minusDays(84), today));
    }

    private static void status(User rep, String updatedAt, double proficiencySum) {
        sql("INSERT INTO rep_skill_status (user_id, week_start, skills, at_target, proficiency_sum, target_sum, updated_at) "
                + "VALUES (?, DATE '2026-01-05', 2, 0, " + proficiencySum + ", 1.4, TIMESTAMPTZ '" + updatedAt + "') "
                + "ON CONFLICT (user_id) DO UPDATE SET proficiency_sum = EXCLUDED.proficiency_sum, updated_at = EXCLUDED.updated_at",
                rep.id());
    }

    private static void activity(User rep, LocalDate day, int lessons, int reviews, int seconds) {
        sql("INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds) VALUES (?, DATE '" + day + "', "
                + lessons + ", " + reviews + ", " + seconds + ")", rep.id());
    }

    private static void sql(String statement, long userId) {
        Db.transactions().executeWrite(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(statement, ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        }));
    }
}
