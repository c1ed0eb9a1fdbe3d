package org.clockwise.web.learn;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.clockwise.web.testing.TestServer.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12, the rep's moment, over real HTTP: what the server decides and keeps. */
class RepMomentIT extends ServerTest {

    String module;
    User rep;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "moment-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
        browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
    }

    /** Today's plan replaced by one holding exactly these items (JSON), as the planner stores it. */
    void plan(String itemsJson) {
        browser.get("/today");
        sql("UPDATE daily_plans SET items = CAST(? AS jsonb), completed_at = NULL, note = NULL WHERE user_id = ?", itemsJson, rep.id());
    }

    static String review(String module, int question) {
        return "{\"kind\":\"REVIEW\",\"moduleId\":\"" + module + "\",\"questionIndex\":" + question
                + ",\"seconds\":30,\"reason\":\"r\",\"reasonKey\":\"plan.reason.review.due\",\"reasonArgs\":[\"0\"]}";
    }

    Browser.Page submitQuiz(Browser b, Map<String, String> form) {
        return b.postRaw("/modules/" + module + "/quiz", form);
    }

    @Test
    void theQuizThatFinishesThePlanSaysSoWithTheStreakAndTheScoreComesFirst() {
        plan("[{\"kind\":\"LESSON\",\"moduleId\":\"" + module + "\",\"seconds\":180,\"reason\":\"r\","
                + "\"reasonKey\":\"plan.reason.gap\",\"reasonArgs\":[\"Discovery questioning\",\"99\",\"70\"]}]");
        Document today = browser.get("/today").html();
        assertFalse(today.selectFirst(".lesson-card .reason").text().contains("99%"),
                "the gap reason shows the skill now, not the figure stored with the plan: " + today.selectFirst(".lesson-card .reason").text());
        assertTrue(today.selectFirst(".lesson-card .reason").text().startsWith("Discovery questioning is at 0%"));

        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        Browser.Page sent = submitQuiz(browser, Browser.answers(quiz, Map.of("q1", "a", "q2", "a", "q3", "5")));
        assertEquals(303, sent.status());
        assertTrue(sent.location().orElseThrow().startsWith("/attempts/"), sent.location().orElseThrow());

        Document result = browser.get(sent.location().orElseThrow()).html();
        assertEquals("score-heading", result.selectFirst("main h2").id(), "the score is the first thing under the title");
        assertEquals("Plan done for today — 1-day streak", result.selectFirst(".plan-done h2").text());
        assertTrue(result.selectFirst(".wrong-choice").text().contains("Your choice — not right"), "a wrong choice is said, not only red");
        Browser elsewhere = new Browser();
        elsewhere.signIn(rep.email(), Fixtures.PASSWORD);
        assertNull(elsewhere.get(sent.location().orElseThrow()).html().selectFirst(".plan-done"),
                "opened later (from History, a bookmark) the result is a result, not a celebration");

        Document history = browser.get("/history").html();
        String link = history.selectFirst("table.history td a").text();
        assertTrue(link.startsWith("Result of Lesson " + module + ", "), link);
        assertTrue(history.text().contains("Times in your time zone"), history.text());
    }

    @Test
    void reviewsSeparateThePlanFromTheBacklogAndTheLastOneFinishesThePlan() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        submitQuiz(browser, Browser.answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5")));
        sql("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' WHERE user_id = ?", rep.id());
        plan("[" + review(module, 1) + "," + review(module, 2) + "]");

        Document today = browser.get("/today").html();
        assertEquals("Today's plan: 2 reviews", today.selectFirst("#reviews-heading").text());
        assertEquals("Also due, optional: 1 more", today.selectFirst("#optional-heading").text());

        Document page = browser.get("/reviews").html();
        assertEquals("Today's plan: 2 of 2 reviews left · Also due, optional: 1 more", page.selectFirst(".plan-counts").text());
        assertNull(page.selectFirst(".question-number"), "no 'Question 1 of 1' on a single review");
        assertEquals("Check my answer", page.selectFirst("form.quiz button[type=submit]").text());

        String last = null;
        for (int i = 0; i < 3 && last == null; i++) {
            Browser.Page review = browser.get("/reviews");
            Map<String, String> form = Browser.answers(review, Map.of("q1", "b"));
            Browser.Page answered = browser.postRaw("/reviews", form);
            assertEquals(303, answered.status());
            String at = answered.location().orElseThrow();
            if (browser.get(at).html().selectFirst(".plan-done") != null) {
                last = at;
            }
        }
        assertNotNull(last, "one answer completed the plan");
        Document done = browser.get(last).html();
        assertEquals("Plan done for today — 1-day streak", done.selectFirst(".plan-done h2").text());

        Document history = browser.get("/history").html();
        assertFalse(history.select("tr.review-row").isEmpty(), "reviews are listed in History");
        assertTrue(history.selectFirst("tr.review-row a").text().startsWith("Review of Lesson " + module + ", "));
    }

    @Test
    void anOlderVersionsPageSentAfterTheNewerOneWasTakenDoesNotListItsQuestionsTwice() {
        Browser.Page oldPage = browser.get("/modules/" + module + "/quiz");
        TestServer.library().module(module, "A second version of the lesson.");
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        Browser.Page newPage = browser.get("/modules/" + module + "/quiz?take=1");
        submitQuiz(browser, Browser.answers(newPage, Map.of("q1", "b", "q2", "a", "q3", "5")));
        assertEquals(303, submitQuiz(browser, Browser.answers(oldPage, Map.of("q1", "b", "q2", "a", "q3", "5"))).status());

        assertEquals(3, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND NOT superseded", rep.id()),
                "one live review item per question, the newest version's");
        sql("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' WHERE user_id = ?", rep.id());
        sql("DELETE FROM daily_plans WHERE user_id = ?", rep.id());
        Document today = browser.get("/today").html();
        assertTrue(today.select(".plan-reviews li").size() <= 3, today.select(".plan-reviews").text());
    }

    @Test
    void aQuizSentAfterTheSessionEndedIsKeptThroughSigningInAndRecordedOnce() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        Map<String, String> form = Browser.answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5"));

        Browser expired = new Browser(); // no session cookie any more, a CSRF cookie of its own
        form.put("_csrf", expired.get("/login").csrfToken().orElseThrow());
        Browser.Page sent = submitQuiz(expired, form);
        String next = "/modules/" + module + "/quiz/resume";
        assertEquals(303, sent.status());
        assertEquals("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), sent.location().orElseThrow());
        assertTrue(expired.cookie(QuizReplay.COOKIE).isPresent(), "the answers are kept");
        assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()));

        expired.get(sent.location().orElseThrow());
        Map<String, String> signIn = new HashMap<>(Map.of("email", rep.email(), "password", Fixtures.PASSWORD, "next", next));
        Browser.Page signedIn = expired.post("/login", signIn);
        assertEquals(next, signedIn.location().orElseThrow());
        Browser.Page resumed = expired.get(next);
        assertEquals(303, resumed.status());
        assertTrue(resumed.location().orElseThrow().startsWith("/attempts/"), resumed.location().orElseThrow());
        assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()));
        assertEquals("2 of 3 right", expired.get(resumed.location().orElseThrow()).html().selectFirst("#score-heading").text());

        assertEquals("/modules/" + module + "/quiz", expired.get(next).location().orElseThrow(), "the kept answers are gone");
        assertEquals(303, submitQuiz(browser, form.entrySet().stream().collect(HashMap::new, (m, e) -> m.put(e.getKey(),
                e.getKey().equals("_csrf") ? browser.get("/today").csrfToken().orElseThrow() : e.getValue()), HashMap::putAll)).status());
        assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()), "sent again: still once");
    }

    @Test
    void aKeptQuizIsOnlyEverRecordedForTheRepItWasServedTo() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        Map<String, String> form = Browser.answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5"));
        Browser expired = new Browser();
        form.put("_csrf", expired.get("/login").csrfToken().orElseThrow());
        submitQuiz(expired, form);
        User other = Fixtures.aUser(org, Role.REP);
        expired.get("/login");
        expired.post("/login", Map.of("email", other.email(), "password", Fixtures.PASSWORD));
        assertEquals(400, expired.get("/modules/" + module + "/quiz/resume").status(), "another rep's ticket is refused");
        assertEquals(0, Db.count("SELECT count(*) FROM attempts"
                + " WHERE course_id = ? AND user_id IN (?, ?)", module, rep.id(), other.id()));
    }

    @Test
    void allModulesSearchesFiltersAndRecommends() {
        Document all = browser.get("/modules").html();
        assertNotNull(all.selectFirst("form.module-filters[method=get] input[name=q]"));
        assertFalse(all.select(".recommended li").isEmpty(), "something is recommended to a new rep");

        Document found = browser.get("/modules?q=" + module).html();
        assertEquals(1, found.select(".all-modules li").size(), found.select(".all-modules").text());
        assertNull(found.selectFirst(".recommended"), "a search shows what was asked for");
        assertEquals(module, found.selectFirst("#q").val());

        Document none = browser.get("/modules?q=" + module + "&persona=no-such-persona").html();
        assertTrue(none.select(".all-modules li").isEmpty());
        assertEquals("No module matches. Try fewer filters.", none.selectFirst("main section p.muted").text());
        assertEquals(1, browser.get("/modules?q=" + module + "&skill=discovery-questioning&phase=&persona=&track=").html()
                .select(".all-modules li").size());
    }

    @Test
    void mySkillsNamesTheBarColumnAndExplainsItsColours() {
        Document skills = browser.get("/skills").html();
        assertEquals("Progress to target", skills.select("table.skills thead th").get(3).text());
        assertEquals(3, skills.select("ul.legend li").size());
        assertFalse(skills.text().contains("Empty cells"));
    }
}
