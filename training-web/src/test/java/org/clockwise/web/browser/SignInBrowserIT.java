package org.clockwise.web.browser;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.NavScreens;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInBrowserIT extends ServerTest {


    @Test
    void aRepSignsInThroughTheRealFormAndSeesTheRepHomePage() {
        User rep = Fixtures.aUser(org, Role.REP);
        try (RealBrowser browser = new RealBrowser(RealBrowser.PHONE)) {
            browser.signIn(rep.email(), Fixtures.PASSWORD);

            assertEquals("/today", browser.waitForPath("/today"), "home sends a rep straight to today");
            NavScreens.openMenu(browser);
            assertTrue(browser.find("header .who").getText().contains(rep.displayName()));
            browser.screenshot("rep-home-phone");

            browser.find("header form[action='/logout'] button").click();
            assertEquals("/login", browser.waitForPath("/login"));
            assertTrue(browser.find("[role=status]").getText().contains("signed out"));
        }
    }

    @Test
    void aWrongPasswordShowsTheErrorAndKeepsTheAddress() {
        User rep = Fixtures.aUser(org, Role.REP);
        try (RealBrowser browser = new RealBrowser(RealBrowser.DESKTOP)) {
            browser.signIn(rep.email(), "wrong password");

            assertEquals("/login", browser.path());
            assertTrue(browser.find("#signin-error").getText().contains("do not match"));
            assertEquals(rep.email(), browser.find("#email").getAttribute("value"));
            assertEquals("signin-error", browser.find("#email").getAttribute("aria-describedby"));
            browser.screenshot("login-error-desktop");
        }
    }

    @Test
    void theFormWorksFromTheKeyboardAlone() {
        User rep = Fixtures.aUser(org, Role.REP);
        try (RealBrowser browser = new RealBrowser(RealBrowser.DESKTOP)) {
            browser.open("/login");
            // The address field has focus on arrival; Tab reaches the password; Enter submits.
            assertEquals("email", browser.driver().switchTo().activeElement().getAttribute("id"));
            browser.driver().switchTo().activeElement().sendKeys(rep.email(), Keys.TAB);
            assertEquals("password", browser.driver().switchTo().activeElement().getAttribute("id"));
            browser.driver().switchTo().activeElement().sendKeys(Fixtures.PASSWORD, Keys.ENTER);

            assertEquals("/today", browser.waitForPath("/today"));
            assertFalse(browser.driver().findElements(By.cssSelector("header nav.site-nav")).isEmpty());
        }
    }
}
