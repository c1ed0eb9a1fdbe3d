package org.clockwise.web.team;

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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A manager assigns a module with a due date; it leads the rep's next plan; its completion shows. */
class AssignmentIT extends ServerTest {

    String module;
    User manager;
    User rep;
    User teammate;
    Browser browser;

    @BeforeEach
    void setUp() {
        module = "assigned-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        manager = Fixtures.aUser(org, Role.MANAGER);
        rep = Fixtures.aUser(org, Role.REP);
        teammate = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, rep, teammate);
        browser = new Browser();
        browser.signIn(manager.email(), Fixtures.PASSWORD);
        browser.get("/team");
    }

    @Test
    void anAssignedModuleLeadsTheRepsNextPlanAndItsCompletionShows() {
        String due = LocalDate.now().plusDays(3).toString();
        Browser.Page answer = browser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module, "due", due));
        assertEquals(303, answer.status());
        assertEquals("/team?notice=assigned#assign", answer.location().orElseThrow(), "issue 12: back at the form");

        Browser repBrowser = new Browser();
        repBrowser.signIn(rep.email(), Fixtures.PASSWORD);
        Document today = repBrowser.get("/today").html();
        assertEquals("/modules/" + module, today.selectFirst(".lesson-card a.button").attr("href"));
        assertTrue(today.select(".lesson-card .reason").text().startsWith("Assigned by " + manager.displayName()));

        Document team = browser.get("/team").html();
        assertEquals("open", team.selectFirst("tr[data-rep=" + rep.id() + "][data-module=" + module + "] td:last-child").text());
        Browser.Page quiz = repBrowser.get("/modules/" + module + "/quiz");
        Map<String, String> form = new HashMap<>();
        quiz.html().select("form.quiz input[type=hidden]").forEach(e -> form.put(e.attr("name"), e.val()));
        form.putAll(Map.of("q1", "b", "q2", "a", "q3", "5"));
        repBrowser.postRaw("/modules/" + module + "/quiz", form);
        team = browser.get("/team").html();
        assertTrue(team.selectFirst("tr[data-rep=" + rep.id() + "][data-module=" + module + "] td:last-child").text().contains("completed"));
    }

    @Test
    void assigningToTheWholeTeamWritesOneRowPerRep() {
        browser.post("/team/assignments", Map.of("rep", "team", "module", module, "due", LocalDate.now().plusDays(7).toString()));
        assertEquals(2, Db.count("SELECT count(*) FROM manager_assignments WHERE course_id = ?", module));
        browser.get("/team");
        browser.post("/team/assignments", Map.of("rep", "team", "module", module, "due", LocalDate.now().plusDays(9).toString()));
        assertEquals(2, Db.count("SELECT count(*) FROM manager_assignments WHERE course_id = ?", module), "reassigning moves the date");
    }

    @Test
    void someoneElsesRepIsRefusedAndBadInputIsNamed() {
        User stranger = Fixtures.aUser(org, Role.REP);
        assertEquals(403, browser.post("/team/assignments",
                Map.of("rep", stranger.id().toString(), "module", module, "due", LocalDate.now().plusDays(3).toString())).status());
        assertEquals(0, Db.count("SELECT count(*) FROM manager_assignments WHERE user_id = ?", stranger.id()));

        browser.get("/team");
        Browser.Page past = browser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module,
                "due", LocalDate.now().minusDays(1).toString()));
        assertEquals(422, past.status());
        assertTrue(past.html().select("[role=alert]").text().contains("between today and a year from now"));

        browser.get("/team");
        Browser.Page unknown = browser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", "no-such-module",
                "due", LocalDate.now().plusDays(1).toString()));
        assertEquals(422, unknown.status());
        assertTrue(unknown.html().select("[role=alert]").text().contains("published module"));
        assertEquals(0, Db.count("SELECT count(*) FROM manager_assignments WHERE user_id = ?", rep.id()));
    }

    @Test
    void aModuleFoundByTitleIsAssignedFromTheRepsPageWhichListsIt() {
        Document page = browser.get("/team/reps/" + rep.id()).html();
        assertNotNull(page.selectFirst("#assign-titles option[value='Lesson " + module + "']"), "the search box suggests titles");
        assertNotNull(page.selectFirst("#assign-module optgroup option[value=" + module + "]"), "the list is grouped");
        Browser.Page answer = browser.post("/team/reps/" + rep.id() + "/assignments",
                Map.of("find", " lesson " + module.toUpperCase() + " ", "due", LocalDate.now().plusDays(4).toString()));
        assertEquals(303, answer.status());
        assertEquals("/team/reps/" + rep.id() + "?notice=assigned#assignments", answer.location().orElseThrow());
        Document after = browser.get(answer.location().orElseThrow()).html();
        assertEquals("open", after.selectFirst("#assignments tr[data-module=" + module + "] td:last-child").text());
        assertTrue(after.select("[role=status]").text().startsWith("Assigned"));
    }

    @Test
    void theRepsPageAssignsOnlyToARepTheManagerManagesAndNamesBadInput() {
        User stranger = Fixtures.aUser(org, Role.REP);
        assertEquals(403, browser.post("/team/reps/" + stranger.id() + "/assignments",
                Map.of("module", module, "due", LocalDate.now().plusDays(3).toString())).status());
        assertEquals(0, Db.count("SELECT count(*) FROM manager_assignments WHERE user_id = ?", stranger.id()));

        browser.get("/team/reps/" + rep.id());
        Browser.Page unknown = browser.post("/team/reps/" + rep.id() + "/assignments",
                Map.of("find", "No such title", "due", LocalDate.now().plusDays(3).toString()));
        assertEquals(422, unknown.status());
        assertTrue(unknown.html().select("[role=alert]").text().contains("published module"));
        assertEquals("No such title", unknown.html().selectFirst("#assign-find").val(), "what was typed stays");
        assertEquals(0, Db.count("SELECT count(*) FROM manager_assignments WHERE user_id = ?", rep.id()));
    }
}
