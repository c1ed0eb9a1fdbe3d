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
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A NUL character in a typed answer (issue 13): 422 with the answers kept, nothing recorded, and the same form then works. */
class QuizBadInputIT extends ServerTest {

    @Test
    void aNulInAnAnswerKeepsTheFormAndRecordsNothing() {
        String module = "nul-" + Fixtures.unique().replace("-", "");
        String quizPath = "/modules/" + module + "/quiz";
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(org, Role.REP);
        Browser browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
        Map<String, String> ticket = QuizIntegrityIT.ticket(browser.get(quizPath));

        Browser.Page refused = browser.post(quizPath, QuizIntegrityIT.with(ticket, Map.of("q1", "b", "q2", "a", "q3", "5\0")));

        assertEquals(422, refused.status(), refused.body());
        Document page = refused.html();
        assertNotNull(page.selectFirst("input[name=q1][value=b][checked]"), "the chosen answer is kept");
        assertEquals("5", page.selectFirst("input[name=q3]").val(), "the typed answer is kept, without the NUL");
        assertFalse(refused.body().contains("PSQL") || refused.body().contains("0x00"));
        assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()));

        Browser.Page sent = browser.post(quizPath, QuizIntegrityIT.with(QuizIntegrityIT.ticket(refused), QuizIntegrityIT.RIGHT));
        assertEquals(303, sent.status(), sent.body());
        assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()));
    }
}
