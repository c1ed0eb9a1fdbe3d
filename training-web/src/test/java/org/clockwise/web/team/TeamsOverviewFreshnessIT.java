package org.clockwise.web.team;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 ("Speed"): the teams overview no longer aggregates the organisation's activity on every
 * view. It shows exactly what the full computation ({@link OrgOverviewQueries#of}, the reference)
 * gives on the same data, says as of when, and keeps those figures for at most the stated age.
 */
class TeamsOverviewFreshnessIT extends ServerTest {

    @Test
    void theOverviewShowsTheFullComputationsFiguresAndSaysHowFreshTheyAre() {
        String module = "overview-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        Organisation o = Fixtures.anOrganisation();
        User admin = Fixtures.aUser(o, Role.ADMIN);
        User m1 = Fixtures.aUser(o, Role.MANAGER);
        User m2 = Fixtures.aUser(o, Role.MANAGER);
        User r1 = Fixtures.aUser(o, Role.REP);
        User r2 = Fixtures.aUser(o, Role.REP);
        User r3 = Fixtures.aUser(o, Role.REP);
        Fixtures.aTeam(o, m1, r1, r2);
        Fixtures.aTeam(o, m2, r3);
        Instant now = Instant.now();
        Fixtures.takeQuiz(r1, module, now.minus(Duration.ofDays(1)), 120);
        Fixtures.takeQuiz(r3, module, now.minus(Duration.ofDays(2)), 60);

        Browser browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        Document page = browser.get("/team/teams").html();
        OrgOverviewQueries.Overview before = reference(admin, true);
        assertSameFigures(before, page);
        Element asOf = page.selectFirst(".teams-as-of");
        assertNotNull(asOf, "the page says how fresh its figures are");
        assertTrue(asOf.text().matches("Figures as of \\d\\d:\\d\\d:\\d\\d; they are recomputed at most every 60 seconds\\."), asOf.text());

        Browser manager = new Browser();
        manager.signIn(m1.email(), Fixtures.PASSWORD);
        assertSameFigures(reference(m1, false), manager.get("/team/teams").html());

        Fixtures.takeQuiz(r2, module, now.minus(Duration.ofHours(1)), 120);
        OrgOverviewQueries.Overview after = reference(admin, true);
        assertNotEquals(before.total().activeThisWeek(), after.total().activeThisWeek(), "the test's new activity moves the figures");
        Document again = browser.get("/team/teams").html();
        assertSameFigures(before, again);
        assertEquals(asOf.text(), again.selectFirst(".teams-as-of").text(), "within the stated age, the figures of the time stated");
    }

    private static OrgOverviewQueries.Overview reference(User viewer, boolean admin) {
        List<TeamAccessQueries.Team> teams = TestServer.bean(TeamAccessQueries.class).visibleTeams(viewer.id(), admin);
        LocalDate today = LocalDate.now(TestServer.bean(UserStore.class).findById(viewer.id()).orElseThrow().zone());
        return TestServer.bean(OrgOverviewQueries.class).of(teams, today);
    }

    private static void assertSameFigures(OrgOverviewQueries.Overview expected, Document page) {
        assertEquals(expected.teams().size(), page.select("table.teams tr[data-team]").size());
        for (OrgOverviewQueries.TeamRow t : expected.teams()) {
            Element row = page.selectFirst("table.teams tr[data-team=" + t.teamId() + "]");
            assertNotNull(row, "team " + t.teamId());
            assertEquals(List.of(t.managers(), String.valueOf(t.reps()), t.activePercent() + "%", String.valueOf(t.plansCompleted7d()),
                    String.format(Locale.ENGLISH, "%.1f", t.minutesPerRep7d()), t.atTargetPercent() + "%",
                    t.proficiencyPercent() + "% / " + t.targetPercent() + "%", String.valueOf(t.quiet())),
                    row.select("td").eachText(), t.name());
        }
        OrgOverviewQueries.TeamRow total = expected.total();
        assertEquals(List.of(total.activeThisWeek() + " of " + total.reps(), String.valueOf(total.plansCompleted7d()),
                total.atTargetPercent() + "%", String.valueOf(total.quiet())), page.select(".overview .stat-value").eachText());
    }
}
