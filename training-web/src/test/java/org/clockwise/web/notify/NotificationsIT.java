package org.clockwise.web.notify;

import org.clockwise.core.nudge.UnsubscribeTokens;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unsubscribe link without signing in (page and RFC 8058 one-click) and the notification settings page. */
class NotificationsIT extends ServerTest {

    private static long enabled(User user) {
        return Db.count("SELECT count(*) FROM users WHERE id = ? AND nudge_enabled", user.id());
    }

    private static String token(User user) {
        return TestServer.bean(UnsubscribeTokens.class).token(user.id());
    }

    @Test
    void aMailClientsOneClickPostUnsubscribesWithoutSessionOrCsrfToken() {
        User rep = Fixtures.aUser(org, Role.REP);
        assertEquals(1, enabled(rep));

        Browser.Page answer = new Browser().postRaw("/unsubscribe/" + token(rep), Map.of("List-Unsubscribe", "One-Click"));

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.body().contains("no more reminder emails"), answer.body());
        assertEquals(0, enabled(rep));
        // Twice is harmless.
        assertEquals(200, new Browser().postRaw("/unsubscribe/" + token(rep), Map.of("List-Unsubscribe", "One-Click")).status());
    }

    @Test
    void theLinkOpensAConfirmPageWhoseButtonUnsubscribes() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();

        Browser.Page confirm = browser.get("/unsubscribe/" + token(rep));
        assertEquals(200, confirm.status());
        assertEquals(1, enabled(rep), "opening the link changes nothing: scanners follow links");
        String action = confirm.html().selectFirst("main form[method=post]").attr("action");
        assertEquals("/unsubscribe/" + token(rep), action);

        Browser.Page done = browser.post(action, Map.of());
        assertEquals(200, done.status());
        assertEquals(0, enabled(rep));
    }

    @Test
    void badTokensAreRefusedAndOnlyThisRouteSkipsTheCsrfCheck() {
        User rep = Fixtures.aUser(org, Role.REP);
        String good = token(rep);
        String forged = "nudge." + (rep.id() + 1) + good.substring(good.lastIndexOf('.'));

        assertEquals(404, new Browser().get("/unsubscribe/" + forged).status());
        assertEquals(404, new Browser().get("/unsubscribe/nonsense").status());
        assertEquals(404, new Browser().postRaw("/unsubscribe/" + forged, Map.of("List-Unsubscribe", "One-Click")).status());
        assertEquals(403, new Browser().postRaw("/settings/notifications", Map.of("time", "07:00")).status());
        assertEquals(1, enabled(rep));
    }

    @Test
    void theSettingsPageChangesTheHourAndTurnsNudgesOff() {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);

        Browser.Page page = browser.get("/settings/notifications");
        assertEquals(200, page.status());
        assertEquals("08:30", page.html().selectFirst("input#time").attr("value"));
        assertTrue(page.html().selectFirst("input#enabled").hasAttr("checked"));
        assertTrue(browser.get("/home").html().select("header a[href=/settings/notifications]").size() == 1, "in the navigation");

        browser.get("/settings/notifications");
        Browser.Page saved = browser.post("/settings/notifications", Map.of("enabled", "on", "time", "07:15"));
        assertEquals(303, saved.status());
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ? AND nudge_enabled AND nudge_time = '07:15'", rep.id()));
        assertEquals("/settings/notifications?saved=1", saved.location().orElseThrow());
        assertTrue(browser.get(saved.location().orElseThrow()).body().contains("settings are saved"));

        Browser.Page refused = browser.post("/settings/notifications", Map.of("enabled", "on", "time", "25:00"));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("between 00:00 and 23:59"), refused.body());
        assertEquals("25:00", refused.html().selectFirst("input#time").attr("value"), "keeps what was typed");
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ? AND nudge_time = '07:15'", rep.id()));

        browser.get("/settings/notifications");
        assertEquals(303, browser.post("/settings/notifications", Map.of("time", "07:15")).status());
        assertEquals(0, enabled(rep));
    }

    @Test
    void signedOutTheSettingsPageLeadsToSignIn() {
        Browser.Page answer = new Browser().get("/settings/notifications");
        assertEquals(303, answer.status());
        assertTrue(answer.location().orElseThrow().startsWith("/login"));
    }
}
