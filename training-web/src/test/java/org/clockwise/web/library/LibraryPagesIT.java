package org.clockwise.web.library;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryPagesIT extends ServerTest {

    String id;
    Browser author;

    @BeforeEach
    void publishAModule() {
        id = "pages-" + Fixtures.unique().replace("-", "");
        TestServer.library().module(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        author = new Browser();
        author.signIn(Fixtures.aUser(org, Role.AUTHOR).email(), Fixtures.PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REP", "MANAGER"})
    void onlyAuthorsAndAdminsReachTheLibrary(String role) {
        Browser other = new Browser();
        other.signIn(Fixtures.aUser(org, Role.valueOf(role)).email(), Fixtures.PASSWORD);
        assertEquals(403, other.get("/library").status());
        assertEquals(403, other.get("/library/new").status());
        assertEquals(403, other.get("/library/modules/" + id).status());
        assertEquals(403, other.get("/library/modules/" + id + "/edit").status());
        assertEquals(403, other.post("/library/publish", Map.of()).status());
        assertEquals(403, other.post("/library/editor", Map.of("path", "modules/x.md", "markdown", "x", "action", "save")).status());
        Browser admin = new Browser();
        admin.signIn(Fixtures.aUser(org, Role.ADMIN).email(), Fixtures.PASSWORD);
        assertEquals(200, admin.get("/library").status());
    }

    @Test
    void theLibraryListsModulesWithCatalogNamesAndFilters() {
        Document page = author.get("/library").html();
        var row = page.selectFirst("tr[data-module=" + id + "]");
        assertTrue(row.text().contains("Discovery questioning"), row.text());
        assertTrue(row.text().contains("Chief Financial Officer"));
        assertTrue(row.text().contains("v1"));

        assertFalse(author.get("/library?persona=cfo").html().select("tr[data-module=" + id + "]").isEmpty());
        assertTrue(author.get("/library?persona=cio").html().select("tr[data-module=" + id + "]").isEmpty());
        assertTrue(author.get("/library?skill=value-articulation").html().select("tr[data-module=" + id + "]").isEmpty());
    }

    @Test
    void thePreviewShowsTheLessonAndAQuizThatRevealsNoAnswers() {
        Browser.Page preview = author.get("/library/modules/" + id);

        assertEquals(200, preview.status());
        Document html = preview.html();
        assertTrue(html.select(".lesson").text().contains("cost of doing nothing"));
        assertEquals(2, html.select("input[type=radio][name=q1]").size());
        assertEquals(3, html.select("input[type=checkbox][name=q2]").size());
        assertEquals(1, html.select("input[type=text][name=q3]").size());
        for (var input : html.select("form.quiz input[id]")) {
            assertFalse(html.select("label[for=" + input.id() + "]").isEmpty(), "every control is labelled: " + input.id());
        }
        String body = preview.body();
        assertFalse(body.contains("Feedback for"), "option feedback stays on the server until answered");
        assertFalse(body.contains("Explanation:"));
        assertFalse(body.contains("checked"));
        assertFalse(body.toLowerCase().contains("correct"));
    }

    @Test
    void takingThePreviewQuizShowsFeedbackAndRecordsNothing() {
        author.get("/library/modules/" + id);
        long publications = Db.count("SELECT count(*) FROM publications");

        Browser.Page result = author.post("/library/modules/" + id + "/check?version=1",
                Map.of("q1", "b", "q2", "a", "q3", " FIVE "));

        assertEquals(200, result.status());
        Document html = result.html();
        assertEquals("2 of 3 right", html.selectFirst("#score-heading").text());
        assertTrue(html.text().contains("Feedback for nothing-changes"));
        assertTrue(html.text().contains("Explanation: the cost of doing nothing comes first."));
        assertEquals(3, html.select("article.question").size());
        assertEquals(1, html.select("article.question.is-wrong").size());
        assertEquals(publications, Db.count("SELECT count(*) FROM publications"));
    }

    @Test
    void anUnknownModuleIs404() {
        assertEquals(404, author.get("/library/modules/no-such-module").status());
        assertEquals(404, author.get("/library/modules/no-such-module/edit").status());
    }

    @Test
    void theLastRefusedPublishIsShownWithFileAndLine() {
        TestLibrary library = TestServer.library();
        String broken = "modules/broken-" + id + ".md";
        library.write(broken, TestLibrary.moduleText("broken-" + id, "Broken", "Text.")
                .replace("- [x] What happens if nothing changes", "-[x] What happens if nothing changes"));
        try {
            author.get("/library");
            // Issue 12: publishing the whole folder asks first; without confirm=yes it leads to the confirmation page.
            assertEquals("/library/publish", author.post("/library/publish", Map.of()).location().orElseThrow());
            assertTrue(author.get("/library/publish").html().select("input[name=confirm][value=yes]").size() == 1);
            Browser.Page answer = author.post("/library/publish", Map.of("confirm", "yes"));
            assertEquals("/library?notice=refused", answer.location().orElseThrow());

            Document page = author.get("/library?notice=refused").html();
            String problems = page.select(".problems .problem-list").text();
            assertTrue(problems.contains(broken + ":"), problems);
            assertTrue(page.select(".notice").text().contains("nothing was published"));
        } finally {
            library.delete(broken);
            TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        }
    }
}
