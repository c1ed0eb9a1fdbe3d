package org.clockwise.web.admin;

import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desired retention forms on /admin/teams over real HTTP: saved, refused with 422, cleared, and only for admins. */
class RetentionAdminIT extends ServerTest {

    static final String MESSAGE = "Desired retention must be a number between 0.70 and 0.97";

    User admin;
    User manager;
    Team team;
    Browser browser;

    @BeforeEach
    void people() {
        admin = Fixtures.aUser(org, Role.ADMIN);
        manager = Fixtures.aUser(org, Role.MANAGER);
        team = Fixtures.aTeam(org, manager, Fixtures.aUser(org, Role.REP));
        browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        browser.get("/admin/teams");
    }

    private long teamValueIs(String value) {
        return Db.count("SELECT count(*) FROM teams WHERE id = ? AND desired_retention IS NOT DISTINCT FROM ?::numeric",
                team.id(), value);
    }

    @Test
    void aGoodTeamValueIsSavedAndShownThenClearedWithBlank() {
        Browser.Page saved = browser.post("/admin/teams/" + team.id() + "/retention", Map.of("desiredRetention", "0.85"));
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/admin/teams?notice=retention#team-" + team.id(), saved.location().orElseThrow());
        assertEquals(1, teamValueIs("0.85"));

        Document page = browser.get(saved.location().orElseThrow()).html();
        assertEquals("0.85", page.selectFirst("#retention-" + team.id()).attr("value"));
        assertEquals("Desired retention saved.", page.selectFirst(".notice").text());

        assertEquals(303, browser.post("/admin/teams/" + team.id() + "/retention", Map.of("desiredRetention", "")).status());
        assertEquals(1, teamValueIs(null));
    }

    @Test
    void outOfRangeOrNotANumberIs422WithTheMessageAndTheInputKept() {
        browser.post("/admin/teams/" + team.id() + "/retention", Map.of("desiredRetention", "0.90"));
        for (String typed : new String[] {"0.5", "abc"}) {
            browser.get("/admin/teams");
            Browser.Page refused = browser.post("/admin/teams/" + team.id() + "/retention", Map.of("desiredRetention", typed));
            assertEquals(422, refused.status(), typed);
            Document page = refused.html();
            String error = page.selectFirst("#retention-error-" + team.id()).text();
            assertTrue(error.startsWith(MESSAGE), error);
            assertEquals(typed, page.selectFirst("#retention-" + team.id()).attr("value"));
            assertEquals("true", page.selectFirst("#retention-" + team.id()).attr("aria-invalid"));
            assertEquals(1, teamValueIs("0.90"), "nothing written");
        }
    }

    @Test
    void theOrganisationsValueIsSetAndRefusedTheSameWay() {
        Browser.Page refused = browser.post("/admin/teams/retention", Map.of("desiredRetention", "0.99"));
        assertEquals(422, refused.status());
        assertTrue(refused.html().selectFirst("#retention-error").text().startsWith(MESSAGE));
        assertEquals("0.99", refused.html().selectFirst("#retention-org").attr("value"));

        browser.get("/admin/teams");
        assertEquals(303, browser.post("/admin/teams/retention", Map.of("desiredRetention", "0,75")).status());
        assertEquals(1, Db.count("SELECT count(*) FROM organisations WHERE id = ? AND desired_retention = 0.75", org.id()));
        assertEquals("0.75", browser.get("/admin/teams").html().selectFirst("#retention-org").attr("value"));
        browser.post("/admin/teams/retention", Map.of("desiredRetention", " "));
        assertEquals(1, Db.count("SELECT count(*) FROM organisations WHERE id = ? AND desired_retention IS NULL", org.id()));
    }

    @Test
    void aManagerGets403AndAnotherOrganisationsTeamIs404() {
        Browser managerBrowser = new Browser();
        managerBrowser.signIn(manager.email(), Fixtures.PASSWORD);
        managerBrowser.get("/today");
        assertEquals(403, managerBrowser.post("/admin/teams/" + team.id() + "/retention", Map.of("desiredRetention", "0.80")).status());
        assertEquals(403, managerBrowser.post("/admin/teams/retention", Map.of("desiredRetention", "0.80")).status());
        assertEquals(1, teamValueIs(null));

        Organisation other = Fixtures.anOrganisation();
        Team theirs = Fixtures.aTeam(other, Fixtures.aUser(other, Role.MANAGER));
        assertEquals(404, browser.post("/admin/teams/" + theirs.id() + "/retention", Map.of("desiredRetention", "0.80")).status());
        assertEquals(1, Db.count("SELECT count(*) FROM teams WHERE id = ? AND desired_retention IS NULL", theirs.id()));
    }

    @Test
    void everyFormCarriesTheCsrfFieldAndALabel() {
        Document page = browser.get("/admin/teams").html();
        assertNotNull(page.selectFirst("form[action=/admin/teams/retention] input[name=_csrf]"));
        assertNotNull(page.selectFirst("form[action=/admin/teams/" + team.id() + "/retention] input[name=_csrf]"));
        assertNotNull(page.selectFirst("label[for=retention-" + team.id() + "]"));
        assertNotNull(page.selectFirst("label[for=retention-org]"));
    }
}
