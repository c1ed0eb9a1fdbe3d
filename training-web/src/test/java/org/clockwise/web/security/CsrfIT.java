package org.clockwise.web.security;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfIT extends ServerTest {


    @Test
    void signInWithoutATokenIsRefusedBeforeThePasswordIsChecked() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.get("/login");

        Browser.Page answer = browser.postRaw("/login", Map.of("email", rep.email(), "password", Fixtures.PASSWORD));

        assertEquals(403, answer.status());
        assertTrue(browser.cookie("CLOCKWISE_SESSION").isEmpty());
        assertTrue(answer.body().contains("reload the page"));
    }

    @Test
    void aTokenSignedForAnotherBrowsersCookieIsRefused() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser attacker = new Browser();
        String attackersToken = attacker.get("/login").csrfToken().orElseThrow();
        Browser victim = new Browser();
        victim.get("/login");

        Browser.Page answer = victim.postRaw("/login",
                Map.of("_csrf", attackersToken, "email", rep.email(), "password", Fixtures.PASSWORD));

        assertEquals(403, answer.status());
    }

    @Test
    void aTokenWithoutItsCookieIsRefused() {
        User rep = Fixtures.aUser(org, Role.REP);
        String token = new Browser().get("/login").csrfToken().orElseThrow();

        Browser.Page answer = new Browser().postRaw("/login",
                Map.of("_csrf", token, "email", rep.email(), "password", Fixtures.PASSWORD));

        assertEquals(403, answer.status());
    }

    @Test
    void signOutWithoutATokenIsRefusedAndTheSessionStays() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);

        assertEquals(403, browser.postRaw("/logout", Map.of()).status());
        assertEquals(200, browser.get("/home").status());
    }

    @Test
    void theTokenChangesWhenASessionStarts() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        String before = browser.get("/login").csrfToken().orElseThrow();
        browser.post("/login", Map.of("email", rep.email(), "password", Fixtures.PASSWORD));

        String after = browser.get("/home").csrfToken().orElseThrow();

        assertNotEquals(before, after);
        assertEquals(303, browser.post("/logout", Map.of()).status(), "the new token works");
    }

    @Test
    void noStateChangesOnGet() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);

        int status = browser.get("/logout").status();

        assertTrue(status == 404 || status == 405, "GET /logout must not sign out, got " + status);
        assertEquals(200, browser.get("/home").status());
    }
}
