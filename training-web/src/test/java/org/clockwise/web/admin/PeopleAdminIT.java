package org.clockwise.web.admin;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people and team pages over real HTTP: who may use them, and what they show and change. */
class PeopleAdminIT extends ServerTest {

    User admin;
    User manager;
    User rep;
    Team team;
    Browser browser;

    @BeforeEach
    void people() {
        admin = Fixtures.aUser(org, Role.ADMIN);
        manager = Fixtures.aUser(org, Role.MANAGER);
        rep = Fixtures.aUser(org, Role.REP);
        team = Fixtures.aTeam(org, manager, rep);
        browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);
    }

    @Test
    void theAdminsHomeAndNavigationLeadToPeopleAndTeams() {
        Document home = browser.get("/home").html();
        assertEquals("/admin/people", home.selectFirst(".role-card[data-role=admin] a").attr("href"));
        assertNotNull(home.selectFirst("header nav a[href=/admin/teams]"));
        assertNotNull(home.selectFirst("header nav a[href=/team/teams]"));
        assertEquals(200, browser.get("/team/teams").status());
    }

    @Test
    void adminPagesUseTheMainNavigationOnlyWithTheCurrentPageMarked() {
        for (String[] page : new String[][]{{"/admin/people", "/admin/people"}, {"/admin/teams", "/admin/teams"},
                {"/admin/people/" + rep.id(), "/admin/people"}}) {
            Document html = browser.get(page[0]).html();
            assertTrue(html.select("main nav:not(.pager)").isEmpty(), page[0] + " has no second People/Teams menu");
            for (String href : List.of("/admin/people", "/admin/teams", "/admin/roster", "/team/teams")) {
                assertEquals(1, html.select("header nav a[href=" + href + "]").size(), page[0] + " links " + href + " once");
            }
            assertEquals("page", html.selectFirst("header nav a[href=" + page[1] + "]").attr("aria-current"), page[0]);
        }
    }

    @Test
    void theListSearchesAndFilters() {
        Document page = browser.get("/admin/people?q=" + rep.email().toUpperCase()).html();
        assertEquals(List.of(rep.id().toString()), page.select("tr[data-person]").eachAttr("data-person"));

        List<String> managers = browser.get("/admin/people?role=MANAGER&team=").html().select("tr[data-person]").eachAttr("data-person");
        assertTrue(managers.contains(manager.id().toString()) && !managers.contains(rep.id().toString()), managers.toString());
        Document inTeam = browser.get("/admin/people?team=" + team.id()).html();
        assertEquals(List.of(rep.id().toString()), inTeam.select("tr[data-person]").eachAttr("data-person"));
    }

    private Map<String, String> personForm(String name, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("email", email);
        form.put("roles", "REP");
        form.put("team", team.id().toString());
        form.put("hireDate", "2026-02-02");
        form.put("timeZone", "Europe/Amsterdam");
        return form;
    }

    @Test
    void anAdminAddsAPersonWhoseInvitationIsPending() {
        browser.get("/admin/people/new");
        String email = "added." + Fixtures.unique() + "@example.test";
        Browser.Page added = browser.post("/admin/people", personForm("Added Person", email));
        assertEquals(303, added.status(), added.body());
        String location = added.location().orElseThrow();
        assertTrue(location.matches("/admin/people/\\d+\\?notice=added"), location);

        Document page = browser.get(location).html();
        assertEquals("Added Person", page.selectFirst("h1").text());
        assertEquals(email, page.selectFirst("#email").attr("value"));
        assertNotNull(page.selectFirst("form.resend-invitation[action$=/invitation] input[name=_csrf]"),
                "a pending invitation can be resent");
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE lower(email) = lower(?) AND password_hash IS NULL", email));
    }

    @Test
    void badInputIs422WithTheMessagesAndWhatWasTyped() {
        browser.get("/admin/people/new");
        Map<String, String> form = personForm("Kept Name", rep.email().toUpperCase());
        form.put("timeZone", "Mars/Olympus");
        Browser.Page refused = browser.post("/admin/people", form);

        assertEquals(422, refused.status());
        Document page = refused.html();
        String errors = page.select(".field-error").text();
        assertTrue(errors.contains("Email: another person already uses"), errors);
        assertTrue(errors.contains("Time zone: \"Mars/Olympus\""), errors);
        assertEquals("Kept Name", page.selectFirst("#name").attr("value"));
        assertEquals("Mars/Olympus", page.selectFirst("#timeZone").attr("value"));
        assertEquals(0, Db.count("SELECT count(*) FROM users WHERE display_name = 'Kept Name' AND org_id = ?", org.id()));
    }

    @Test
    void deactivatingEndsTheirSessionAndHidesThemFromTheManager() {
        Browser repBrowser = new Browser();
        repBrowser.signIn(rep.email(), Fixtures.PASSWORD);
        assertEquals(200, repBrowser.get("/today").status());
        Browser managerBrowser = new Browser();
        managerBrowser.signIn(manager.email(), Fixtures.PASSWORD);
        assertFalse(managerBrowser.get("/team/people").html().select("tr[data-rep='" + rep.id() + "']").isEmpty());

        browser.get("/admin/people/" + rep.id());
        Browser.Page done = browser.post("/admin/people/" + rep.id() + "/deactivate", Map.of());
        assertEquals(303, done.status());

        assertTrue(repBrowser.get("/today").status() != 200, "their session ended at once");
        assertTrue(managerBrowser.get("/team/people").html().select("tr[data-rep='" + rep.id() + "']").isEmpty());
        assertEquals(403, managerBrowser.get("/team/reps/" + rep.id()).status());

        browser.get("/admin/people/" + rep.id());
        assertEquals(303, browser.post("/admin/people/" + rep.id() + "/reactivate", Map.of()).status());
        assertFalse(managerBrowser.get("/team/people").html().select("tr[data-rep='" + rep.id() + "']").isEmpty());
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        browser.get("/admin/people/" + admin.id());
        Browser.Page refused = browser.post("/admin/people/" + admin.id() + "/deactivate", Map.of());
        assertEquals(422, refused.status());
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ? AND active", admin.id()));
    }

    @Test
    void teamsAreCreatedMovedAndALoopIsRefused() {
        browser.get("/admin/teams");
        Browser.Page created = browser.post("/admin/teams", Map.of("name", "Child", "parent", team.id().toString()));
        assertEquals(303, created.status(), created.body());
        Document tree = browser.get("/admin/teams").html();
        String child = tree.select("li.team-node").stream().filter(li -> li.selectFirst(".team-name span").text().equals("Child"))
                .findFirst().orElseThrow().attr("data-team");
        assertEquals("1", tree.selectFirst("li[data-team=" + child + "]").attr("data-depth"));

        Browser.Page loop = browser.post("/admin/teams/" + team.id() + "/move", Map.of("parent", child));
        assertEquals(422, loop.status());
        assertTrue(loop.html().selectFirst("#teams-error").text().contains("loop"), loop.html().selectFirst("#teams-error").text());

        browser.get("/admin/teams");
        Browser.Page full = browser.post("/admin/teams/" + team.id() + "/remove", Map.of());
        assertEquals(422, full.status());
        browser.get("/admin/teams");
        assertEquals(303, browser.post("/admin/teams/" + child + "/move", Map.of("parent", "")).status());
        browser.get("/admin/teams");
        assertEquals(303, browser.post("/admin/teams/" + child + "/remove", Map.of()).status());
        assertEquals(0, Db.count("SELECT count(*) FROM teams WHERE id = ?", Long.parseLong(child)));
    }

    @Test
    void managersAndRepsGet403OnEveryAdminRoute() {
        Browser managerBrowser = new Browser();
        managerBrowser.signIn(manager.email(), Fixtures.PASSWORD);
        Browser repBrowser = new Browser();
        repBrowser.signIn(rep.email(), Fixtures.PASSWORD);
        for (Browser b : List.of(managerBrowser, repBrowser)) {
            for (String path : List.of("/admin/people", "/admin/people/new", "/admin/people/" + rep.id(), "/admin/teams")) {
                assertEquals(403, b.get(path).status(), path);
            }
            b.get("/home");
            assertEquals(403, b.post("/admin/people/" + rep.id() + "/deactivate", Map.of()).status());
            assertEquals(403, b.post("/admin/teams", Map.of("name", "Sneaky")).status());
        }
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ? AND active", rep.id()));
        assertEquals(403, repBrowser.get("/team/people").status());
    }

    @Test
    void aManagerSeesOnlyTheirPeopleReadOnly() {
        User otherRep = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, Fixtures.aUser(org, Role.MANAGER), otherRep);
        Team sub = TestServer.bean(TeamStore.class).save(new Team(null, org.id(), "Sub " + Fixtures.unique(), team.id(), null));
        User subRep = Fixtures.aUser(org, Role.REP);
        TestServer.bean(TeamStore.class).putMember(subRep.id(), sub.id());
        Browser managerBrowser = new Browser();
        managerBrowser.signIn(manager.email(), Fixtures.PASSWORD);

        Document page = managerBrowser.get("/team/people").html();
        List<String> shown = page.select("tr[data-rep]").eachAttr("data-rep");
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.containsAll(List.of(rep.id().toString(), subRep.id().toString())));
        assertTrue(page.select("form").stream().noneMatch(f -> f.attr("method").equalsIgnoreCase("post")
                && !f.attr("action").equals("/logout") && !f.attr("action").equals("/settings/language")), "read-only");
        assertNotNull(page.selectFirst("header nav a[href=/team/people]"));
    }

    @Test
    void anotherOrganisationsPersonAndTeamAre404() {
        Organisation other = Fixtures.anOrganisation();
        User stranger = Fixtures.aUser(other, Role.REP);
        Team theirs = Fixtures.aTeam(other, Fixtures.aUser(other, Role.MANAGER), stranger);

        assertEquals(404, browser.get("/admin/people/" + stranger.id()).status());
        assertEquals(404, browser.get("/admin/people/not-a-number").status());
        browser.get("/admin/people");
        assertEquals(404, browser.post("/admin/people/" + stranger.id() + "/deactivate", Map.of()).status());
        browser.get("/admin/people");
        assertEquals(404, browser.post("/admin/people/" + stranger.id(), personForm("Mine", "x." + Fixtures.unique() + "@example.test")).status());
        browser.get("/admin/teams");
        assertEquals(404, browser.post("/admin/teams/" + theirs.id() + "/rename", Map.of("name", "Mine")).status());
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ? AND active", stranger.id()));
        assertTrue(browser.get("/admin/people?q=" + stranger.email()).html().select("tr[data-person]").isEmpty());
    }
}
