package org.clockwise.web.security;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.clockwise.web.testing.TestServer.sql;
import static org.clockwise.web.testing.Browser.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed": a page served from {@link RenderedPages} is byte for byte the page a fresh render
 * of the same state gives, and every change a person could see shows at once: another rep, an answered
 * quiz or review, another day in the rep's zone, another language (setting or browser), a new CSRF token.
 * The parameterized tests take each kept view ({@link RenderedPages#VIEWS}): Today and My skills.
 */
class RenderedPagesIT extends ServerTest {

    String module;
    User rep;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "kept-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
        browser = signedIn(rep);
    }

    static Browser signedIn(User user) {
        Browser b = new Browser();
        b.signIn(user.email(), Fixtures.PASSWORD);
        return b;
    }

    static RenderedPages keptPages() {
        return TestServer.bean(RenderedPages.class);
    }

    /** The page as served now, which must come from the kept pages (it was viewed just before, unchanged). */
    static String kept(Browser b, String path) {
        long before = keptPages().hits();
        Browser.Page page = b.get(path);
        assertEquals(200, page.status());
        assertTrue(keptPages().hits() > before, "served from the kept pages");
        return page.body();
    }

    /** The page as a fresh render gives it: nothing kept. */
    static String fresh(Browser b, String path) {
        keptPages().clear();
        long before = keptPages().hits();
        Browser.Page page = b.get(path);
        assertEquals(200, page.status());
        assertEquals(before, keptPages().hits(), "rendered afresh");
        return page.body();
    }

    /** Views the page, then views it again: the second comes from the kept pages and equals a fresh render. */
    static String viewTwiceAndCompare(Browser b, String path) {
        String first = b.get(path).body();
        String second = kept(b, path);
        assertEquals(first, second, "the kept page is the page rendered");
        assertEquals(fresh(b, path), second, "the kept page is byte for byte a fresh render of the same state");
        return second;
    }

    /** The page after a change: it must show the change at once, as a fresh render does. */
    static String afterChange(Browser b, String path, String before) {
        String served = b.get(path).body();
        assertNotEquals(before, served, "the change shows at once");
        assertEquals(fresh(b, path), served, "what was served after the change is a fresh render");
        return served;
    }

    void planWithLesson() {
        browser.get("/today");
        sql("UPDATE daily_plans SET items = CAST(? AS jsonb), completed_at = NULL, note = NULL WHERE user_id = ?",
                "[{\"kind\":\"LESSON\",\"moduleId\":\"" + module + "\",\"seconds\":180,\"reason\":\"r\","
                        + "\"reasonKey\":\"plan.reason.new\",\"reasonArgs\":[]}]", rep.id());
    }

    @Test
    void todayKeptIsTheFreshPageAndAnsweringTheQuizShowsAtOnce() {
        planWithLesson();
        String before = viewTwiceAndCompare(browser, "/today");
        assertTrue(before.contains("/modules/" + module), "the plan's lesson is offered");

        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        assertEquals(303, browser.postRaw("/modules/" + module + "/quiz",
                answers(quiz, Map.of("q1", "a", "q2", "a", "q3", "5"))).status());

        Document after = Jsoup.parse(afterChange(browser, "/today", before));
        assertTrue(after.selectFirst(".lesson-card").hasClass("is-done"), "the lesson shows done");
    }

    @Test
    void answeringAReviewShowsAtOnce() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        browser.postRaw("/modules/" + module + "/quiz", answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5")));
        sql("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' WHERE user_id = ?", rep.id());
        browser.get("/today");
        String review = "{\"kind\":\"REVIEW\",\"moduleId\":\"" + module + "\",\"questionIndex\":%d,\"seconds\":30,\"reason\":\"r\","
                + "\"reasonKey\":\"plan.reason.review.due\",\"reasonArgs\":[\"0\"]}";
        sql("UPDATE daily_plans SET items = CAST(? AS jsonb), completed_at = NULL, note = NULL WHERE user_id = ?",
                "[" + review.formatted(1) + "," + review.formatted(2) + "]", rep.id());
        String before = viewTwiceAndCompare(browser, "/today");

        Browser.Page page = browser.get("/reviews");
        assertEquals(303, browser.postRaw("/reviews", answers(page, Map.of("q1", "b"))).status());

        afterChange(browser, "/today", before);
    }

    @Test
    void mySkillsKeptIsTheFreshPageAndEachAnswerShowsAtOnce() {
        String before = viewTwiceAndCompare(browser, "/skills");

        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        assertEquals(303, browser.postRaw("/modules/" + module + "/quiz",
                answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5"))).status());
        String afterQuiz = afterChange(browser, "/skills", before);
        viewTwiceAndCompare(browser, "/skills");

        // A retake answered wrong: each question's latest answer is now wrong, so the skill falls back.
        Browser.Page retake = browser.get("/modules/" + module + "/quiz?take=2");
        assertEquals(303, browser.postRaw("/modules/" + module + "/quiz",
                answers(retake, Map.of("q1", "a", "q2", "c", "q3", "9"))).status());
        afterChange(browser, "/skills", afterQuiz);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/skills"})
    void twoRepsWithDifferentDataEachGetTheirOwnPage(String path) {
        User other = Fixtures.aUser(org, Role.REP);
        Browser otherBrowser = signedIn(other);
        planWithLesson();
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        browser.postRaw("/modules/" + module + "/quiz", answers(quiz, Map.of("q1", "a", "q2", "a", "q3", "5")));
        String mine = viewTwiceAndCompare(browser, path);
        String theirs = viewTwiceAndCompare(otherBrowser, path);
        assertNotEquals(mine, theirs);
        assertEquals(rep.displayName(), Jsoup.parse(mine).selectFirst(".who").text(), "my page names me");
        assertEquals(other.displayName(), Jsoup.parse(theirs).selectFirst(".who").text(), "their page names them");
        // Interleaved, each keeps getting their own (the comparisons above left nothing kept: view once each).
        browser.get(path);
        otherBrowser.get(path);
        assertEquals(mine, kept(browser, path));
        assertEquals(theirs, kept(otherBrowser, path));
        assertEquals(theirs, kept(otherBrowser, path));
        assertEquals(mine, kept(browser, path));
    }

    @Test
    void anotherDayInTheRepsZoneShowsAtOnce() {
        // Kiritimati (UTC+14) and Pago Pago (UTC-11) are always on different dates: the rep's midnight passed.
        sql("UPDATE users SET time_zone = 'Pacific/Pago_Pago' WHERE id = ?", rep.id());
        String before = viewTwiceAndCompare(browser, "/today");
        sql("UPDATE users SET time_zone = 'Pacific/Kiritimati' WHERE id = ?", rep.id());
        String after = afterChange(browser, "/today", before);
        assertNotEquals(Jsoup.parse(before).selectFirst("h1 .day").text(),
                Jsoup.parse(after).selectFirst("h1 .day").text(), "the page names the rep's new day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/skills"})
    void aLanguageChangeShowsAtOnceBySettingAndByBrowser(String path) {
        String before = viewTwiceAndCompare(browser, path);
        assertEquals(303, browser.post("/settings/language", Map.of("language", "nl", "back", path)).status());
        String dutch = afterChange(browser, path, before);
        assertEquals("nl", Jsoup.parse(dutch).selectFirst("html").attr("lang"));

        // Following the browser: only Accept-Language differs between the two views, not the model.
        assertEquals(303, browser.post("/settings/language", Map.of("language", "", "back", path)).status());
        String english = viewTwiceAndCompare(browser.header("Accept-Language", "en"), path);
        browser.header("Accept-Language", "nl");
        String byBrowser = afterChange(browser, path, english);
        assertEquals("nl", Jsoup.parse(byBrowser).selectFirst("html").attr("lang"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/skills"})
    void aNewCsrfTokenShowsAtOnceAndIsAccepted(String path) {
        String before = viewTwiceAndCompare(browser, path);
        String oldToken = browser.lastPage().csrfToken().orElseThrow();
        browser.forgetCookie(CsrfTokens.COOKIE);
        String after = afterChange(browser, path, before);
        String newToken = browser.lastPage().csrfToken().orElseThrow();
        assertNotEquals(oldToken, newToken);
        assertTrue(after.contains(newToken) && !after.contains(oldToken), "the page carries the new token only");
        assertEquals(303, browser.post("/settings/language", Map.of("language", "", "back", "/today")).status(),
                "the form's token is accepted");
    }
}
