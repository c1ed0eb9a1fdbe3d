package org.clockwise.web.browser;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.NavScreens;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin adds a person and moves a team in a real browser, on a laptop and on a phone. */
class PeopleBrowserIT extends ServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"desktop", "phone"})
    void anAdminAddsAPersonAndMovesATeam(String device) {
        Dimension size = device.equals("desktop") ? new Dimension(1366, 900) : RealBrowser.PHONE;
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        Team east = Fixtures.aTeam(org, manager, Fixtures.aUser(org, Role.REP));
        Team west = TestServer.bean(TeamStore.class).save(new Team(null, org.id(), "West " + Fixtures.unique(), null, null));
        String email = device + "." + Fixtures.unique() + "@example.test";

        try (RealBrowser browser = new RealBrowser(size)) {
            browser.signIn(admin.email(), Fixtures.PASSWORD);
            assertEquals("/admin/people", browser.waitForPath("/admin/people"));
            browser.screenshot("admin-people-" + device);

            browser.find("a[href='/admin/people/new']").click();
            browser.waitForPath("/admin/people/new");
            browser.type("#name", "Casey " + device);
            browser.type("#email", email);
            new Select(browser.find("#team")).selectByValue(east.id().toString());
            browser.find("#hireDate").sendKeys("03/02/2026");
            browser.type("#timeZone", "Europe/Amsterdam");
            browser.screenshot("admin-person-form-" + device);
            browser.find("form.person-form button[type=submit]").click();
            browser.waitForUrlContaining("notice=added");
            assertEquals("Casey " + device, browser.find("h1").getText());
            assertTrue(browser.find("[role=status]").getText().contains("invitation"), browser.find("main").getText());
            assertTrue(browser.find("form.resend-invitation button").isDisplayed());
            browser.screenshot("admin-person-added-" + device);
            assertEquals(1, Db.count("SELECT count(*) FROM users u JOIN team_members m ON m.user_id = u.id "
                    + "WHERE u.email = ? AND m.team_id = ? AND u.hire_date = DATE '2026-03-02'", email, east.id()));

            NavScreens.openMenu(browser);
            browser.driver().findElement(By.cssSelector("header nav a[href='/admin/teams']")).click();
            browser.waitForPath("/admin/teams");
            browser.find("#team-" + west.id() + " summary").click();
            new Select(browser.find("#move-" + west.id())).selectByValue(east.id().toString());
            browser.find("#team-" + west.id() + " form.move button").click();
            browser.waitForUrlContaining("notice=moved");
            assertEquals("1", browser.find("#team-" + west.id()).getAttribute("data-depth"));
            assertTrue(browser.find("#team-" + west.id() + " .hint").getText().startsWith(east.name() + " / "));
            browser.screenshot("admin-teams-moved-" + device);

            browser.find("#team-" + east.id() + " summary").click();
            new Select(browser.find("#move-" + east.id())).selectByValue(west.id().toString());
            browser.find("#team-" + east.id() + " form.move button").click();
            assertTrue(browser.find("#teams-error").getText().contains("loop"), browser.find("main").getText());
            browser.screenshot("admin-teams-loop-refused-" + device);
        }
        assertEquals(1, Db.count("SELECT count(*) FROM teams WHERE id = ? AND parent_team_id = ?", west.id(), east.id()));
        assertEquals(1, Db.count("SELECT count(*) FROM teams WHERE id = ? AND parent_team_id IS NULL", east.id()));
    }
}
