package org.clockwise.web.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.validator.TokenValidator;
import org.clockwise.core.people.PeopleService;
import org.clockwise.core.people.PersonPolicy;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed": the session cookie's parse and signature check are kept per token string
 * ({@link SessionTokenValidator}); a token held as verified is still refused once its session is
 * signed out, its person deactivated or demoted, it has expired, or it was altered.
 */
class SessionTokenCacheIT extends ServerTest {

    private static final String COOKIE = "CLOCKWISE_SESSION";

    private static SessionTokenValidator<?> validator() {
        return TestServer.bean(SessionTokenValidator.class);
    }

    @Test
    void theSessionCookieIsValidatedOnlyByTheCachingValidator() {
        List<String> validators = TestServer.bean(ApplicationContext.class).getBeansOfType(TokenValidator.class).stream()
                .map(v -> v.getClass().getSimpleName()).toList();
        assertEquals(List.of("SessionTokenValidator"), validators);
    }

    @Test
    void aSignedOutSessionIsRefusedThoughItsTokenIsCached() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = signedIn(rep);
        Browser copy = browser.copyCookies();
        assertEquals(200, copy.get("/home").status());
        assertTrue(validator().holds(token(copy)), "the token is held as verified");

        assertEquals(303, browser.post("/logout", Map.of()).status());

        assertEquals(401, copy.getAsApiClient("/home").status());
        assertEquals(303, copy.get("/home").status(), "a page sends the browser to sign in");
    }

    @Test
    void aDeactivatedPersonIsRefusedThoughTheirTokenIsCached() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = signedIn(rep);
        assertTrue(validator().holds(token(browser)));

        TestServer.bean(PeopleService.class).deactivate(admin.id(), rep.id());

        assertEquals(401, browser.getAsApiClient("/home").status());
    }

    @Test
    void aRoleTakenAwayCountsAtOnceThoughTheTokenIsCached() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User manager = Fixtures.aUser(org, Role.MANAGER, Role.AUTHOR);
        Fixtures.aTeam(org, manager, Fixtures.aUser(org, Role.REP));
        Browser browser = signedIn(manager);
        assertEquals(200, browser.get("/team").status());
        assertTrue(validator().holds(token(browser)));

        TestServer.bean(PeopleService.class).edit(admin.id(), manager.id(), new PersonPolicy.Input(manager.displayName(),
                manager.email(), List.of("AUTHOR"), "", List.of(), manager.hireDate().toString(), manager.timeZone()), null);

        assertEquals(403, browser.get("/team").status());
    }

    @Test
    void anExpiredTokenIsRefusedThoughItWasCachedWhileValid() throws InterruptedException {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = signedIn(rep);
        // The same open session, in a token the server signed that expires in two seconds.
        String shortLived = TestServer.bean(JwtTokenGenerator.class).generateToken(
                Authentication.build(rep.email(), List.of("REP"), Map.of("sid", claim(token(browser), "sid"))), 2).orElseThrow();
        Browser holder = new Browser().header("Cookie", COOKIE + "=" + shortLived);
        assertEquals(200, holder.getAsApiClient("/home").status(), "valid before it expires");
        assertTrue(validator().holds(shortLived));

        long exp = Long.parseLong(claim(shortLived, "exp"));
        Thread.sleep(Math.max(0, exp * 1000 - System.currentTimeMillis()) + 1500);

        assertEquals(401, holder.getAsApiClient("/home").status());
        assertEquals(200, browser.getAsApiClient("/home").status(), "the session itself is still open");
    }

    @Test
    void anAlteredTokenIsRefusedThoughTheOriginalIsCached() {
        User rep = Fixtures.aUser(org, Role.REP);
        User other = Fixtures.aUser(org, Role.REP);
        Browser browser = signedIn(rep);
        Browser otherBrowser = signedIn(other);
        String mine = token(browser);
        String theirs = token(otherBrowser);
        assertTrue(validator().holds(mine) && validator().holds(theirs));
        String[] m = mine.split("\\.");
        String[] t = theirs.split("\\.");

        String otherSignature = m[0] + "." + m[1] + "." + flipLast(m[2]);
        String otherPayload = m[0] + "." + t[1] + "." + m[2];
        String unsigned = base64("{\"alg\":\"none\"}") + "." + m[1] + ".";
        for (String altered : List.of(otherSignature, otherPayload, unsigned)) {
            Browser attacker = new Browser().header("Cookie", COOKIE + "=" + altered);
            assertEquals(401, attacker.getAsApiClient("/home").status(), altered);
            assertFalse(validator().holds(altered), "a refused token is not kept");
        }
        assertEquals(200, browser.getAsApiClient("/home").status(), "the genuine token still counts");
    }

    private static Browser signedIn(User user) {
        Browser browser = new Browser();
        browser.signIn(user.email(), Fixtures.PASSWORD);
        assertEquals(200, browser.get("/home").status());
        return browser;
    }

    private static String token(Browser browser) {
        return browser.cookie(COOKIE).orElseThrow().getValue();
    }

    /** A claim of a (signed, not encrypted) token, as text. */
    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(payload);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + payload);
        }
        return m.group(1);
    }

    private static String flipLast(String part) {
        char last = part.charAt(part.length() - 2);
        return part.substring(0, part.length() - 2) + (last == 'A' ? 'B' : 'A') + part.charAt(part.length() - 1);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
