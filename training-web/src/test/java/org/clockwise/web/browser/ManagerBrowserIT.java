package org.clockwise.web.browser;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManagerBrowserIT extends ServerTest {

    @Test
    void aManagerOpensTheDashboardSortsTheHeatmapOpensARepAssignsAModuleAndDownloadsTheCsv() {
        String module = "manager-browser-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User strong = Fixtures.aUser(org, Role.REP);
        User weak = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, strong, weak);
        TestServer.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), strong.id(), module, 1,
                Instant.now().minusSeconds(90), Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""), 3, new QuizGrading.Answer(Set.of(), "5")), Map.of()));

        assertTrue(Db.count("SELECT count(*) FROM skill_snapshots WHERE user_id = ? AND proficiency > 0", strong.id()) > 0,
                "the attempt moved the strong rep's skill snapshot");
        try (RealBrowser browser = new RealBrowser(RealBrowser.DESKTOP)) {
            browser.signIn(manager.email(), Fixtures.PASSWORD);
            assertEquals("/team", browser.waitForPath("/team"));
            assertTrue(browser.find(".overview").getText().contains("of 2"), browser.find(".overview").getText());
            browser.screenshot("manager-dashboard");

            browser.find("th a[href*='skill:discovery-questioning']").click();
            browser.waitForUrlContaining("sort=skill");
            var rows = browser.driver().findElements(By.cssSelector("table.heatmap tbody tr"));
            assertEquals(String.valueOf(weak.id()), rows.get(0).getAttribute("data-rep"), () -> "weakest first: " + browser.find("table.heatmap").getText());
            assertEquals(String.valueOf(strong.id()), rows.get(1).getAttribute("data-rep"));

            rows.get(1).findElement(By.cssSelector("th a")).click();
            assertEquals("/team/reps/" + strong.id(), browser.waitForPath("/team/reps/" + strong.id()));
            assertTrue(browser.find("h1").getText().contains(strong.displayName()));
            browser.screenshot("manager-rep-page");

            browser.open("/team");
            new Select(browser.find("#assign-rep")).selectByValue(String.valueOf(weak.id()));
            new Select(browser.find("#assign-module")).selectByValue(module);
            browser.find("#assign-due").sendKeys(LocalDate.now().plusDays(5).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            browser.find(".assign-form button[type=submit]").click();
            assertTrue(browser.find("[role=status]").getText().startsWith("Assigned"), browser.find("main").getText());
            assertEquals("open", browser.find("tr[data-rep='" + weak.id() + "'][data-module='" + module + "'] td:last-child").getText());
            browser.screenshot("manager-assigned");

            String csvHref = browser.find("a[href='/team/tables/heatmap.csv']").getAttribute("href");
            assertTrue(csvHref.endsWith("/team/tables/heatmap.csv"));
        }
        Browser http = new Browser();
        http.signIn(manager.email(), Fixtures.PASSWORD);
        Browser.Page csv = http.get("/team/tables/heatmap.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("content-disposition").orElseThrow().contains("team-heatmap.csv"));
        assertTrue(csv.body().contains(strong.displayName()) && csv.body().contains(weak.displayName()));
    }

    @Test
    void anAdminComparesTeamsSideBySideAndOpensOneOnAPhone() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User lead = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        Team team = Fixtures.aTeam(org, lead, rep);
        try (RealBrowser browser = new RealBrowser(RealBrowser.PHONE)) {
            browser.signIn(admin.email(), Fixtures.PASSWORD);
            browser.open("/team");
            assertEquals("/team/teams", browser.waitForPath("/team/teams"), "an admin's /team is the organisation's teams");
            browser.screenshot("admin-teams-phone");
            browser.find("tr[data-team='" + team.id() + "'] th a").click();
            browser.waitForUrlContaining("team=" + team.id());
            assertEquals(team.name(), browser.find("h1").getText());
            assertEquals(String.valueOf(rep.id()), browser.find("table.heatmap tbody tr").getAttribute("data-rep"));
            browser.screenshot("admin-team-dashboard-phone");
        }
    }
}
