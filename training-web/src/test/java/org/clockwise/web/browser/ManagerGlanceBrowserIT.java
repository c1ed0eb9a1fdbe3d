package org.clockwise.web.browser;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, the manager's page at a glance, in Chromium at 1366×900 and 390×844: no sideways page
 * scroll on the dashboard and the teams overview, section navigation, sorting that lands on the
 * heatmap and turns round, "not yet" reach windows, whole percentages, and the rep page's chart
 * (no pre-hire weeks) and assign form. Screenshots go to target/screenshots/mgr-*.png.
 */
class ManagerGlanceBrowserIT extends ServerTest {

    static final Dimension WIDE = new Dimension(1366, 900);
    static final Pattern DECIMAL_PERCENT = Pattern.compile("\\d+[.,]\\d+\\s*%");

    String module;
    User manager;
    User newHire;
    Team team;
    List<User> reps = new ArrayList<>();

    @BeforeEach
    void setUp() {
        module = "glance-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        manager = Fixtures.aUser(org, Role.MANAGER);
        newHire = Fixtures.aUser(org, LocalDate.now().minusDays(10), "UTC", Role.REP);
        reps.add(newHire);
        for (int i = 0; i < 5; i++) {
            reps.add(Fixtures.aUser(org, LocalDate.now().minusDays(200 + i * 30L), "UTC", Role.REP));
        }
        team = Fixtures.aTeam(org, manager, reps.toArray(User[]::new));
        for (int i = 0; i < 3; i++) {
            TestServer.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), reps.get(i).id(), module, 1,
                    Instant.now().minusSeconds(100 + i), Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                    2, new QuizGrading.Answer(i == 0 ? Set.of("a", "b") : Set.of("a"), ""), 3, new QuizGrading.Answer(Set.of(), "5")),
                    Map.of()));
        }
    }

    @Test
    void theDashboardFitsTheScreenJumpsToSectionsAndSortsWhereTheTableIs() {
        for (Dimension size : List.of(WIDE, RealBrowser.PHONE)) {
            String kind = size == WIDE ? "desktop" : "phone";
            try (RealBrowser browser = new RealBrowser(size)) {
                browser.signIn(manager.email(), Fixtures.PASSWORD);
                browser.open("/team");
                assertEquals("/team", browser.path());
                assertNoSidewaysScroll(browser, "/team at " + kind);
                List<String> jumps = browser.driver().findElements(By.cssSelector("nav.section-nav a")).stream()
                        .map(a -> a.getAttribute("href").replaceAll(".*#", "#")).toList();
                assertTrue(jumps.containsAll(List.of("#overview", "#coaching", "#assign", "#heatmap", "#coverage", "#culture")),
                        jumps.toString());
                for (String id : jumps) {
                    assertNotNull(browser.find(id), "the section " + id + " exists");
                }
                assertTrue(jumps.indexOf("#coaching") < jumps.indexOf("#heatmap") && jumps.indexOf("#assign") < jumps.indexOf("#coverage"),
                        "coaching and assigning come first: " + jumps);
                assertTrue(browser.find(".team-count").getText().contains("6 reps"), browser.find(".team-count").getText());
                browser.screenshot("mgr-dashboard-" + kind);

                String reach = browser.find("table.reach tbody").getText();
                assertTrue(reach.contains("not yet"), "a module published a moment ago has no window over yet: " + reach);
                assertFalse(reach.matches("(?s).*\\b0%(?! so far).*"), "no 0% for a window that is not over: " + reach);

                String main = browser.find("main").getText();
                assertFalse(DECIMAL_PERCENT.matcher(main).find(), "whole percentages only: " + main);
                for (WebElement label : browser.driver().findElements(By.cssSelector("svg .chart-target-label"))) {
                    assertTrue(label.getText().matches("Target \\d+%"), label.getText());
                }
                assertEquals(1, browser.driver().findElements(By.cssSelector("#heatmap details.downloads")).size(),
                        "one download menu for the heatmap");

                WebElement skill = browser.find("table.heatmap th.heat-skill a");
                String skillHref = skill.getAttribute("href");
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", skill);
                browser.waitForUrlContaining("sort=skill");
                assertTrue(browser.driver().getCurrentUrl().endsWith("#heatmap"), browser.driver().getCurrentUrl());
                WebElement sorted = browser.find("table.heatmap th[aria-sort=ascending]");
                assertTrue(sorted.getText().endsWith("▲"), sorted.getText());
                assertTrue(scrollY(browser) > 0, "the page opened at the table, not at the top");
                assertTrue(skillHref.contains(sorted.findElement(By.tagName("a")).getAttribute("href").replaceAll("&dir=desc.*|#.*", "")));
                browser.screenshot("mgr-dashboard-sorted-" + kind);

                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", sorted.findElement(By.tagName("a")));
                browser.waitForUrlContaining("dir=desc");
                WebElement again = browser.find("table.heatmap th[aria-sort=descending]");
                assertTrue(again.getText().endsWith("▼"), again.getText());
                assertEquals(1, browser.driver().findElements(By.cssSelector("table.heatmap th[aria-sort=descending], "
                        + "table.heatmap th[aria-sort=ascending]")).size());
                assertNoSidewaysScroll(browser, "the sorted dashboard at " + kind);

                // The test catalog has 2 skills; the real one has 14. Widen the rendered table to 14 skill
                // columns with long names (the same markup, cloned) and check that it still fits.
                ((JavascriptExecutor) browser.driver()).executeScript("""
                        const table = document.querySelector('table.heatmap');
                        for (const row of table.rows) {
                          const last = row.cells[row.cells.length - 1];
                          for (let i = 0; i < 12; i++) {
                            const copy = last.cloneNode(true);
                            if (row.parentNode.tagName === 'THEAD') { copy.querySelector('a').textContent = 'Working with marketing content ' + i; }
                            row.appendChild(copy);
                          }
                        }""");
                assertEquals(15, browser.driver().findElements(By.cssSelector("table.heatmap thead th")).size());
                assertNoSidewaysScroll(browser, "a 14-skill heatmap at " + kind);
                if (size == WIDE) {
                    WebElement frame = browser.find("#heatmap .table-wrap");
                    assertTrue(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                            "return arguments[0].scrollWidth - arguments[0].clientWidth", frame)).intValue() <= 1,
                            "14 skills fit at 1366 px without an inner scroll");
                }
                ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('heatmap').scrollIntoView()");
                browser.screenshot("mgr-heatmap14-" + kind);

                browser.open("/team/teams");
                assertNoSidewaysScroll(browser, "/team/teams at " + kind);
                WebElement table = browser.find("table.teams");
                WebElement wrap = browser.find(".teams-wrap");
                if (size == WIDE) {
                    assertTrue(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                            "return arguments[0].scrollWidth - arguments[0].clientWidth", wrap)).intValue() <= 1,
                            "every column of the teams table is visible at 1366 px");
                }
                assertTrue(table.getText().contains(team.name()));
                assertTrue(browser.find("main").getText().contains("this team only"));
                browser.screenshot("mgr-teams-" + kind);
            }
        }
    }

    @Test
    void theRepPageDrawsTheTrendFromTheHireWeekAndAssignsAModule() {
        LocalDate today = LocalDate.now();
        long weeksSinceHire = ChronoUnit.WEEKS.between(monday(newHire.hireDate()), monday(today)) + 1;
        for (Dimension size : List.of(WIDE, RealBrowser.PHONE)) {
            String kind = size == WIDE ? "desktop" : "phone";
            try (RealBrowser browser = new RealBrowser(size)) {
                browser.signIn(manager.email(), Fixtures.PASSWORD);
                browser.open("/team/reps/" + newHire.id());
                assertNoSidewaysScroll(browser, "the rep page at " + kind);
                WebElement chart = browser.find("figure.rep-trend svg[role=img]");
                String points = chart.findElement(By.cssSelector("polyline.chart-line")).getAttribute("points").trim();
                assertEquals(weeksSinceHire, points.split("\\s+").length, "one point per week since the hire week: " + points);
                String trend = browser.find("table.skills tbody tr td:last-child").getText();
                assertEquals(weeksSinceHire, trend.split("→").length, "no pre-hire weeks in the trend: " + trend);
                assertTrue(browser.find("#history-heading ~ table tbody td time").getText().matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}"),
                        "quizzes show their date");
                browser.screenshot("mgr-rep-" + kind);

                if (size == WIDE) {
                    browser.type("#assign-find", "Lesson " + module);
                    ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('assign-due').value = arguments[0]",
                            today.plusDays(6).toString());
                    browser.find("#assignments .assign-form button[type=submit]").click();
                    browser.waitForUrlContaining("notice=assigned");
                    assertTrue(browser.driver().getCurrentUrl().endsWith("#assignments"));
                    assertTrue(browser.find("[role=status]").getText().startsWith("Assigned"));
                    // The new hire already completed this module, so the assignment shows as done.
                    assertEquals("✔ completed", browser.find("#assignments tr[data-module='" + module + "'] td:last-child").getText());
                    browser.screenshot("mgr-rep-assigned-desktop");
                }
            }
        }
    }

    private static void assertNoSidewaysScroll(RealBrowser browser, String where) {
        Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth}");
        assertTrue(((Number) size.get("scroll")).intValue() <= ((Number) size.get("inner")).intValue(),
                () -> where + ": the page scrolls sideways " + size);
    }

    private static long scrollY(RealBrowser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.scrollY")).longValue();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
