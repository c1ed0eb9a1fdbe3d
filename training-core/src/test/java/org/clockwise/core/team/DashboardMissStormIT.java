package org.clockwise.core.team;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.people.User;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.core.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (wt-team): the dashboards of different teams are not all recomputed in the same second when
 * the clock passes a quarter hour (the key held the clock's quarter hour: a miss storm four times an
 * hour), yet each is still recomputed within {@link TeamDashboard#REFRESH_SECONDS} for time alone, and
 * at once when a rep's own day turns.
 */
class DashboardMissStormIT {

    private static final int TEAMS = 12;

    @Test
    void dashboardsExpireAtMomentsOfTheirOwnAndStillWithinTheRefresh() {
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        Fixtures.publish(TestLibrary.create(), "storm1");
        List<List<RepInfo>> teams = new ArrayList<>();
        for (int i = 0; i < TEAMS; i++) {
            User rep = Fixtures.aUser(org, Role.REP);
            teams.add(List.of(new RepInfo(rep.id(), rep.displayName(), rep.hireDate(), rep.email(), ZoneId.of("UTC"), "")));
        }
        Instant quarter = Instant.ofEpochSecond((Instant.now().getEpochSecond() / 900 + 1) * 900);
        MovableClock clock = new MovableClock(quarter.minusSeconds(1));
        TeamDashboard dashboards = dashboards(clock);

        List<Dashboard> first = teams.stream().map(t -> view(dashboards, manager, t)).toList();
        for (int i = 0; i < TEAMS; i++) {
            assertSame(first.get(i), view(dashboards, manager, teams.get(i)), "nothing changed: served again");
        }
        clock.move(Duration.ofSeconds(2)); // past the quarter hour
        int recomputed = 0;
        for (int i = 0; i < TEAMS; i++) {
            recomputed += view(dashboards, manager, teams.get(i)) == first.get(i) ? 0 : 1;
        }
        assertTrue(recomputed <= 2, recomputed + " of " + TEAMS + " dashboards were recomputed in the same two seconds");

        clock.move(Duration.ofSeconds(TeamDashboard.REFRESH_SECONDS));
        for (int i = 0; i < TEAMS; i++) {
            assertNotSame(first.get(i), view(dashboards, manager, teams.get(i)), "recomputed within the refresh period");
        }
    }

    @Test
    void aDashboardIsRecomputedAtItsRepsLocalMidnight() {
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        ZoneId kolkata = ZoneId.of("Asia/Kolkata"); // midnight there is at half past the hour in UTC
        List<RepInfo> team = List.of(new RepInfo(rep.id(), rep.displayName(), rep.hireDate(), rep.email(), kolkata, ""));
        Instant midnight = LocalDate.now(kolkata).plusDays(1).atStartOfDay(kolkata).toInstant();
        MovableClock clock = new MovableClock(midnight.minusSeconds(1));
        TeamDashboard dashboards = dashboards(clock);
        Dashboard before = view(dashboards, manager, team);
        assertEquals(List.of(LocalDate.ofInstant(midnight.minusSeconds(1), kolkata)), TeamDashboard.repDays(team, clock.instant()));
        clock.move(Duration.ofSeconds(2));
        assertNotSame(before, view(dashboards, manager, team), "the rep's day turned: their next lesson may have changed");
    }

    private static TeamDashboard dashboards(MovableClock clock) {
        return new TeamDashboard(CoreContext.bean(DashboardAssembler.class), CoreContext.bean(TeamStampQueries.class),
                CoreContext.bean(UserStore.class), clock, new TeamSettings(256, 0));
    }

    private static Dashboard view(TeamDashboard dashboards, User manager, List<RepInfo> team) {
        return Db.transactions().executeRead(s -> dashboards.view(manager.id(), team, null));
    }
}
