package org.clockwise.web.team;

import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (team dashboard, speed): the sections every viewer sees alike are rendered once per
 * cached dashboard and language ({@link DashboardSections}), and rendered again, never served
 * stale, when the dashboard's stamp changes; a refused assignment form still shows what was typed.
 */
class DashboardSectionCacheIT extends ServerTest {

    private static long rendered() {
        return TestServer.bean(DashboardSections.class).rendered();
    }

    @Test
    void sectionsAreRenderedOncePerDashboardAndLanguageAndAgainAfterAChange() {
        String module = "sections-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(module);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        Fixtures.aTeam(org, manager, rep);
        Browser english = new Browser();
        english.signIn(manager.email(), Fixtures.PASSWORD);
        Browser dutch = new Browser().header("Accept-Language", "nl");
        dutch.signIn(manager.email(), Fixtures.PASSWORD);

        long before = rendered();
        Document first = english.get("/team").html();
        assertEquals(before + 1, rendered(), "the first view renders the sections");
        Document again = english.get("/team").html();
        assertEquals(before + 1, rendered(), "a view of the unchanged dashboard renders them no more");
        assertEquals(first.select("main").outerHtml().replaceAll("value=\"[^\"]*\" name=\"_csrf\"|name=\"_csrf\" value=\"[^\"]*\"", ""),
                again.select("main").outerHtml().replaceAll("value=\"[^\"]*\" name=\"_csrf\"|name=\"_csrf\" value=\"[^\"]*\"", ""));
        assertEquals("Coaching list", first.selectFirst("#coaching-heading").text());
        assertEquals("Choose a module", first.selectFirst("#assign-module option[value=]").text());

        Document nl = dutch.get("/team").html();
        assertEquals(before + 2, rendered(), "another language renders its own sections");
        assertEquals("Coachingslijst", nl.selectFirst("#coaching-heading").text());
        assertEquals("Heatmap van vaardigheden", nl.selectFirst("#heatmap-heading").text());
        assertEquals("Kies een module", nl.selectFirst("#assign-module option[value=]").text());
        assertEquals("Coaching list", english.get("/team").html().selectFirst("#coaching-heading").text(), "English kept apart");
        assertEquals(before + 2, rendered());

        // A refused form shows the chosen module again; the kept lists select nothing afterwards.
        english.get("/team");
        Browser.Page refused = english.post("/team/assignments", Map.of("rep", rep.id().toString(), "module", module,
                "due", LocalDate.now().minusDays(1).toString()));
        assertEquals(422, refused.status());
        assertEquals(module, refused.html().selectFirst("#assign-module option[selected]").attr("value"));
        assertEquals(rep.id().toString(), refused.html().selectFirst("#assign-rep option[selected]").attr("value"));
        Document after = english.get("/team").html();
        assertTrue(after.select("#assign-module option[selected], #assign-rep option[selected]").isEmpty(), "nothing kept selected");

        // An answer moves the stamp: the dashboard and its sections are new.
        assertTrue(after.select(".overview").text().contains("0 of 1"), after.select(".overview").text());
        TestServer.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1,
                Instant.now().minusSeconds(90), Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""), 3, new QuizGrading.Answer(Set.of(), "5")), Map.of()));
        long beforeAnswer = rendered();
        Document answered = english.get("/team").html();
        assertEquals(beforeAnswer + 1, rendered(), "a new dashboard renders its sections afresh");
        assertTrue(answered.select(".overview").text().contains("1 of 1"), answered.select(".overview").text());
        assertTrue(dutch.get("/team").html().select(".overview").text().contains("1 van 1"), "the Dutch sections too");
        assertEquals(beforeAnswer + 2, rendered());
    }
}
