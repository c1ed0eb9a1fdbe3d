package org.clockwise.web.learn;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clockwise.web.testing.Browser.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rep's daily flow over real HTTP: today's plan, lesson, quiz, result, reviews, skills, history. */
class LearnFlowIT extends ServerTest {

    String module;
    User rep;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "learn-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
        browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
    }

    Browser.Page takeQuiz() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        assertEquals(200, quiz.status());
        return browser.postRaw("/modules/" + module + "/quiz", answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5", "c1", "sure")));
    }

    @Test
    void todayShowsALessonWithItsReasonAndMinutesAndAProgressBar() {
        Document today = browser.get("/today").html();

        assertNotNull(today.selectFirst("progress"));
        Element card = today.selectFirst(".lesson-card");
        assertNotNull(card, today.text());
        assertFalse(card.select(".reason").text().isBlank());
        assertTrue(card.text().contains("min"));
        assertEquals(today.html(), browser.get("/today").html().html(), "a refresh shows the same plan");
    }

    @Test
    void theLessonPageShowsTheLessonItsMinutesAndSkillsThenLeadsToTheQuiz() {
        Document lesson = browser.get("/modules/" + module).html();

        assertEquals("Lesson " + module, lesson.selectFirst("h1").text());
        assertTrue(lesson.select(".lesson").text().contains("cost of doing nothing"));
        assertTrue(lesson.select(".meta").text().contains("min"));
        assertTrue(lesson.select(".meta").text().contains("Discovery questioning"));
        assertEquals("/modules/" + module + "/quiz", lesson.selectFirst(".next-step a").attr("href"));
        Document quiz = browser.get("/modules/" + module + "/quiz").html();
        assertEquals(3, quiz.select("form.quiz fieldset.question").size());
        assertEquals(3, quiz.select("fieldset.confidence").size(), "one tap per question says how sure the rep is");
        assertFalse(quiz.outerHtml().contains("Feedback for"));
        Browser.Page missing = browser.get("/modules/no-such-module");
        assertEquals(404, missing.status());
        assertEquals("There is no module \"no-such-module\".", missing.html().selectFirst("main p").text(),
                "the controller's explanation, not the general one of the 404 route");
        assertEquals("There is nothing at this address.", browser.get("/no-such-page").html().selectFirst("main p").text());
    }

    @Test
    void aQuizIsRecordedOnceEvenWhenSubmittedTwice() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        Map<String, String> form = answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5"));

        Browser.Page first = browser.postRaw("/modules/" + module + "/quiz", form);
        Browser.Page second = browser.postRaw("/modules/" + module + "/quiz", form);

        assertEquals(303, first.status());
        assertEquals(first.location(), second.location(), "the second submit shows the same result");
        assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()));
        Document result = browser.get(first.location().orElseThrow()).html();
        assertEquals("2 of 3 right", result.selectFirst("#score-heading").text());
        assertTrue(result.text().contains("Feedback for nothing-changes"));
        assertTrue(result.select(".skills-moved").text().contains("Discovery questioning"));
    }

    @Test
    void theBrowserCannotSendAScoreOrSomeoneElsesTicket() {
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        User other = Fixtures.aUser(org, Role.REP);
        Browser otherBrowser = new Browser();
        otherBrowser.signIn(other.email(), Fixtures.PASSWORD);
        Map<String, String> stolen = answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5"));
        stolen.put("_csrf", otherBrowser.get("/today").csrfToken().orElseThrow());
        Browser.Page replay = otherBrowser.postRaw("/modules/" + module + "/quiz", stolen);
        assertEquals(400, replay.status(), "a ticket minted for another rep is refused");

        Map<String, String> tampered = answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5"));
        tampered.put("served", "0");
        assertEquals(400, browser.postRaw("/modules/" + module + "/quiz", tampered).status());

        Map<String, String> form = answers(quiz, Map.of("q1", "a", "q2", "c", "q3", "7", "score", "3", "correct", "true", "userId", "1"));
        Browser.Page answer = browser.postRaw("/modules/" + module + "/quiz", form);
        assertEquals(303, answer.status());
        assertEquals(0, Db.count("SELECT correct_count FROM attempts WHERE user_id = ?", rep.id()), "the server scored it: 0 right");
        assertEquals(403, otherBrowser.get(answer.location().orElseThrow()).status(), "nobody else reads my result");
        assertEquals(400, otherBrowser.postRaw("/modules/" + module + "/quiz", stolen).status(),
                "nor lands on it with my page, once it is recorded");
    }

    @Test
    void takingTodaysLessonCompletesThePlan() {
        Document today = browser.get("/today").html();
        String lessonHref = today.selectFirst(".lesson-card a.button").attr("href");
        module = lessonHref.substring("/modules/".length());

        assertEquals(303, takeQuiz().status());

        Document after = browser.get("/today").html();
        assertNotNull(after.selectFirst(".done-state"), after.text());
        assertTrue(after.selectFirst(".plan-progress").text().contains("1 of 1 done") || after.selectFirst(".plan-progress").text().contains("done"));
        assertTrue(after.select(".streak").text().startsWith("1-day"));
    }

    @Test
    void dueReviewsComeOneAtATimeWithFeedback() {
        takeQuiz();
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class)
                .prepareStatement("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' "
                        + "WHERE user_id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));

        Browser.Page review = browser.get("/reviews");
        assertEquals(200, review.status());
        assertEquals(1, review.html().select("form.quiz fieldset.question").size());
        assertFalse(review.body().contains("Feedback for"), "no answers before answering");
        Map<String, String> form = answers(review, Map.of("q1", "b"));
        form.putIfAbsent("q1", "b");
        Browser.Page answered = browser.postRaw("/reviews", form);
        assertEquals(303, answered.status());
        Document feedback = browser.get(answered.location().orElseThrow()).html();
        assertNotNull(feedback.selectFirst("#score-heading"));
        assertEquals(1, Db.count("SELECT count(*) FROM review_events WHERE user_id = ?", rep.id()));
        assertEquals(409, browser.postRaw("/reviews", form).status(), "a ticket is single-use");
        assertEquals(1, Db.count("SELECT count(*) FROM review_events WHERE user_id = ?", rep.id()), "a repeated review submit counts once");
    }

    @Test
    void skillsHistoryAndModulesPagesShowTheRepsOwnProgress() {
        takeQuiz();
        Document skills = browser.get("/skills").html();
        Element line = skills.selectFirst("tr[data-skill=discovery-questioning]");
        assertNotNull(line);
        assertFalse(line.select("td").get(0).text().equals("0%"), "proficiency moved after a right answer");
        assertFalse(skills.select("svg.bar").isEmpty());
        assertFalse(skills.select(".coverage td.covered").isEmpty());

        Document history = browser.get("/history").html();
        assertTrue(history.text().contains("Lesson " + module));
        assertTrue(history.text().contains("2/3"), history.text());

        assertFalse(browser.get("/modules").html().select("a[href=/modules/" + module + "]").isEmpty());
    }

    @Test
    void onlyRepsTakeQuizzesAndOpenTheRepPages() {
        Browser manager = new Browser();
        manager.signIn(Fixtures.aUser(org, Role.MANAGER).email(), Fixtures.PASSWORD);
        for (String path : new String[]{"/today", "/reviews", "/skills", "/history", "/modules", "/modules/" + module + "/quiz"}) {
            assertEquals(403, manager.get(path).status(), path);
        }
        assertEquals(200, manager.get("/modules/" + module).status(), "anyone signed in may read a lesson");
    }
}
