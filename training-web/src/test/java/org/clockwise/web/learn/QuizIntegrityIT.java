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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quiz counts only as a real try: blank or partly answered quizzes and reviews are refused with
 * the answers kept and nothing recorded, and one served quiz page is one attempt however often it
 * is reloaded or sent.
 */
class QuizIntegrityIT extends ServerTest {

    /** All three questions of the test quiz answered right (TestLibrary.QUIZ). */
    static final Map<String, String> RIGHT = Map.of("q1", "b", "q2", "a", "q3", "5");

    String module;
    String quizPath;
    User rep;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "integrity-" + Fixtures.unique().replace("-", "");
        quizPath = "/modules/" + module + "/quiz";
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
        browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
    }

    static Map<String, String> ticket(Browser.Page page) {
        Map<String, String> form = new HashMap<>();
        for (Element hidden : page.html().select("form.quiz input[type=hidden]")) {
            form.put(hidden.attr("name"), hidden.val());
        }
        return form;
    }

    static Map<String, String> with(Map<String, String> ticket, Map<String, String> answers) {
        Map<String, String> form = new HashMap<>(ticket);
        form.putAll(answers);
        return form;
    }

    long attempts() {
        return Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id());
    }

    long nothingElseRecorded() {
        return Db.count("SELECT count(*) FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.user_id = ?", rep.id())
                + Db.count("SELECT count(*) FROM completions WHERE user_id = ?", rep.id())
                + Db.count("SELECT count(*) FROM review_items WHERE user_id = ?", rep.id())
                + Db.count("SELECT count(*) FROM review_events WHERE user_id = ?", rep.id());
    }

    @Test
    void aBlankQuizIsRefusedNamingEveryQuestionAndNothingIsRecorded() {
        Browser.Page quiz = browser.get(quizPath);
        Browser.Page refused = browser.postRaw(quizPath, ticket(quiz));

        assertEquals(422, refused.status());
        Document page = refused.html();
        Element summary = page.selectFirst("#quiz-errors[role=alert]");
        assertNotNull(summary, page.text());
        assertEquals("Answer every question first: nothing was recorded.", summary.selectFirst("h2").text());
        assertEquals(List.of("#question-1", "#question-2", "#question-3"), summary.select("a").eachAttr("href"));
        assertEquals("Question 2 has no answer", summary.select("a").get(1).text());
        for (int q = 1; q <= 3; q++) {
            Element fieldset = page.getElementById("question-" + q);
            assertNotNull(fieldset, "the summary links to each question's fieldset");
            assertEquals("q" + q + "-error", fieldset.attr("aria-describedby"));
            assertEquals("Answer this question.", fieldset.selectFirst("#q" + q + "-error").text());
        }
        assertEquals(ticket(quiz), ticket(refused), "the same ticket comes back: the same attempt, the same serve time");
        assertEquals(0, attempts());
        assertEquals(0, nothingElseRecorded(), "no answers, no completion, no review schedule");
        assertFalse(browser.get("/today").html().select(".lesson-card").isEmpty(), "the lesson is still to do today");
    }

    @Test
    void aPartlyAnsweredQuizKeepsEveryAnswerAndNamesOnlyTheMissingQuestion() {
        Browser.Page quiz = browser.get(quizPath);
        Browser.Page refused = browser.postRaw(quizPath, with(ticket(quiz),
                Map.of("q1", "b", "c1", "sure", "q3", "five <b>", "c3", "unsure", "c2", "unsure")));

        assertEquals(422, refused.status());
        Document page = refused.html();
        assertEquals(List.of("#question-2"), page.select("#quiz-errors a").eachAttr("href"));
        assertTrue(page.getElementById("q1-b").hasAttr("checked"));
        assertFalse(page.getElementById("q1-a").hasAttr("checked"));
        assertTrue(page.getElementById("c1-sure").hasAttr("checked"));
        assertTrue(page.getElementById("c2-unsure").hasAttr("checked"), "a confidence without an answer is kept too");
        assertTrue(page.getElementById("c3-unsure").hasAttr("checked"));
        assertEquals("five <b>", page.getElementById("q3").val(), "the typed text, escaped and kept");
        assertTrue(page.getElementById("question-2").hasClass("has-error"));
        assertFalse(page.getElementById("question-1").hasClass("has-error"));
        assertEquals(0, attempts());
        assertEquals(0, nothingElseRecorded());

        Browser.Page done = browser.postRaw(quizPath, with(ticket(refused), RIGHT));
        assertEquals(303, done.status());
        assertEquals("/attempts/" + ticket(quiz).get("attempt"), done.location().orElseThrow(), "recorded under the id first served");
        assertEquals(1, attempts());
    }

    @Test
    void reloadingTheQuizKeepsItsAttemptAndSubmittingTwiceRecordsOnce() {
        Browser.Page first = browser.get(quizPath);
        Browser.Page reload = browser.get(quizPath);

        assertEquals("no-store", first.header("Cache-Control").orElseThrow(), "Back asks the server again");
        String attempt = ticket(first).get("attempt");
        assertEquals(attempt, ticket(reload).get("attempt"), "a reload serves the same attempt");

        Browser.Page submitted = browser.postRaw(quizPath, with(ticket(first), RIGHT));
        Browser.Page again = browser.postRaw(quizPath, with(ticket(reload), RIGHT));
        assertEquals("/attempts/" + attempt, submitted.location().orElseThrow());
        assertEquals(submitted.location(), again.location(), "the second send lands on the same result");
        assertEquals(1, attempts());
        Browser.Page blankResend = browser.postRaw(quizPath, ticket(first));
        assertEquals(303, blankResend.status(), "the answered page sent again, even emptied, shows its result");
        assertEquals(1, attempts());

        // Back after the result: the quiz page now says it is answered, and a new try is the rep's choice.
        Document back = browser.get(quizPath).html();
        assertTrue(back.select("form.quiz").isEmpty(), back.text());
        assertEquals("/attempts/" + attempt, back.selectFirst(".answered-quiz a.button.primary").attr("href"));
        assertEquals(quizPath + "?take=2", back.selectFirst(".answered-quiz a.take-again").attr("href"));
        assertTrue(browser.get(quizPath + "?take=1").html().select("form.quiz").isEmpty(), "take 1 is the answered one");
        Document result = browser.get("/attempts/" + attempt).html();
        assertEquals(quizPath + "?take=2", result.selectFirst("a.take-again").attr("href"));

        Browser.Page retake = browser.get(quizPath + "?take=2");
        String second = ticket(retake).get("attempt");
        assertNotEquals(attempt, second, "a new take is a new attempt");
        assertEquals(second, ticket(browser.get(quizPath + "?take=2")).get("attempt"));
        assertEquals(303, browser.postRaw(quizPath, with(ticket(retake), RIGHT)).status());
        assertEquals(2, attempts());
        assertEquals(quizPath + "?take=3", browser.get("/attempts/" + second).html().selectFirst("a.take-again").attr("href"));
    }

    @Test
    void anotherRepGetsOtherAttemptIdsAndCannotUseMine() {
        Map<String, String> mine = ticket(browser.get(quizPath));
        User other = Fixtures.aUser(org, Role.REP);
        Browser otherBrowser = new Browser();
        otherBrowser.signIn(other.email(), Fixtures.PASSWORD);
        Browser.Page theirs = otherBrowser.get(quizPath);
        assertNotEquals(mine.get("attempt"), ticket(theirs).get("attempt"));

        Map<String, String> stolen = with(mine, RIGHT);
        stolen.put("_csrf", theirs.csrfToken().orElseThrow());
        assertEquals(400, otherBrowser.postRaw(quizPath, stolen).status());
        assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE user_id IN (?, ?)", rep.id(), other.id()));
    }

    @Test
    void aBlankTryNeverLowersSkills() {
        assertEquals(303, browser.postRaw(quizPath, with(ticket(browser.get(quizPath)), RIGHT)).status());
        String skillsBefore = browser.get("/skills").html().select("tr[data-skill]").text();
        long rowsBefore = Db.count("SELECT count(*) FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.user_id = ?", rep.id());

        Browser.Page blank = browser.postRaw(quizPath, ticket(browser.get(quizPath + "?take=2")));

        assertEquals(422, blank.status(), "a blank try is refused, so it cannot be scored as wrong answers");
        assertEquals(skillsBefore, browser.get("/skills").html().select("tr[data-skill]").text(), "skills stay where they were");
        assertEquals(1, attempts());
        assertEquals(rowsBefore, Db.count("SELECT count(*) FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.user_id = ?",
                rep.id()));
    }

    @Test
    void aBlankReviewAnswerIsRefusedAndKeptNotRecordedAsWrong() {
        assertEquals(303, browser.postRaw(quizPath, with(ticket(browser.get(quizPath)), RIGHT)).status());
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class)
                .prepareStatement("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' "
                        + "WHERE user_id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));
        long dueBefore = Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND due < now()", rep.id());

        Browser.Page review = browser.get("/reviews");
        Browser.Page refused = browser.postRaw("/reviews", with(ticket(review), Map.of("c1", "unsure")));

        assertEquals(422, refused.status());
        Document page = refused.html();
        assertEquals(List.of("#question-1"), page.select("#quiz-errors a").eachAttr("href"));
        assertTrue(page.getElementById("c1-unsure").hasAttr("checked"), "what was given stays on the page");
        assertEquals(ticket(review), ticket(refused), "the same review, still to answer");
        assertEquals(0, Db.count("SELECT count(*) FROM review_events WHERE user_id = ?", rep.id()));
        assertEquals(dueBefore, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND due < now()", rep.id()));

        Element first = page.selectFirst("form.quiz .options input, form.quiz .short-answer input");
        Browser.Page answered = browser.postRaw("/reviews", with(ticket(refused),
                Map.of("q1", first.attr("type").equals("text") ? "5" : first.val())));
        assertEquals(303, answered.status());
        assertEquals(1, Db.count("SELECT count(*) FROM review_events WHERE user_id = ?", rep.id()));
    }
}
