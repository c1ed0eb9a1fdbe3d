package org.clockwise.web.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dashboard computed earlier is served again only while nothing it shows has changed: each
 * kind of change (an answer, an assignment moved, a publication, a rollup repair) must show on
 * the very next request.
 */
class DashboardFreshnessIT extends ServerTest {

    @Test
    void everyKindOfChangeShowsOnTheNextRequest() {
        String module = "fresh-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, rep);
        Browser browser = new Browser();
        browser.signIn(manager.email(), Fixtures.PASSWORD);

        Document before = browser.get("/team").html();
        assertTrue(before.select(".overview").text().contains("0 of 1"), before.select(".overview").text());
        assertEquals(before.html(), browser.get("/team").html().html(), "nothing changed, same page");

        // An answer: the rep becomes active and their skill moves.
        TestServer.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1,
                Instant.now().minusSeconds(90), Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""), 3, new QuizGrading.Answer(Set.of(), "5")), Map.of()));
        Document answered = browser.get("/team").html();
        assertTrue(answered.select(".overview").text().contains("1 of 1"), answered.select(".overview").text());
        assertFalse(answered.select("tr[data-rep=" + rep.id() + "] td[data-skill=discovery-questioning]").text().startsWith("0%"),
                answered.select("table.heatmap").text());

        // An assignment, then the same module again with a later due date.
        LocalDate due = LocalDate.now().plusDays(5);
        assertEquals(303, browser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module, "due", due.toString())).status());
        assertEquals(due.toString(), browser.get("/team").html().selectFirst("tr[data-module=" + module + "] td:nth-of-type(3)").text());
        LocalDate later = due.plusDays(7);
        assertEquals(303, browser.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module, "due", later.toString())).status());
        assertEquals(later.toString(), browser.get("/team").html().selectFirst("tr[data-module=" + module + "] td:nth-of-type(3)").text());

        // A publication: a new module is offered in the assignment form at once.
        String added = "fresh-added-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(added);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        assertNotNull(browser.get("/team").html().selectFirst("#assign-module option[value=" + added + "]"));

        // A rollup repair (simulated by writing the rollup directly): today's plan now counts as completed.
        assertEquals("0", browser.get("/team").html().select(".stat-value").get(1).text(), "plans completed today");
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class).prepareStatement(
                "UPDATE daily_activity SET plan_completed = true WHERE user_id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));
        assertEquals("1", browser.get("/team").html().select(".stat-value").get(1).text(), "plans completed today");
    }
}
