package org.clockwise.web.signin;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.people.PeopleService;
import org.clockwise.core.people.PersonPolicy;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.roster.RosterImport;
import org.clockwise.core.roster.RosterPolicy;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13, item 8: sessions end when idle, and roles and deactivation count from the next request. */
class SessionStateIT extends ServerTest {

    @Test
    void aSessionUnusedForLongerThanTheIdleTimeoutIsRefused() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser idle = new Browser();
        idle.signIn(rep.email(), Fixtures.PASSWORD);
        Browser recent = new Browser();
        recent.signIn(rep.email(), Fixtures.PASSWORD);
        // Time moves for these sessions only: the default idle timeout is 8 hours.
        lastSeen(idle, Duration.ofHours(8).plusMinutes(1));
        lastSeen(recent, Duration.ofHours(7).plusMinutes(50));

        Browser.Page refused = idle.get("/home");
        assertEquals(303, refused.status());
        assertTrue(refused.location().orElseThrow().startsWith("/login"), refused.location().orElseThrow());
        assertEquals(200, recent.get("/home").status(), "a session used within the timeout still counts");
        assertEquals(1, Db.count("SELECT count(*) FROM sessions WHERE user_id = ? AND last_seen_at > now() - interval '1 minute'",
                rep.id()), "using it moved its last-seen time");
    }

    @Test
    void aManagerWhoseRoleAnAdminRemovesIsRefusedOnTheirNextRequestWithoutSigningOut() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User manager = Fixtures.aUser(org, Role.MANAGER, Role.AUTHOR);
        Fixtures.aTeam(org, manager, Fixtures.aUser(org, Role.REP));
        Browser browser = new Browser();
        browser.signIn(manager.email(), Fixtures.PASSWORD);
        assertEquals(200, browser.get("/team").status());

        TestServer.bean(PeopleService.class).edit(admin.id(), manager.id(), new PersonPolicy.Input(manager.displayName(),
                manager.email(), List.of("AUTHOR"), "", List.of(), manager.hireDate().toString(), manager.timeZone()), null);

        assertEquals(403, browser.get("/team").status(), "the token still says MANAGER; the database does not");
        assertEquals(200, browser.get("/home").status(), "still signed in as an author");
    }

    @Test
    void aDeactivatedPersonIsRefusedOnTheirNextRequest() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
        assertEquals(200, browser.get("/home").status());

        TestServer.bean(PeopleService.class).deactivate(admin.id(), rep.id());

        assertEquals(303, browser.get("/home").status());
        assertEquals(401, browser.getAsApiClient("/home").status());
    }

    // Issue 13 leftovers, item 3: an HR roster import counts from the next request on this instance too.
    @Test
    void aManagerWhoseRoleARosterImportRemovesIsRefusedOnTheirNextRequest() {
        User manager = Fixtures.aUser(org, Role.MANAGER, Role.AUTHOR);
        Fixtures.aTeam(org, manager, Fixtures.aUser(org, Role.REP));
        Browser browser = new Browser();
        browser.signIn(manager.email(), Fixtures.PASSWORD);
        assertEquals(200, browser.get("/team").status());

        RosterImport.Result result = TestServer.bean(RosterImport.class).apply(org.id(), roster(manager, "AUTHOR", ""),
                new RosterPolicy.Options(false, null), null);

        assertTrue(result instanceof RosterImport.Result.Applied, result.toString());
        assertEquals(403, browser.get("/team").status(), "the roster took MANAGER away");
        assertEquals(200, browser.get("/home").status(), "still signed in as an author");
    }

    @Test
    void aPersonARosterImportDeactivatesIsRefusedOnTheirNextRequest() {
        User author = Fixtures.aUser(org, Role.AUTHOR);
        Browser browser = new Browser();
        browser.signIn(author.email(), Fixtures.PASSWORD);
        assertEquals(200, browser.get("/home").status());

        RosterImport.Result result = TestServer.bean(RosterImport.class).apply(org.id(), roster(author, "AUTHOR", "false"),
                new RosterPolicy.Options(false, null), null);

        assertTrue(result instanceof RosterImport.Result.Applied, result.toString());
        assertEquals(401, browser.getAsApiClient("/home").status());
    }

    private static byte[] roster(User person, String roles, String active) {
        return ("email,name,roles,team,manages,hire_date,time_zone,active\r\n" + person.email() + "," + person.displayName() + ","
                + roles + ",,," + person.hireDate() + "," + person.timeZone() + "," + active + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCookieReplayedAfterSignOutIsRefused() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
        browser.get("/home"); // a page with the sign-out form's CSRF token
        Browser copy = browser.copyCookies();
        assertEquals(200, copy.get("/home").status());

        assertEquals(303, browser.post("/logout", Map.of()).status());

        assertEquals(401, copy.getAsApiClient("/home").status());
    }

    /** Sets when the browser's session was last used, as if that long had passed since. */
    private static void lastSeen(Browser browser, Duration ago) {
        String sid = sessionId(browser);
        Db.transactions().executeWrite(status -> TestServer.bean(JdbcOperations.class).prepareStatement(
                "UPDATE sessions SET last_seen_at = now() - ? * interval '1 second' WHERE id = ?::uuid", ps -> {
                    ps.setLong(1, ago.toSeconds());
                    ps.setString(2, sid);
                    return ps.executeUpdate();
                }));
    }

    /** The session id inside the browser's (signed, not encrypted) session token. */
    private static String sessionId(Browser browser) {
        String jwt = browser.cookie("CLOCKWISE_SESSION").orElseThrow().getValue();
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"sid\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(payload);
        if (!m.find()) {
            throw new AssertionError("no session id in " + payload);
        }
        return m.group(1);
    }
}
