package org.clockwise.web.team;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager sees only their own people (sub-teams included); an admin sees their organisation; nobody else. */
class TeamAccessIT extends ServerTest {

    User managerA;
    User managerB;
    User a1;
    User a2;
    User b1;
    Browser browserA;
    Team teamA;
    Team sub;
    Team teamB;

    @BeforeEach
    void teams() {
        TestServer.library().module("team-" + Fixtures.unique().replace("-", ""));
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        managerA = Fixtures.aUser(org, Role.MANAGER);
        managerB = Fixtures.aUser(org, Role.MANAGER);
        a1 = Fixtures.aUser(org, Role.REP);
        a2 = Fixtures.aUser(org, Role.REP);
        b1 = Fixtures.aUser(org, Role.REP);
        teamA = Fixtures.aTeam(org, managerA, a1);
        TeamStore teams = TestServer.bean(TeamStore.class);
        sub = teams.save(new Team(null, org.id(), "Sub " + Fixtures.unique(), teamA.id(), null));
        teams.putMember(a2.id(), sub.id());
        teamB = Fixtures.aTeam(org, managerB, b1);
        browserA = new Browser();
        browserA.signIn(managerA.email(), Fixtures.PASSWORD);
    }

    @Test
    void aManagerSeesTheirTeamAndItsSubTeamsOnly() {
        Document page = browserA.get("/team").html();

        List<String> reps = page.select("table.heatmap tr[data-rep]").eachAttr("data-rep");
        assertEquals(2, reps.size(), reps.toString());
        assertTrue(reps.containsAll(List.of(a1.id().toString(), a2.id().toString())));
        assertEquals(200, browserA.get("/team/reps/" + a2.id()).status());
    }

    @Test
    void someoneElsesRepIs403WhateverTheId() {
        assertEquals(403, browserA.get("/team/reps/" + b1.id()).status());
        assertEquals(403, browserA.get("/team/reps/" + managerB.id()).status());
        assertEquals(403, browserA.get("/team/reps/999999999").status());
    }

