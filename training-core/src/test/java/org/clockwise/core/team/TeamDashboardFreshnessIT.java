package org.clockwise.core.team;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Issue 13, team dashboard speed: the cached dashboard is never stale. After a team member's
 * answer, the next view shows exactly what a dashboard assembled afresh from the database shows,
 * for the overview, the heatmap's skills, the coaching list, culture and coverage.
 */
class TeamDashboardFreshnessIT {

    private final TeamDashboard dashboards = CoreContext.bean(TeamDashboard.class);
    private final DashboardAssembler assembler = CoreContext.bean(DashboardAssembler.class);

    @Test
    void aTeamMembersAnswerShowsOnTheNextView() {
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        LocalDate today = LocalDate.now(manager.zone());
        User ann = Fixtures.aUser(org, today.minusDays(40), "UTC", Role.REP);
        User bob = Fixtures.aUser(org, today.minusDays(20), "UTC", Role.REP);
        User cat = Fixtures.aUser(org, today.minusDays(10), "UTC", Role.REP);
        Fixtures.aTeam(org, manager, ann, bob, cat);
        List<String> modules = Fixtures.publish(TestLibrary.create(), "fresh1", "fresh2");
        Fixtures.takeQuiz(ann, modules.get(0), Instant.now().minusSeconds(3600), 30);
        List<RepInfo> reps = CoreContext.bean(TeamAccessQueries.class).visibleReps(manager.id(), false);

        Dashboard before = view(manager, reps);
        assertSame(before, view(manager, reps));

        // Bob answers his first quiz: active this week, a skill above zero, the coaching list moves.
        Fixtures.takeQuiz(bob, modules.get(0), Instant.now().minusSeconds(5), 30);
        Dashboard after = view(manager, reps);
        assertFresh(after, reps, today);
        assertNotEquals(before.overview(), after.overview(), "Bob is active now");

        // A second answer, by a rep who answered before, on another module.
        Fixtures.takeQuiz(ann, modules.get(1), Instant.now().minusSeconds(2), 30);
        Dashboard again = view(manager, reps);
        assertFresh(again, reps, today);
        assertNotEquals(after.skillTrends().get(ann.id()), again.skillTrends().get(ann.id()), "Ann's skills moved");
    }

    private Dashboard view(User manager, List<RepInfo> reps) {
        return Db.transactions().executeRead(s -> dashboards.view(manager.id(), reps, null));
    }

    /** What the page shows from the dashboard equals the computation from scratch on the same data. */
    private void assertFresh(Dashboard cached, List<RepInfo> reps, LocalDate today) {
        Dashboard fresh = Db.transactions().executeRead(s -> assembler.assemble(reps, null, today));
        assertEquals(fresh.overview(), cached.overview());
        assertEquals(fresh.skillTrends(), cached.skillTrends());
        assertEquals(fresh.coaching(), cached.coaching());
        assertEquals(fresh.culture(), cached.culture());
        assertEquals(fresh.coverage(), cached.coverage());
        assertEquals(fresh.progression(), cached.progression());
        assertEquals(fresh.assignments(), cached.assignments());
    }

    private static void assertSame(Dashboard expected, Dashboard actual) {
        // Within one quarter hour the same instance comes back; across one, an equal recomputation.
        assertEquals(expected.overview(), actual.overview());
        assertEquals(expected.skillTrends(), actual.skillTrends());
    }
}
