package org.clockwise.core.team;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillTrend;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard service over the real database: assembled from the summaries, kept until its stamp moves. */
class TeamDashboardIT {

    private final TeamDashboard dashboards = CoreContext.bean(TeamDashboard.class);

    @Test
    void aNewTeamIsBelowTargetAndItsDashboardIsKeptUntilSomethingChanges() {
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, rep);
        String module = Fixtures.publish(TestLibrary.create(), "dash").get(0);
        List<RepInfo> reps = CoreContext.bean(TeamAccessQueries.class).visibleReps(manager.id(), false);
        assertEquals(256, CoreContext.bean(TeamSettings.class).dashboardCacheSize(), "the default");

        long quarterHour = Instant.now().getEpochSecond() / 900;
        Dashboard first = dashboards.view(manager.id(), reps, null);
        Dashboard again = dashboards.view(manager.id(), reps, "Not a skill!");
        if (Instant.now().getEpochSecond() / 900 == quarterHour) { // the quarter hour is part of the key
            assertSame(first, again, "nothing changed, and a nonsense skill is no skill");
        }

        List<SkillTrend> skills = first.skillTrends().get(rep.id());
        assertEquals(first.skills().size(), skills.size(), "one line per catalog skill");
        assertTrue(skills.stream().allMatch(s -> s.percent() == 0 && s.targetPercent() > 0 && s.trend().size() == Dashboard.WEEKS),
                skills.toString());
        assertEquals(List.of(rep.id()), first.coaching().stream().map(Dashboard.Coaching::repId).toList());
        assertEquals(first.skills().get(0).id(), first.progression().skillId());

        CoreContext.bean(PlanService.class).assign(manager.id(), List.of(rep.id()), module, LocalDate.now().plusDays(3));
        Dashboard assigned = dashboards.view(manager.id(), reps, null);
        assertNotSame(first, assigned);
        assertEquals(List.of(module), assigned.assignments().stream().map(a -> a.moduleId()).toList());
    }
}
