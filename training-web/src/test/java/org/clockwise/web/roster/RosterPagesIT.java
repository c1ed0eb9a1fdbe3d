package org.clockwise.web.roster;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.roster.RosterImport;
import org.clockwise.core.roster.RosterPolicy;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterPagesIT extends ServerTest {

    User admin;
    Browser browser;
    String tag;

    @BeforeEach
    void signInAsAdmin() {
        admin = Fixtures.aUser(org, Role.ADMIN);
        browser = new Browser();
        browser.signIn(admin.email(), Fixtures.PASSWORD);
        tag = Fixtures.unique();
    }

    byte[] file(String... rows) {
        StringBuilder csv = new StringBuilder("email,name,roles,team,manages,hire_date,time_zone,active\r\n");
        csv.append(admin.email()).append(",").append(admin.displayName()).append(",ADMIN,,,,,\r\n");
        for (String row : rows) {
            csv.append(row).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    String rep(int i, String team) {
        return "rep" + i + "." + tag + "@acme.test,Rep " + i + ",REP," + team + ",,2025-03-0" + i + ",,";
    }

    Map<String, String> applyFields(Document preview) {
        Map<String, String> fields = new HashMap<>();
        preview.select("form[action=/admin/roster/apply] input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.remove("_csrf"); // Browser.post adds the page's token
        return fields;
    }

    long people() {
        return Db.count("SELECT count(*) FROM users WHERE org_id = ?", org.id());
    }

    @Test
    void uploadPreviewThenApply() {
        Browser.Page form = browser.get("/admin/roster");
        assertEquals(200, form.status());
        assertTrue(form.html().select("label[for=deactivate-missing]").hasText());
        long before = people();

        browser.get("/admin/roster");
        Browser.Page preview = browser.upload("/admin/roster/preview", "file", "hr.csv", file(rep(1, "North"), rep(2, "\"North / Key, Accounts\"")));
        assertEquals(200, preview.status(), preview.body());
        assertEquals("2 added, 0 changed, 1 unchanged, 0 deactivated", preview.html().select("#roster-summary").text());
        assertEquals(2, preview.html().select("#roster-added tbody tr").size());
        assertEquals(before, people(), "a preview writes nothing");

        Browser.Page applied = browser.post("/admin/roster/apply", applyFields(preview.html()));
        assertEquals(303, applied.status(), applied.body());
        assertEquals(before + 2, people());
        assertEquals(1, Db.count("SELECT count(*) FROM teams WHERE org_id = ? AND name = 'Key, Accounts'", org.id()));
        Browser.Page after = browser.get(applied.location().orElseThrow());
        assertEquals("Imported: 2 added, 0 changed, 1 unchanged, 0 deactivated.", after.html().select("#roster-imported").text());

        browser.get("/admin/roster");
        Browser.Page again = browser.upload("/admin/roster/preview", "file", "hr.csv", file(rep(1, "North"), rep(2, "\"North / Key, Accounts\"")));
        assertEquals("0 added, 0 changed, 3 unchanged, 0 deactivated", again.html().select("#roster-summary").text());
    }

    @Test
    void aChangedRowShowsBeforeAndAfter() {
        TestServer.bean(RosterImport.class).apply(org.id(), file(rep(3, "South")), new RosterPolicy.Options(false, null), null);
        browser.get("/admin/roster");
        Browser.Page preview = browser.upload("/admin/roster/preview", "file", "hr.csv", file(rep(3, "West")));
        assertEquals("0 added, 1 changed, 1 unchanged, 0 deactivated", preview.html().select("#roster-summary").text());
        assertEquals("team South West", preview.html().select("#roster-changed tbody tr td:nth-child(n+3)").text());
    }

    @Test
    void everyProblemWithItsLineAndNothingWritten() {
        long before = people();
        browser.get("/admin/roster");
        Browser.Page preview = browser.upload("/admin/roster/preview", "file", "hr.csv",
                file(rep(1, "North"), "bad-address,Someone,REP,North,,2025-01-01,,", "x." + tag + "@acme.test,X,PILOT,,,,,"));
        assertEquals(422, preview.status());
        String problems = preview.html().select("#roster-problems").text();
        assertTrue(problems.contains("hr.csv:4: email: \"bad-address\" is not an email address"), problems);
        assertTrue(problems.contains("hr.csv:5: roles: unknown role \"PILOT\""), problems);
        assertTrue(preview.html().select("form[action=/admin/roster/apply]").isEmpty(), "no Apply for a file with problems");
        assertEquals(before, people());
    }

    @Test
    void applyRefusesWhenSomethingChangedSinceThePreview() {
        browser.get("/admin/roster");
        Browser.Page preview = browser.upload("/admin/roster/preview", "file", "hr.csv", file(rep(4, "East"), rep(5, "East")));
        TestServer.bean(RosterImport.class).apply(org.id(), file(rep(4, "East")), new RosterPolicy.Options(false, null), null);
        long before = people();

        Browser.Page stale = browser.post("/admin/roster/apply", applyFields(preview.html()));
        assertEquals(409, stale.status());
        assertTrue(stale.html().select("#roster-stale").hasText());
        assertEquals("1 added, 0 changed, 2 unchanged, 0 deactivated", stale.html().select("#roster-summary").text());
        assertEquals(before, people());
    }

    @Test
    void theImportMayNotDeactivateTheAdminRunningIt() {
        byte[] withoutMe = ("email,name,roles\r\nsomeone." + tag + "@acme.test,Someone,AUTHOR\r\n").getBytes(StandardCharsets.UTF_8);
        browser.get("/admin/roster");
        Browser.Page preview = browser.upload("/admin/roster/preview", "file", "hr.csv",
                new String(file(), StandardCharsets.UTF_8).replace(",ADMIN,,,,,", ",ADMIN,,,,,false").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, preview.status());
        assertTrue(preview.html().select("#roster-problems").text().contains("hr.csv:2: active: this would deactivate you"));
        browser.get("/admin/roster");
        assertEquals(200, browser.upload("/admin/roster/preview", "file", "hr.csv", withoutMe).status(), "without the box, nobody is deactivated");
    }

    @Test
    void onlyAnAdminMayImport() {
        for (Role role : new Role[]{Role.REP, Role.MANAGER, Role.AUTHOR}) {
            Browser other = new Browser();
            other.signIn(Fixtures.aUser(org, role).email(), Fixtures.PASSWORD);
            assertEquals(403, other.get("/admin/roster").status(), role.name());
            other.get("/home");
            assertEquals(403, other.upload("/admin/roster/preview", "file", "hr.csv", file(rep(6, "East"))).status(), role.name());
            assertEquals(403, other.post("/admin/roster/apply", Map.of("content", "eA==", "fingerprint", "x")).status(), role.name());
        }
        assertTrue(new Browser().get("/admin/roster").location().orElse("").contains("/login"));
        assertTrue(browser.get("/home").html().select("#roster-link").hasAttr("href"), "the admin's home links to the import");
    }
}
