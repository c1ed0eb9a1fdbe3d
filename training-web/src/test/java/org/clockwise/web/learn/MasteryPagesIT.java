package org.clockwise.web.learn;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mastered questions and leeches as reps and authors see them, and the plan's note on Today.
 * <p>
 * Quizzes and reviews go through the real recorders. Lapses and retirement are then set by SQL on
 * {@code review_items}: a leech needs four or more lapses, each a wrong answer after the question
 * was learned again, and mastery needs 90 days of stability, both only reachable over months of
 * simulated reviews; what is under test here is how the pages read and show that state.
 */
class MasteryPagesIT extends ServerTest {

    static final String Q1 = "What do you ask first?";

    String module;
    User rep;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = publishModule();
        rep = Fixtures.aUser(org, Role.REP);
        browser = signedIn(rep, "en");
    }

    static String publishModule() {
        String id = "mastery-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        return id;
    }

    static Browser signedIn(User user, String language) {
        Browser b = new Browser().header("Accept-Language", language);
        b.signIn(user.email(), Fixtures.PASSWORD);
        return b;
    }

    static void quiz(User user, String module) {
        Fixtures.takeQuiz(user, module, Instant.now().minus(Duration.ofDays(1)), 30);
    }

    static void sql(String statement, Object... params) {
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class).prepareStatement(statement, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }));
    }

    static void lapses(User user, String module, int question, int lapses) {
        sql("UPDATE review_items SET lapses = ? WHERE user_id = ? AND course_id = ? AND question_idx = ?",
                lapses, user.id(), module, question);
    }

    static void dueNow(User user, String module, int question) {
        sql("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' "
                + "WHERE user_id = ? AND course_id = ? AND question_idx = ?", user.id(), module, question);
    }

    @Test
    void aRepSeesTheirLeechesWithTheLessonLinkAndHowManyQuestionsAreMastered() {
        quiz(rep, module);
        lapses(rep, module, 1, 5);
        sql("UPDATE review_items SET retired_at = last_review WHERE user_id = ? AND course_id = ? AND question_idx = 3",
                rep.id(), module);
        User other = Fixtures.aUser(org, Role.REP);
        quiz(other, module);
        lapses(other, module, 2, 6);

        Document skills = browser.get("/skills").html();

        Element leech = skills.selectFirst(".leech-list li[data-module=" + module + "][data-question=1]");
        assertNotNull(leech, skills.select(".leeches").text());
        assertTrue(leech.text().contains(Q1), leech.text());
        assertTrue(leech.text().contains("Lesson " + module + " · missed 5 times, last answered"), leech.text());
        assertEquals("/modules/" + module, leech.selectFirst("a").attr("href"));
        assertEquals(1, skills.select(".leech-list li").size(), "another rep's leech (question 2) is not mine");
        assertEquals("1 of 3 questions mastered: they no longer come up in reviews", skills.selectFirst(".mastered").text());

        Document others = signedIn(other, "en").get("/skills").html();
        assertEquals(1, others.select(".leech-list li[data-question=2]").size());
        assertEquals(0, others.select(".leech-list li[data-question=1]").size());
        assertEquals("0 of 3 questions mastered: they no longer come up in reviews", others.selectFirst(".mastered").text());
    }

    @Test
    void aRepWithoutLeechesSeesTheEmptyState() {
        Document skills = browser.get("/skills").html();
        assertEquals("None right now.", skills.selectFirst(".leeches p.muted").text());
        assertEquals("0 of 0 questions mastered: they no longer come up in reviews", skills.selectFirst(".mastered").text());
    }

    @Test
    void theReviewsPageMarksALeechWithTheLessonLink() {
        quiz(rep, module);
        lapses(rep, module, 1, 4);
        dueNow(rep, module, 1);

        Document review = browser.get("/reviews").html();
        Element marker = review.selectFirst(".leech-marker");
        assertNotNull(marker, review.text());
        assertEquals("You have missed this one 4 times — re-read the lesson", marker.text());
        assertEquals("/modules/" + module, marker.selectFirst("a").attr("href"));

        User fresh = Fixtures.aUser(org, Role.REP);
        quiz(fresh, module);
        lapses(fresh, module, 1, 3); // one lapse short of a leech
        dueNow(fresh, module, 1);
        Document plain = signedIn(fresh, "en").get("/reviews").html();
        assertNotNull(plain.selectFirst("form.quiz"));
        assertNull(plain.selectFirst(".leech-marker"));
    }

    @Test
    void authorsSeeTheQuestionsTheirOrganisationsRepsKeepMissing() {
        User a = Fixtures.aUser(org, Role.REP);
        User b = Fixtures.aUser(org, Role.REP);
        User c = Fixtures.aUser(org, Role.REP);
        for (User u : new User[]{a, b, c}) {
            quiz(u, module);
        }
        // One wrong and one right review answer through the real recorder: 50% wrong.
        review(a, module, 1, "a");
        review(b, module, 1, "b");
        lapses(a, module, 1, 5);
        lapses(b, module, 1, 4);
        Organisation elsewhere = Fixtures.anOrganisation();
        User outsider = Fixtures.aUser(elsewhere, Role.REP);
        quiz(outsider, module);
        lapses(outsider, module, 1, 7);

        Document library = signedIn(Fixtures.aUser(org, Role.AUTHOR), "en").get("/library").html();
        Element row = library.selectFirst("table.leeches tr[data-module=" + module + "][data-question=1]");
        assertNotNull(row, library.select(".leeches").text());
        assertEquals("2 of 3", row.selectFirst(".leech-reps").text(), "the other organisation's rep is not counted");
        assertTrue(row.text().contains("1. " + Q1), row.text());
        assertTrue(row.text().contains("v1"));
        assertTrue(row.text().contains("50%"), row.text());
        assertEquals("/library/modules/" + module, row.selectFirst("a").attr("href"));
        assertNull(library.selectFirst("table.leeches tr[data-module=" + module + "][data-question=2]"));

        Document theirs = signedIn(Fixtures.aUser(elsewhere, Role.ADMIN), "en").get("/library").html();
        Element theirRow = theirs.selectFirst("table.leeches tr[data-module=" + module + "][data-question=1]");
        assertEquals("1 of 1", theirRow.selectFirst(".leech-reps").text());
        assertEquals(1, theirs.select("table.leeches tbody tr").size(), "nothing of the first organisation");
    }

    @Test
    void anOrganisationWithoutLeechesShowsTheEmptyStateAndRepsCannotOpenTheList() {
        Organisation empty = Fixtures.anOrganisation();
        Document library = signedIn(Fixtures.aUser(empty, Role.AUTHOR), "en").get("/library").html();
        assertEquals("No question is a leech for any rep of your organisation.", library.selectFirst(".leeches-none").text());
        assertNull(library.selectFirst("table.leeches"));

        assertEquals(403, browser.get("/library").status());
    }

    @Test
    void todayExplainsADayWithoutANewLessonInEnglishAndDutch() {
        String second = publishModule();
        quiz(rep, module);
        quiz(rep, second);
        sql("UPDATE review_items SET due = now() - interval '1 hour', last_review = now() - interval '3 days' WHERE user_id = ?",
                rep.id());

        Document today = browser.get("/today").html();
        assertNull(today.selectFirst(".lesson-card"));
        Element note = today.selectFirst(".plan-note");
        assertNotNull(note, today.text());
        assertEquals("No new lesson today", note.selectFirst("h2").text());
        assertEquals("Reviews first today: 6 are due, and the next new lesson comes once no more than 5 are.",
                note.selectFirst(".reason").text());
        assertEquals("/modules", note.selectFirst("a").attr("href"));

        Document dutch = signedIn(rep, "nl").get("/today").html();
        assertEquals("Vandaag geen nieuwe les", dutch.selectFirst(".plan-note h2").text());
        assertEquals("Vandaag eerst herhalen: er staan er 6 klaar, en de volgende nieuwe les komt zodra het er niet meer dan 5 zijn.",
                dutch.selectFirst(".plan-note .reason").text());
    }

    static void review(User user, String module, int question, String key) {
        dueNow(user, module, question);
        TestServer.bean(ReviewRecorder.class).record(UUID.randomUUID(), user.id(), module, 1, question,
                Instant.now().minusSeconds(20), new QuizGrading.Answer(Set.of(key), ""), Confidence.SURE);
    }
}
