package org.clockwise.web.library;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 ("Speed"): the library's leech list is not recomputed from every rep's items on every
 * view. It shows exactly what {@link MasteryQueries#forAuthors} (the reference) gives on the same
 * data, says as of when, keeps it for at most the stated age, and drops it on a publication.
 */
class LibraryLeechesFreshnessIT extends ServerTest {

    @Test
    void theLeechListIsTheFullComputationsSaysHowFreshAndFollowsAPublication() {
        String module = publish();
        Organisation o = Fixtures.anOrganisation();
        User author = Fixtures.aUser(o, Role.AUTHOR);
        User a = Fixtures.aUser(o, Role.REP);
        User b = Fixtures.aUser(o, Role.REP);
        for (User rep : new User[]{a, b}) {
            Fixtures.takeQuiz(rep, module, Instant.now().minus(Duration.ofDays(1)), 30);
        }
        lapses(a, module, 5);

        Browser browser = new Browser();
        browser.signIn(author.email(), Fixtures.PASSWORD);
        Document page = browser.get("/library").html();
        List<MasteryQueries.AuthorLeech> before = reference(author);
        assertEquals(1, before.size());
        assertSameLeeches(before, page);
        Element asOf = page.selectFirst(".leeches-as-of");
        assertNotNull(asOf, "the page says how fresh the list is");
        assertTrue(asOf.text().matches("As of \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC; recomputed at most every 60 seconds, "
                + "and at once after a publication\\."), asOf.text());

        lapses(b, module, 4);
        List<MasteryQueries.AuthorLeech> after = reference(author);
        assertNotEquals(before, after, "the test's new lapses move the list");
        assertSameLeeches(before, browser.get("/library").html());

        publish();
        assertSameLeeches(after, browser.get("/library").html());
    }

    private static String publish() {
        String id = "leeches-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        return id;
    }

    private static void lapses(User rep, String module, int lapses) {
        Db.transactions().executeWrite(s -> TestServer.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET lapses = ? WHERE user_id = ? AND course_id = ? AND question_idx = 1", ps -> {
                    ps.setInt(1, lapses);
                    ps.setLong(2, rep.id());
                    ps.setString(3, module);
                    return ps.executeUpdate();
                }));
    }

    private static List<MasteryQueries.AuthorLeech> reference(User author) {
        return TestServer.bean(MasteryQueries.class).forAuthors(author.id());
    }

    private static void assertSameLeeches(List<MasteryQueries.AuthorLeech> expected, Document page) {
        assertEquals(expected.stream().map(l -> l.moduleId() + "#" + l.questionIndex() + " " + l.leechReps() + " of " + l.reps()).toList(),
                page.select("table.leeches tbody tr").stream().map(tr -> tr.attr("data-module") + "#" + tr.attr("data-question")
                        + " " + tr.selectFirst(".leech-reps").text()).toList());
    }
}
