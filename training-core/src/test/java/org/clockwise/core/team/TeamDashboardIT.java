package org.clockwise.core.team;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.skill.SkillStatus;
import org.clockwise.core.skill.SkillStatuses;
import org.clockwise.core.team.metrics.CoachingChoice;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillTrend;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    /**
     * Two discovery modules and none for value articulation; three reps past day 90 (target 70% on
     * both skills). Fay answered a discovery quiz on day 85, so her snapshot holds day 85's 55%
     * targets while the plan reads today's 70%; her largest gap is value articulation, which no
     * lesson practises, so the plan gives her a discovery lesson "because" of discovery. Gus opened
     * Today and finished its lesson. Hal has done nothing: the plan aims at his largest gap.
     */
    @Test
    void theLargestGapTheNextLessonAndItsReasonAgree() {
        Organisation org = Fixtures.anOrganisation();
        User manager = Fixtures.aUser(org, Role.MANAGER);
        LocalDate today = LocalDate.now();
        User fay = Fixtures.aUser(org, today.minusDays(105), "UTC", Role.REP);
        User gus = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        User hal = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        Fixtures.aTeam(org, manager, fay, gus, hal);
        List<String> modules = Fixtures.publish(TestLibrary.create(), "disc1", "disc2");
        String first = modules.get(0);
        String second = modules.get(1);
        Fixtures.takeQuiz(fay, first, Instant.now().minus(Duration.ofDays(20)), 30);
        PlanService plans = CoreContext.bean(PlanService.class);
        assertEquals(first, plans.today(gus.id()).lesson().item().moduleId(), "a tie goes to Discovery questioning, by name");
        Fixtures.takeQuiz(gus, first, Instant.now(), 30);
        List<RepInfo> reps = CoreContext.bean(TeamAccessQueries.class).visibleReps(manager.id(), false);

        Dashboard board = dashboards.view(manager.id(), reps, null);
        Map<Long, Dashboard.Coaching> rows = board.coaching().stream()
                .collect(Collectors.toMap(Dashboard.Coaching::repId, Function.identity()));

        // Fay: the row's gap is the plan's live one (today's target), not the snapshot's.
        Dashboard.Coaching fayRow = rows.get(fay.id());
        SkillStatus fayGap = CoreContext.bean(SkillStatuses.class).of(fay.rep(), Instant.now()).skills().stream()
                .filter(s -> s.skillId().equals("value-articulation")).findFirst().orElseThrow();
        assertEquals("Value articulation", fayRow.skill());
        assertEquals(List.of(fayGap.percent(), fayGap.targetPercent()), List.of(fayRow.percent(), fayRow.target()));
        assertEquals(List.of(0, 70), List.of(fayRow.percent(), fayRow.target()));
        assertEquals(55, board.skillTrends().get(fay.id()).get(1).targetPercent(),
                "the snapshot still holds day 85's target: the root of the old disagreement");
        assertEquals("Lesson " + second, fayRow.nextTitle());
        assertEquals("plan.reason.gap", fayRow.reason().key());
        assertEquals("Discovery questioning", fayRow.reason().args().get(0), "the plan's reason, unchanged");
        assertEquals(CoachingChoice.Aim.ELSEWHERE, fayRow.aim(), "and the row says the lesson does not practise her largest gap");
        assertFalse(fayRow.tomorrow());

        // Gus: the lesson he finished today is not next; the one after it is, for tomorrow.
        Dashboard.Coaching gusRow = rows.get(gus.id());
        assertNotEquals("Lesson " + first, gusRow.nextTitle());
        assertEquals("Lesson " + second, gusRow.nextTitle());
        assertTrue(gusRow.tomorrow());
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ?", gus.id()), "nothing more is stored");

        // Hal: the plan aims at his largest gap, and the reason's numbers are the row's.
        Dashboard.Coaching halRow = rows.get(hal.id());
        assertEquals("Discovery questioning", halRow.skill());
        assertEquals("Lesson " + first, halRow.nextTitle());
        assertEquals(List.of("Discovery questioning", "0", "70"), halRow.reason().args().subList(0, 3));
        assertEquals(List.of(0, 70), List.of(halRow.percent(), halRow.target()));
        assertEquals(CoachingChoice.Aim.GAP, halRow.aim());
        assertEquals(0, Db.count("SELECT count(*) FROM daily_plans WHERE user_id IN (?, ?)", fay.id(), hal.id()));
    }
}