    @Test
    void exportsHoldTheSameRowsAsThePageAndNoMore() {
        Browser.Page csv = browserA.get("/team/tables/heatmap.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("content-type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.header("content-type").orElseThrow().toLowerCase().contains("charset=utf-8"));
        String[] lines = csv.body().split("\r\n");
        // issue 12: readable CSV headers (the JSON keys below stay as they were).
        assertTrue(lines[0].startsWith("Rep id,Rep,Team,"), lines[0]);
        assertEquals(3, lines.length, "a header row and one row per rep: " + csv.body());
        assertTrue(csv.body().contains(a1.displayName()));
        assertFalse(csv.body().contains(b1.displayName()));

        Browser.Page json = browserA.getAsApiClient("/team/tables/heatmap.json");
        assertEquals(200, json.status());
        assertTrue(json.body().contains("\"rep_id\":" + a2.id()), json.body());
        assertFalse(json.body().contains(b1.displayName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overview", "streaks", "quiet", "heatmap", "coaching", "assignments", "progression", "coverage",
            "reach", "consistency"})
    void everyDashboardTableDownloadsAsCsvAndJson(String table) {
        Browser.Page csv = browserA.get("/team/tables/" + table + ".csv");
        assertEquals(200, csv.status(), table);
        assertTrue(csv.header("content-type").orElseThrow().startsWith("text/csv"));
        assertFalse(csv.body().split("\r\n")[0].isBlank(), "a header row");
        assertFalse(csv.body().contains(b1.displayName()), "nobody else's rep");
        Browser.Page json = browserA.getAsApiClient("/team/tables/" + table + ".json");
        assertEquals(200, json.status(), table);
        assertTrue(json.body().startsWith("{") && json.body().contains("\"rows\""), json.body());
        assertEquals(404, browserA.get("/team/tables/no-such-table.csv").status());
    }

    @Test
    void anAdminGetsTheTeamsOfTheirOrganisationSideBySideAndCanOpenAnyOfThem() {
        Organisation other = Fixtures.anOrganisation();
        User stranger = Fixtures.aUser(other, Role.REP);
        Team strangers = Fixtures.aTeam(other, Fixtures.aUser(other, Role.MANAGER), stranger);
        Browser admin = new Browser();
        admin.signIn(Fixtures.aUser(org, Role.ADMIN).email(), Fixtures.PASSWORD);

        Browser.Page redirect = admin.get("/team");
        assertEquals(303, redirect.status(), "an organisation's every rep does not fit on one dashboard");
        assertEquals("/team/teams", redirect.header("location").orElseThrow());
        Document overview = admin.get("/team/teams").html();
        List<String> listed = overview.select("table.teams tr[data-team]").eachAttr("data-team");
        assertTrue(listed.containsAll(List.of(teamA.id().toString(), sub.id().toString(), teamB.id().toString())), listed.toString());
        assertFalse(listed.contains(strangers.id().toString()));
        assertEquals("/team?team=" + teamA.id(), overview.selectFirst("tr[data-team=" + teamA.id() + "] th a").attr("href"));
        assertEquals("1", overview.selectFirst("tr[data-team=" + teamA.id() + "] td:nth-of-type(2)").text(), "a1 only: a2 counts in the sub-team");
        assertEquals("part of " + teamA.name(), overview.selectFirst("tr[data-team=" + sub.id() + "] th .hint").text());

        List<String> reps = admin.get("/team?team=" + teamA.id()).html().select("table.heatmap tr[data-rep]").eachAttr("data-rep");
        assertEquals(List.of(a1.id().toString(), a2.id().toString()).stream().sorted().toList(), reps.stream().sorted().toList(),
                "a team's dashboard includes the teams below it");
        assertEquals(403, admin.get("/team?team=" + strangers.id()).status());
        assertEquals(403, admin.get("/team/reps/" + stranger.id()).status());
        assertEquals(400, admin.get("/team/tables/heatmap.csv").status(), "an admin's tables are per team");
        assertEquals(400, admin.get("/team/tables/heatmap.json?team=%20").status());
        assertEquals(303, admin.get("/team?team=%20").status());
        Fixtures.aUser(org, Role.REP); // in no team
        assertTrue(admin.get("/team/teams").html().selectFirst(".unassigned").text().contains("in no team"));
        String csv = admin.get("/team/tables/teams.csv").body();
        // issue 12: readable CSV headers that say what they count (JSON keys unchanged).
        assertTrue(csv.startsWith("Team id,Team,Managers,Reps (this team only),"), csv);
        assertFalse(csv.contains(strangers.name()), csv);
    }

    /**
     * Issue 13 ("Speed, measured honestly"): an organisation of hundreds of teams gets the overview
     * a page of teams at a time, while the totals still cover every team.
     */
    @Test
    void theTeamsOverviewShowsFiftyTeamsAPageWithTotalsOverAll() {
        Organisation big = Fixtures.anOrganisation();
        User admin = Fixtures.aUser(big, Role.ADMIN);
        User manager = Fixtures.aUser(big, Role.MANAGER);
        for (int i = 0; i < 51; i++) {
            Fixtures.aTeam(big, manager, Fixtures.aUser(big, Role.REP));
        }
        Browser browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);

        Document first = browser.get("/team/teams").html();
        assertEquals(50, first.select("table.teams tr[data-team]").size());
        assertEquals("0 of 51", first.selectFirst(".stat-value").text(), "no rep was active; the totals count every team's reps");
        assertTrue(first.selectFirst(".teams-page").text().contains("1–50 of 51"), first.selectFirst(".teams-page").text());
        assertTrue(first.select("a[rel=prev]").isEmpty());
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertEquals("/team/teams?page=2#teams-heading", next);

        Document second = browser.get("/team/teams?page=2").html();
        List<String> last = second.select("table.teams tr[data-team]").eachAttr("data-team");
        assertEquals(1, last.size());
        assertFalse(first.select("table.teams tr[data-team]").eachAttr("data-team").contains(last.get(0)));
        assertTrue(second.select("a[rel=next]").isEmpty());
        assertEquals("/team/teams?page=1#teams-heading", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(last, browser.get("/team/teams?page=99").html().select("table.teams tr[data-team]").eachAttr("data-team"),
                "past the end is the last page");
        assertEquals(50, browser.get("/team/teams?page=x").html().select("table.teams tr[data-team]").size());
    }

    @Test
    void aManagerOpensOneOfTheirTeamsButNobodyElses() {
        List<String> subOnly = browserA.get("/team?team=" + sub.id()).html().select("table.heatmap tr[data-rep]").eachAttr("data-rep");
        assertEquals(List.of(a2.id().toString()), subOnly);
        Document teams = browserA.get("/team/teams").html();
        assertEquals(List.of(teamA.id().toString(), sub.id().toString()).stream().sorted().toList(),
                teams.select("table.teams tr[data-team]").eachAttr("data-team").stream().sorted().toList());
        for (String path : new String[]{"/team?team=" + teamB.id(), "/team?team=not-a-number", "/team?team=999999999",
                "/team/tables/heatmap.csv?team=" + teamB.id(), "/team/tables/quiet.json?team=" + teamB.id()}) {
            assertEquals(403, browserA.get(path).status(), path);
        }
        Browser.Page assign = browserA.post("/team/assignments", Map.of("rep", "team", "team", teamB.id().toString(),
                "module", "any", "due", LocalDate.now().plusDays(3).toString()));
        assertEquals(403, assign.status(), "assigning to someone else's team");
        assertEquals(0, Db.count("SELECT count(*) FROM manager_assignments WHERE user_id = ?", b1.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REP", "AUTHOR"})
    void repsAndAuthorsSeeNoneOfIt(String role) {
        Browser browser = new Browser();
        browser.signIn(Fixtures.aUser(org, Role.valueOf(role)).email(), Fixtures.PASSWORD);
        for (String path : new String[]{"/team", "/team/teams", "/team/tables/teams.csv", "/team/tables/heatmap.csv", "/team/tables/heatmap.json", "/team/tables/coverage.json",
                "/team/tables/quiet.csv", "/team/reps/" + a1.id()}) {
            assertEquals(403, browser.get(path).status(), path);
        }
    }

    @Test
    void theHeatmapSortsByASkillWeakestFirst() {
        Document page = browserA.get("/team?sort=skill:discovery-questioning").html();
        assertEquals("ascending", page.selectFirst("th:has(a[href*=discovery-questioning])").attr("aria-sort"));
        assertEquals("none", page.selectFirst("th:has(a[href='/team?sort=rep#heatmap'])").attr("aria-sort"));
        assertFalse(page.select("td[data-skill=discovery-questioning]").isEmpty());
    }
}
