package org.clockwise.web.signin;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.net.HttpCookie;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInIT extends ServerTest {


    @Test
    void signingInSetsAnHttpOnlySameSiteSessionCookieAndOpensTheHomePage() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();

        Browser.Page answer = browser.signIn(rep.email(), Fixtures.PASSWORD);

        assertEquals(303, answer.status());
        assertEquals("/", answer.location().orElseThrow());
        String setCookie = answer.response().headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("CLOCKWISE_SESSION=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertEquals("/today", browser.get("/").location().orElseThrow(), "home sends a rep to today");
        Browser.Page home = browser.get("/home");
        assertEquals(200, home.status());
        assertEquals(rep.displayName(), home.html().selectFirst("header .who").text());
    }

    @Test
    void aSignedOutLinkLeadsThroughSignInToThePageItNamed() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();

        Browser.Page denied = browser.get("/history?x=1");
        assertEquals(303, denied.status());
        assertEquals("/login?next=%2Fhistory%3Fx%3D1", denied.location().orElseThrow());
        Browser.Page login = browser.get(denied.location().orElseThrow());
        assertEquals("/history?x=1", login.html().selectFirst("input[name=next]").attr("value"));
        Browser.Page signedIn = browser.post("/login", Map.of("email", rep.email(), "password", Fixtures.PASSWORD,
                "next", "/history?x=1"));
        assertEquals(303, signedIn.status());
        assertEquals("/history?x=1", signedIn.location().orElseThrow());

        // Never another site, whatever the link says.
        Browser other = new Browser();
        other.get("/login?next=//evil.example/");
        assertTrue(other.lastPage().html().select("input[name=next]").isEmpty());
        Browser.Page away = other.post("/login", Map.of("email", rep.email(), "password", Fixtures.PASSWORD,
                "next", "https://evil.example/"));
        assertEquals("/", away.location().orElseThrow());
    }

    @Test
    void emailIsMatchedWhateverItsCase() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        assertEquals(303, browser.signIn("  " + rep.email().toUpperCase() + " ", Fixtures.PASSWORD).status());
    }

    @Test
    void unknownAddressAndWrongPasswordGetTheSameAnswer() {
        User rep = Fixtures.aUser(org, Role.REP);

        Browser.Page wrongPassword = new Browser().signIn(rep.email(), "not the password");
        Browser.Page unknownUser = new Browser().signIn("nobody-" + Fixtures.unique() + "@example.test", "not the password");

        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.status(), unknownUser.status());
        String wrongMessage = wrongPassword.html().selectFirst("#signin-error").text();
        assertEquals(wrongMessage, unknownUser.html().selectFirst("#signin-error").text());
        assertTrue(wrongPassword.html().select("input[name=password]").attr("value").isEmpty(), "password is never echoed");
    }

    @Test
    void repeatedFailuresLockTheAddressEvenForTheRightPassword() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, browser.signIn(rep.email(), "guess " + i).status());
        }
        Browser.Page fifth = browser.signIn(rep.email(), "guess 5");
        assertEquals(429, fifth.status());

        Browser.Page rightButLocked = browser.signIn(rep.email(), Fixtures.PASSWORD);

        assertEquals(429, rightButLocked.status());
        assertTrue(rightButLocked.html().selectFirst("#signin-error").text().contains("Try again in"));
        assertTrue(browser.cookie("CLOCKWISE_SESSION").isEmpty());
    }

    @Test
    void unknownAddressesAreLockedToo() {
        String nobody = "ghost-" + Fixtures.unique() + "@example.test";
        Browser browser = new Browser();
        for (int i = 0; i < 4; i++) {
            browser.signIn(nobody, "guess " + i);
        }
        assertEquals(429, browser.signIn(nobody, "guess 5").status());
    }

    @Test
    void signingOutEndsTheSessionEvenForACapturedCookie() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
        browser.get("/home");
        Browser captured = browser.copyCookies();
        assertEquals(200, captured.get("/home").status());

        Browser.Page out = browser.post("/logout", Map.of());

        assertEquals(303, out.status());
        assertEquals("/login?signedout", out.location().orElseThrow());
        assertEquals(303, captured.get("/").status(), "a cookie captured before sign-out no longer works");
        assertEquals("/login", captured.get("/").location().orElseThrow());
        assertEquals(401, captured.getAsApiClient("/").status());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        User rep = Fixtures.aUser(org, Role.REP);
        TestServer.bean(UserStore.class)
                .update(new User(rep.id(), rep.orgId(), rep.email(), rep.displayName(), rep.passwordHash(),
                        rep.hireDate(), rep.timeZone(), false, rep.createdAt()));
        assertEquals(401, new Browser().signIn(rep.email(), Fixtures.PASSWORD).status());
    }

    @Test
    void theLoginPageListsNoDemoAccountsOutsideDemoMode() {
        Browser.Page login = new Browser().get("/login");
        assertEquals(200, login.status());
        assertFalse(login.body().contains("Demo mode"));
        assertTrue(login.html().select("label[for=email]").hasText(), "inputs are labelled");
        assertTrue(login.html().select("label[for=password]").hasText());
    }

    static boolean httpOnly(HttpCookie cookie) {
        return cookie.isHttpOnly();
    }
}
