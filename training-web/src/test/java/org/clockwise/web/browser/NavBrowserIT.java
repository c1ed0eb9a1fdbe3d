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
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.NavScreens;
import org.clockwise.web.testing.RealBrowser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, getting around: one navigation on every page for the person's roles, the current page
 * marked, a menu on phones that works without JavaScript, home per role, team → rep → back, tables
 * that keep their headers on a phone without the page scrolling sideways, and the favicon.
 */
class NavBrowserIT extends ServerTest {

    static final Map<String, Dimension> SIZES = Map.of("desktop", NavScreens.DESKTOP, "phone", NavScreens.PHONE);

    static String module;
    static User manager;
    static User rep;
    static User otherRep;
    static Team team;

    @BeforeAll
    static void aTeamWithOneQuizTaken() {
        module = "nav-browser-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        manager = Fixtures.aUser(org, Role.MANAGER);
        rep = Fixtures.aUser(org, Role.REP);
        otherRep = Fixtures.aUser(org, Role.REP);
        team = Fixtures.aTeam(org, manager, rep, otherRep);
        TestServer.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1,
                Instant.now().minusSeconds(90), Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""), 3, new QuizGrading.Answer(Set.of(), "5")), Map.of()));
    }

    /** The navigation's links as the person sees them (the phone menu opened first), href → marked current. */
    static Map<String, Boolean> navLinks(RealBrowser browser) {
        NavScreens.openMenu(browser);
        Map<String, Boolean> links = new java.util.LinkedHashMap<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("header nav.site-nav a"))) {
            // Selenium's isDisplayed counts anything in a closed <details> as hidden, even where the
            // desktop stylesheet shows it (::details-content): ask the page's own rendering instead.
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                    "return arguments[0].checkVisibility();", a), a.getAttribute("href") + " is visible");
            links.put(URI.create(a.getAttribute("href")).getPath(), "page".equals(a.getAttribute("aria-current")));
        }
        NavScreens.closeMenu(browser);
        return links;
    }

    /** A screenshot with the menu open where it folds, so the phone pictures show the navigation. */
    static void shot(RealBrowser browser, String name) {
        NavScreens.openMenu(browser);
        browser.screenshot(name);
        NavScreens.closeMenu(browser);
    }

    static void assertNoSidewaysScroll(RealBrowser browser, String what) {
        assertTrue(NavScreens.sidewaysOverflow(browser.driver()) <= 0,
                what + " scrolls sideways by " + NavScreens.sidewaysOverflow(browser.driver()) + " px");
    }

    @Test
    void aRepHasTheLearningNavigationOnEveryRepPageWithTheCurrentPageMarked() {
        Browser http = new Browser();
        http.signIn(rep.email(), Fixtures.PASSWORD);
        assertEquals("/today", http.get("/").location().orElseThrow());
        assertTrue(http.get("/today").html().select("main nav.subnav").isEmpty(), "the old Today-only links are gone");
        SIZES.forEach((device, size) -> {
            try (RealBrowser browser = new RealBrowser(size)) {
                browser.signIn(rep.email(), Fixtures.PASSWORD);
                assertEquals("/today", browser.waitForPath("/today"), "home sends a rep to today");
                for (String page : List.of("/today", "/reviews", "/skills", "/history", "/modules")) {
                    browser.open(page);
                    Map<String, Boolean> links = navLinks(browser);
                    assertEquals(List.of("/today", "/reviews", "/skills", "/history", "/modules"), List.copyOf(links.keySet()), page);
                    assertEquals(List.of(page), links.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList(),
                            "only " + page + " is marked current");
                    assertNoSidewaysScroll(browser, page + " on " + device);
                    shot(browser, "nav-rep" + page.replace('/', '-') + "-" + device);
                }
                browser.open("/skills");
                WebElement header = browser.find("table.skills thead th");
                assertTrue(header.isDisplayed() && !header.getText().isBlank(), "My skills keeps its column names on " + device);
                browser.open("/history");
                assertTrue(browser.find("table.history thead th").isDisplayed(), "history keeps its column names on " + device);
                // The phone menu is a real link list: following one lands on its page.
                NavScreens.openMenu(browser);
                browser.find("header nav.site-nav a[href='/skills']").click();
                assertEquals("/skills", browser.waitForPath("/skills"));
            }
        });
    }

    @Test
    void aManagerGetsTheTeamNavigationAndComesBackFromARepToTheSameTeam() {
        SIZES.forEach((device, size) -> {
            try (RealBrowser browser = new RealBrowser(size)) {
                browser.signIn(manager.email(), Fixtures.PASSWORD);
                assertEquals("/team", browser.waitForPath("/team"), "home sends a manager to the team");
                browser.open("/team?team=" + team.id());
                Map<String, Boolean> links = navLinks(browser);
                assertEquals(List.of("/team", "/team/teams", "/team/people"), List.copyOf(links.keySet()));
                assertTrue(links.get("/team"));
                assertNoSidewaysScroll(browser, "the team page on " + device);
                WebElement heatHeader = browser.find("table.heatmap thead th:nth-child(2)");
                assertTrue(heatHeader.isDisplayed() && !heatHeader.getText().isBlank(), "the heatmap keeps its skill names on " + device);
                assertEquals("sticky", browser.find("table.heatmap tbody th").getCssValue("position"), "the rep column stays put");
                for (String table : List.of("table.coverage", "table.streaks", "table.assignments")) {
                    for (WebElement th : browser.driver().findElements(By.cssSelector(table + " thead th"))) {
                        assertTrue(th.getSize().getHeight() > 0, table + " keeps its column names on " + device);
                    }
                }
                shot(browser, "nav-manager-team-" + device);

                browser.find("table.heatmap tr[data-rep='" + rep.id() + "'] th a").click();
                assertEquals("/team/reps/" + rep.id(), browser.waitForPath("/team/reps/" + rep.id()));
                assertTrue(navLinks(browser).get("/team"), "a rep's page sits under the team");
                assertNoSidewaysScroll(browser, "the rep page on " + device);
                shot(browser, "nav-manager-rep-" + device);
                browser.find("main a[href^='/team?team=']").click();
                browser.waitForUrlContaining("team=" + team.id());
                assertEquals("/team", browser.path());
                assertTrue(browser.driver().getCurrentUrl().endsWith("/team?team=" + team.id()), browser.driver().getCurrentUrl());

                browser.open("/team/teams");
                assertNoSidewaysScroll(browser, "the teams overview on " + device);
                browser.open("/team/people");
                assertNoSidewaysScroll(browser, "your people on " + device);
            }
        });
    }

    @Test
    void anAdminReachesPeopleTeamsRosterDashboardsAndTheLibraryFromTheNavigation() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        SIZES.forEach((device, size) -> {
            try (RealBrowser browser = new RealBrowser(size)) {
                browser.signIn(admin.email(), Fixtures.PASSWORD);
                assertEquals("/admin/people", browser.waitForPath("/admin/people"), "home sends an admin to people");
                for (String page : List.of("/admin/people", "/admin/teams", "/admin/roster", "/team/teams", "/library")) {
                    browser.open(page);
                    Map<String, Boolean> links = navLinks(browser);
                    assertEquals(List.of("/team/teams", "/library", "/admin/people", "/admin/teams", "/admin/roster"),
                            List.copyOf(links.keySet()), page);
                    assertTrue(links.get(page), page + " is marked current");
                    assertNoSidewaysScroll(browser, page + " on " + device);
                    shot(browser, "nav-admin" + page.replace('/', '-') + "-" + device);
                }
                browser.open("/home");
                assertEquals("/admin/people", URI.create(browser.find(".role-card[data-role=admin] a.button").getAttribute("href")).getPath(),
                        "the Organisation card opens people, not the library");
                assertFalse(browser.driver().findElements(By.cssSelector(".role-card[data-role=admin] a[href='/admin/teams']")).isEmpty());
                NavScreens.openMenu(browser);
                browser.find("header nav.site-nav a[href='/team/teams']").click();
                assertEquals("/team/teams", browser.waitForPath("/team/teams"), "the admin clicks their way to the teams");
            }
        });
    }

    @Test
    void theNavigationIsReachableByKeyboardWithAVisibleFocus() {
        User everything = Fixtures.aUser(org, Role.REP, Role.AUTHOR, Role.MANAGER);
        SIZES.forEach((device, size) -> {
            try (RealBrowser browser = new RealBrowser(size)) {
                browser.signIn(everything.email(), Fixtures.PASSWORD);
                browser.open("/skills");
                List<String> expected = List.of("/today", "/reviews", "/skills", "/history", "/modules", "/team", "/team/teams",
                        "/team/people", "/library");
                Set<String> reached = new LinkedHashSet<>();
                WebElement body = browser.find("body");
                body.sendKeys(Keys.TAB);
                for (int i = 0; i < 30 && !reached.containsAll(expected); i++) {
                    WebElement active = browser.driver().switchTo().activeElement();
                    if ("summary".equals(active.getTagName())) {
                        active.sendKeys(Keys.ENTER); // the phone menu opens from the keyboard
                    }
                    String href = active.getAttribute("href");
                    if (href != null && active.findElements(By.xpath("ancestor::nav[contains(@class,'site-nav')]")).size() == 1) {
                        reached.add(URI.create(href).getPath());
                        String outline = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                                "return getComputedStyle(document.activeElement).outlineStyle;");
                        assertNotEquals("none", outline, href + " shows where the focus is on " + device);
                    }
                    active.sendKeys(Keys.TAB);
                }
                assertEquals(List.copyOf(expected), new ArrayList<>(reached), "Tab walks the navigation in order on " + device);
                browser.screenshot("nav-keyboard-" + device);
            }
        });
    }

    @Test
    void thePhoneMenuWorksWithJavaScriptSwitchedOff() throws IOException {
        WebDriver driver = NavScreens.withoutJavaScript(NavScreens.PHONE);
        try {
            driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
            assertEquals("off", driver.getTitle(), "scripts really are off");
            driver.get(TestServer.url("/login"));
            driver.findElement(By.id("email")).sendKeys(rep.email());
            driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
            driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
            driver.get(TestServer.url("/history"));
            WebElement link = driver.findElement(By.cssSelector("header nav.site-nav a[href='/skills']"));
            assertFalse(link.isDisplayed(), "folded on a phone");
            driver.findElement(By.cssSelector(".site-menu > summary")).click();
            assertTrue(link.isDisplayed(), "the menu opens without script");
            Path shot = Path.of("target", "screenshots", "nav-menu-nojs-phone.png");
            Files.createDirectories(shot.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            link.click();
            assertEquals("/skills", URI.create(driver.getCurrentUrl()).getPath());
        } finally {
            driver.quit();
        }
    }

    @Test
    void theFaviconIsServedToAnyone() {
        Browser.Page icon = new Browser().get("/favicon.ico");
        assertEquals(200, icon.status());
        assertEquals("image/x-icon", icon.header("content-type").orElseThrow());
        assertNull(icon.header("location").orElse(null));
        assertTrue(new Browser().get("/login").html().select("link[rel=icon][href='/favicon.ico']").size() == 1);
    }
}
