package org.clockwise.web.team;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (teams overview, speed): the overview's table is rendered once per language and exact rows
 * ({@link TeamsTable}) and rendered again, never served stale, when a team is renamed, gets a new
 * manager, or the page is asked for in another language.
 */
class TeamsTableCacheIT extends ServerTest {

    private static long rendered() {
        return TestServer.bean(TeamsTable.class).rendered();
    }

    private static Element row(Document page, Team team) {
        Element row = page.selectFirst("table.teams tr[data-team=" + team.id() + "]");
        assertNotNull(row, "a row for team " + team.id() + " in " + page.select("table.teams").outerHtml());
        return row;
    }

    @Test
    void theTableIsRenderedOncePerRowsAndLanguageAndAgainWhenTheTeamsChange() {
        Organisation o = Fixtures.anOrganisation();
        User admin = Fixtures.aUser(o, Role.ADMIN);
        User m1 = Fixtures.aUser(o, Role.MANAGER);
        User m2 = Fixtures.aUser(o, Role.MANAGER);
        User r1 = Fixtures.aUser(o, Role.REP);
        User r2 = Fixtures.aUser(o, Role.REP);
        Team top = Fixtures.aTeam(o, m1, r1);
        Team below = Fixtures.aTeam(o, m1, r2);
        TeamStore teams = TestServer.bean(TeamStore.class);
        teams.move(below.id(), top.id());
        Browser english = new Browser().header("Accept-Language", "en");
        english.signIn(admin.email(), Fixtures.PASSWORD);
        Browser dutch = new Browser().header("Accept-Language", "nl");
        dutch.signIn(admin.email(), Fixtures.PASSWORD);

        long before = rendered();
        Document first = english.get("/team/teams").html();
        assertEquals(before + 1, rendered(), "the first view renders the table");
        Document again = english.get("/team/teams").html();
        assertEquals(before + 1, rendered(), "a view of the same rows in the same language renders it no more");
        assertEquals(first.select("table.teams").outerHtml(), again.select("table.teams").outerHtml());
        assertEquals(top.name(), row(first, top).selectFirst("th a").text());
        assertEquals("/team?team=" + top.id(), row(first, top).selectFirst("th a").attr("href"));
        assertEquals("part of " + top.name(), row(first, below).selectFirst("th .hint").text());
        assertEquals(m1.displayName(), row(first, top).select("td").first().text());
        assertEquals("Active this week", first.select("table.teams thead th").get(3).text());

        // A renamed team: its row and the row of the team below it show the new name at once.
        String renamed = "Renamed <b>" + Fixtures.unique() + "</b> & co";
        teams.rename(top.id(), renamed);
        Document afterRename = english.get("/team/teams").html();
        assertEquals(before + 2, rendered(), "renamed: the table is rendered afresh");
        assertEquals(renamed, row(afterRename, top).selectFirst("th a").text(), "the new name, escaped as text");
        assertTrue(row(afterRename, top).select("th a b").isEmpty(), "a name is never markup");
        assertEquals("part of " + renamed, row(afterRename, below).selectFirst("th .hint").text());
        assertFalse(afterRename.select("table.teams").text().contains(top.name()), "the old name is gone");

        // A new manager: the managers cell names them at once.
        teams.addManager(top.id(), m2.id());
        Document afterManager = english.get("/team/teams").html();
        assertEquals(before + 3, rendered(), "a new manager: the table is rendered afresh");
        String managers = row(afterManager, top).select("td").first().text();
        assertTrue(managers.contains(m1.displayName()) && managers.contains(m2.displayName()), managers);

        // Another language renders its own table; English stays English.
        Document nl = dutch.get("/team/teams").html();
        assertEquals(before + 4, rendered(), "Dutch renders its own table");
        assertEquals("Actief deze week", nl.select("table.teams thead th").get(3).text());
        assertEquals("onderdeel van " + renamed, row(nl, below).selectFirst("th .hint").text());
        assertEquals("Active this week", english.get("/team/teams").html().select("table.teams thead th").get(3).text(),
                "the English table is not served in Dutch's place, nor the other way round");
        assertEquals("Actief deze week", dutch.get("/team/teams").html().select("table.teams thead th").get(3).text());
        assertEquals(before + 4, rendered(), "both languages' tables are kept");
    }
}
