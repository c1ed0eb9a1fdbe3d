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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clockwise.web.testing.Browser.answers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13, item 3: one answer per review item per serving. */
class ReviewTicketIT extends ServerTest {

    String module;
    User rep;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "ticket-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        rep = Fixtures.aUser(org, Role.REP);
        browser = new Browser();
        browser.signIn(rep.email(), Fixtures.PASSWORD);
        Browser.Page quiz = browser.get("/modules/" + module + "/quiz");
        assertEquals(303, browser.postRaw("/modules/" + module + "/quiz",
                answers(quiz, Map.of("q1", "b", "q2", "a", "q3", "5", "c1", "sure"))).status());
        // Only question 1 is due, reviewed three days ago.
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class)
                .prepareStatement("UPDATE review_items SET due = CASE WHEN question_idx = 1 THEN now() - interval '1 hour' "
                        + "ELSE now() + interval '30 days' END, last_review = now() - interval '3 days' WHERE user_id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));
    }

    private long events() {
        return Db.count("SELECT count(*) FROM review_events WHERE user_id = ?", rep.id());
    }

    @Test
    void aTicketIsSingleUseSoAWrongAnswerCannotBeRetriedRight() {
        Browser.Page review = browser.get("/reviews");
        Map<String, String> wrong = answers(review, Map.of("q1", "a", "c1", "sure"));
        assertEquals(303, browser.postRaw("/reviews", wrong).status());
        assertEquals(1, events());

        Map<String, String> right = answers(review, Map.of("q1", "b", "c1", "sure"));
        Browser.Page again = browser.postRaw("/reviews", right);

        assertEquals(409, again.status());
        assertTrue(again.body().contains("already answered"), again.body());
        assertEquals(1, events(), "no second event");
        assertEquals(0, Db.count("SELECT count(*) FROM review_events WHERE user_id = ? AND correct", rep.id()));
    }

    @Test
    void aTicketFromBeforeTheItemWasAnsweredInAnotherTabIsRefused() {
        Browser.Page firstTab = browser.get("/reviews");
        Browser.Page secondTab = browser.get("/reviews");
        assertEquals(303, browser.postRaw("/reviews", answers(firstTab, Map.of("q1", "a", "c1", "sure"))).status());

        Browser.Page late = browser.postRaw("/reviews", answers(secondTab, Map.of("q1", "b", "c1", "sure")));

        assertEquals(409, late.status());
        assertTrue(late.body().contains("already answered"), late.body());
        assertEquals(1, events(), "the second tab records nothing");
    }
}
