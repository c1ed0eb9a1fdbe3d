package org.clockwise.web.team;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coaching list names the lesson each rep gets next, whether or not they opened Today yet, and stores nothing. */
class CoachingListIT extends ServerTest {

    @Test
    void theNextLessonIsShownBeforeTheRepOpensTodayAndFollowsAnAssignment() {
        String module = "coach-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, rep);
        Browser browser = new Browser();
        browser.signIn(manager.email(), Fixtures.PASSWORD);

        Element row = coachingRow(browser, rep);
        String[] next = nextLesson(row);
        assertTrue(next[0].startsWith("Lesson "), "a lesson the rules pick for a rep with no plan yet: " + row.text());
        assertFalse(next[1].isBlank(), "with its reason: " + row.text());
        assertEquals(200, browser.get("/team/reps/" + rep.id()).status());
        assertEquals(0, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ?", rep.id()),
                "neither the list nor the rep's page stores a plan: the rep's day is fixed when they open Today");

        LocalDate due = LocalDate.now().plusDays(2);
        assertEquals(303, browser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module, "due", due.toString())).status());
        next = nextLesson(coachingRow(browser, rep));
        assertEquals("Lesson " + module, next[0], "an assignment leads the plan");
        assertTrue(next[1].startsWith("Assigned by " + manager.displayName()), next[1]);

        // Once the rep opens Today, the stored plan is what the list shows.
        String stored = TestServer.bean(PlanService.class).today(rep.id()).lesson().title();
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ?", rep.id()));
        assertEquals(stored, nextLesson(coachingRow(browser, rep))[0]);
        assertNull(coachingRow(browser, rep).selectFirst("small.coach-when"), "today's lesson is not done yet");

        // Once they finish it, it is never "next": the row says so and shows the one after it.
        Fixtures.takeQuiz(rep, module, Instant.now(), 30);
        Element done = coachingRow(browser, rep);
        assertEquals("Today's lesson is done. Next:", done.selectFirst("small.coach-when").text());
        assertNotEquals(stored, nextLesson(done)[0], done.text());
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ?", rep.id()), "and stores nothing");
    }

    private static Element coachingRow(Browser browser, User rep) {
        Element row = browser.get("/team").html().selectFirst("table.coaching tr[data-rep=" + rep.id() + "]");
        assertNotNull(row, "a new rep is below target on every skill, so they are on the list");
        return row;
    }

    /** The title and the reason in the "Next lesson, and why" cell. */
    private static String[] nextLesson(Element row) {
        Element cell = row.select("td").get(2);
        return new String[]{cell.selectFirst("span:not(.hint)").text(), cell.selectFirst("span.hint").text()};
    }
}
