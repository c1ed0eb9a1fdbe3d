package org.clockwise.web.team;

import org.clockwise.content.testing.TestLibrary;
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

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's sections show what the team did: overview, coverage, reach of a new module, spread. */
class DashboardSectionsIT extends ServerTest {

    @Test
    void oneRepOfTwoCompletingANewModuleShowsEverywhereItShould() {
        String module = "sections-" + Fixtures.unique().replace("-", "");
        // An onboarding-track module: its skills are the onboarding skills of the ramp-up view.
        TestServer.library().write("modules/" + module + ".md", TestLibrary.moduleText(module, "Lesson " + module,
                "Ask about the cost of doing nothing.").replace("personas: [cfo]", "personas: [cfo]\ntrack: first-30-days\norder: 1"));
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        User keen = Fixtures.aUser(org, LocalDate.now().minusDays(20), "UTC", Role.REP);
        User quiet = Fixtures.aUser(org, LocalDate.now().minusDays(40), "UTC", Role.REP);
        Fixtures.aTeam(org, manager, keen, quiet);
        TestServer.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), keen.id(), module, 1,
                Instant.now().minusSeconds(120), Map.of(1, new QuizGrading.Answer(Set.of("b"), "")), Map.of()));
        Browser browser = new Browser();
        browser.signIn(manager.email(), Fixtures.PASSWORD);

        Document page = browser.get("/team").html();

        assertTrue(page.select(".overview").text().contains("1 of 2"), page.select(".overview").text());
        assertTrue(page.select(".quiet").text().contains(quiet.displayName()));
        String cfoRow = page.select("table.coverage tr:contains(Chief Financial Officer)").text();
        assertTrue(cfoRow.contains("50%"), "one of two reps covered the CFO in status quo: " + cfoRow);
        String reach = page.select("table.reach tr:contains(Lesson " + module + ")").text();
        // issue 12: a module published minutes ago has no window over yet: "not yet", with the share so far.
        assertTrue(reach.contains("not yet") && reach.contains("50% so far"), "half the team so far, no window over: " + reach);
        assertTrue(page.select("#culture-heading + .cards").text().contains("Gini"));
        assertNotNull(page.selectFirst("#ramp-heading"), "recent hires get a ramp-up view");
        assertNotNull(page.selectFirst("#ramp-heading ~ figure svg[role=img]"), "with a chart of their onboarding proficiency");
        assertTrue(page.select("#ramp-heading + p").text().contains("Median time to competency"), page.select("#ramp").text());
        assertNotNull(page.selectFirst(".chart-figure svg[role=img] title"), "the progression chart has a title");
        assertTrue(page.select("#progression-heading ~ details table tr").size() > 1, "and a table fallback");
    }
}
