package org.clockwise.web.account;

import jakarta.mail.internet.MimeMessage;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.NavScreens;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestMail;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitation and reset as people meet them: the email arrives over SMTP, the browser follows its link. */
class AccountBrowserIT extends ServerTest {

    @Test
    void anInvitedPersonFollowsTheEmailSetsAPasswordAndIsSignedIn() throws Exception {
        String email = "invitee-" + Fixtures.unique() + "@example.test";
        Accounts.addPerson(org, email, "Dana <b>O'Neil</b>");

        MimeMessage mail = TestMail.await(email, 1);
        assertTrue(mail.getSubject().contains(org.name()), mail.getSubject());
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        assertTrue(TestMail.text(mail).contains("Hello Dana <b>O'Neil</b>,"));
        assertTrue(TestMail.html(mail).contains("Hello Dana &lt;b&gt;O&#39;Neil&lt;/b&gt;,"), "HTML escapes the name");
        String link = TestMail.linkPath(mail);
        assertTrue(TestMail.html(mail).contains(link), "the HTML part carries the same link");

        try (RealBrowser browser = new RealBrowser(RealBrowser.PHONE)) {
            browser.open(link);
            assertTrue(browser.find("main").getText().contains("Dana <b>O'Neil</b>"), "the name is shown, escaped");
            browser.type("#password", "qwerty123456");
            browser.type("#confirm", "qwerty123456");
            browser.find("main form button[type=submit]").click();
            assertTrue(browser.find("#password-error").getText().contains("common passwords"));
            browser.screenshot("invitation-refused-phone");

            browser.type("#password", "violet tugboat morning");
            browser.type("#confirm", "violet tugboat morning");
            browser.find("main form button[type=submit]").click();

            assertEquals("/today", browser.waitForPath("/today"));
            NavScreens.openMenu(browser);
            assertEquals("Dana <b>O'Neil</b>", browser.find("header .who").getText());

            browser.open(link);
            assertTrue(browser.find("h1").getText().contains("already used"));
        }
        assertEquals(303, new Browser().signIn(email, "violet tugboat morning").status(), "the new password signs in");
    }

    @Test
    void forgotPasswordSendsALinkThatSetsANewPasswordAndEndsOtherSessions() throws Exception {
        User rep = Fixtures.aUser(org, Role.REP);
        Browser elsewhere = new Browser();
        elsewhere.signIn(rep.email(), Fixtures.PASSWORD);
        assertEquals(200, elsewhere.get("/home").status());

        try (RealBrowser browser = new RealBrowser(RealBrowser.DESKTOP)) {
            browser.open("/login");
            browser.find("#forgot-password").click();
            assertEquals("/reset", browser.waitForPath("/reset"));
            browser.type("#email", rep.email());
            browser.find("main form button[type=submit]").click();
            assertTrue(browser.find("#reset-sent").getText().contains("If an account uses that address"));
            browser.screenshot("reset-requested-desktop");

            MimeMessage mail = TestMail.await(rep.email(), 1);
            assertTrue(mail.getSubject().contains("Reset"));
            assertTrue(TestMail.text(mail).contains(org.name()));
            String link = TestMail.linkPath(mail);
            assertTrue(link.startsWith("/reset/"));

            browser.open(link);
            browser.type("#password", "a brand new passphrase");
            browser.type("#confirm", "a brand new passphrasf");
            browser.find("main form button[type=submit]").click();
            assertTrue(browser.find("#password-error").getText().contains("not the same"));
            browser.type("#password", "a brand new passphrase");
            browser.type("#confirm", "a brand new passphrase");
            browser.find("main form button[type=submit]").click();
            assertEquals("/today", browser.waitForPath("/today"));

            browser.open(link);
            assertTrue(browser.find("h1").getText().contains("already used"), "a reset link works once");
        }
        Thread.sleep(10_500); // an instance trusts a positive session check for ten seconds
        assertEquals(303, elsewhere.get("/").status(), "the session elsewhere ended");
        assertEquals(401, new Browser().signIn(rep.email(), Fixtures.PASSWORD).status(), "the old password no longer works");
        assertEquals(303, new Browser().signIn(rep.email(), "a brand new passphrase").status());
    }
}
