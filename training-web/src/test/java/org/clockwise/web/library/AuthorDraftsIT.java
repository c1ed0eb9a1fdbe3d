package org.clockwise.web.library;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts (issue 12): saved without reps seeing them, previewed and answered, then published one module at a time. */
class AuthorDraftsIT extends ServerTest {

    String id;
    String path;
    Browser author;
    Browser rep;
    TestLibrary library;
    CourseQueries courses;

    @BeforeEach
    void publishAModule() {
        library = TestServer.library();
        courses = TestServer.bean(CourseQueries.class);
        id = "draft-" + Fixtures.unique().replace("-", "");
        library.module(id);
        path = TestLibrary.path(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        author = new Browser();
        author.signIn(Fixtures.aUser(org, Role.AUTHOR).email(), Fixtures.PASSWORD);
        rep = new Browser();
        rep.signIn(Fixtures.aUser(org, Role.REP).email(), Fixtures.PASSWORD);
    }

    Map<String, String> form(String markdown, String action) {
        Browser.Page editor = author.lastPage();
        Map<String, String> form = new HashMap<>();
        form.put("path", editor.html().selectFirst("#path").val());
        form.put("stamp", editor.html().selectFirst("input[name=stamp]").val());
        form.put("markdown", markdown);
        form.put("action", action);
        return form;
    }

    long draftId(Browser.Page saved) {
        String location = saved.location().orElseThrow();
        assertTrue(location.startsWith("/library/drafts/"), location);
        return Long.parseLong(location.substring("/library/drafts/".length(), location.indexOf('?')));
    }

    @Test
    void aSavedDraftIsSeenByAuthorsOnlyAndPublishingItMakesTheNextVersion() {
        String original = library.read(path);
        author.get("/library/modules/" + id + "/edit");
        String changed = original.replace("Ask about the cost", "DRAFTTEXT ask about the cost");

        long draft = draftId(author.post("/library/editor", form(changed, "save")));

        assertEquals(original, library.read(path), "a draft is not written to the library folder");
        assertEquals(1, courses.live(id).orElseThrow().version(), "nor published");
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        assertEquals(1, courses.live(id).orElseThrow().version(), "a folder publish does not pick it up either");

        // A rep never sees it: not its page, not the module they can take.
        assertEquals(403, rep.get("/library/drafts/" + draft).status());
        assertFalse(rep.get("/modules/" + id).body().contains("DRAFTTEXT"));
        assertFalse(rep.get("/modules").body().contains("DRAFTTEXT"));

        // The author previews it, answers the quiz and sees the answer key.
        Document page = author.get("/library/drafts/" + draft + "?notice=saved").html();
        assertTrue(page.select(".lesson").text().contains("DRAFTTEXT"));
        assertTrue(page.select(".draft-banner").text().contains("only authors and admins"));
        assertFalse(page.select(".answer-key .correct-option").isEmpty());
        assertEquals("/library/drafts/" + draft + "/check#feedback", page.selectFirst("form.quiz").attr("action"));
        Document answered = author.post("/library/drafts/" + draft + "/check",
                Map.of("q1", "b", "q2", "a", "q3", "5")).html();
        assertEquals("2 of 3 right", answered.selectFirst("#feedback #score-heading").text());

        // Opening the editor again brings the draft back, not the published text.
        Document editor = author.get("/library/modules/" + id + "/edit").html();
        assertTrue(editor.selectFirst("#markdown").val().contains("DRAFTTEXT"));
        assertFalse(editor.select("[role=status]").isEmpty());

        Browser.Page published = author.post("/library/drafts/" + draft + "/publish", Map.of());
        assertEquals(303, published.status());
        assertEquals("/library?published=" + id + "&notice=published#module-" + id, published.location().orElseThrow());
        assertEquals(2, courses.live(id).orElseThrow().version());
        assertTrue(library.read(path).contains("DRAFTTEXT"));
        assertEquals(404, author.get("/library/drafts/" + draft).status(), "the draft is gone once published");
        Document libraryPage = author.get("/library?published=" + id + "&notice=published").html();
        assertTrue(libraryPage.selectFirst("tr[data-module=" + id + "]").hasClass("just-published"));
        assertEquals(1, libraryPage.select("tr.just-published").size());
    }

    @Test
    void aDraftOfANewModuleStaysOutOfPlansAndTheModuleList() {
        author.get("/library/new");
        String newId = "newdraft-" + id;
        long draft = draftId(author.post("/library/editor", Map.of("path", "modules/" + newId + ".md", "stamp", "",
                "markdown", TestLibrary.moduleText(newId, "Brand new draft", "Fresh."), "action", "save")));

        assertTrue(courses.live(newId).isEmpty());
        assertTrue(courses.all().stream().map(CourseSummary::id).noneMatch(newId::equals), "plans choose from published modules only");
        assertFalse(rep.get("/modules").body().contains("Brand new draft"));
        assertFalse(rep.get("/today").body().contains("Brand new draft"));
        assertEquals(404, rep.get("/modules/" + newId).status());
        assertTrue(author.get("/library").html().select(".draft-list [data-draft=" + draft + "]").text().contains(newId));
    }

    @Test
    void theUntouchedTemplateIsRefusedWithAClearMessage() {
        Document blank = author.get("/library/new").html();
        String template = blank.selectFirst("#markdown").val();
        assertEquals("New module · Clockwise", blank.title().replace('\u00a0', ' '), "a new module's tab does not say Edit");

        // Checking in the editor does not call the template "ready to publish".
        Browser.Page checked = author.post("/library/editor", form(template, "check"));
        assertEquals(422, checked.status());
        assertTrue(checked.html().select("#file-problems").text().contains("still the new-module template"));
        assertTrue(checked.html().select(".ok-text").isEmpty());

        long draft = draftId(author.post("/library/editor", form(template, "save")));
        Browser.Page answer = author.post("/library/drafts/" + draft + "/publish", Map.of());

        assertEquals(422, answer.status());
        String problems = answer.html().select("#file-problems").text();
        assertTrue(problems.contains("still the new-module template"), problems);
        assertFalse(answer.html().select("#file-problems code").isEmpty(), "`code` in messages is rendered as code");
        assertTrue(courses.live("my-new-module").isEmpty());
        assertFalse(java.nio.file.Files.exists(library.root().resolve("modules/my-new-module.md")), "nothing written");
    }

    @Test
    void aModuleWithTwoQuestionsIsRefusedNamingTheRule() {
        author.get("/library/modules/" + id + "/edit");
        String original = library.read(path);
        String twoQuestions = original.substring(0, original.indexOf("## How many minutes"));

        Browser.Page checked = author.post("/library/editor", form(twoQuestions, "check"));
        assertEquals(422, checked.status());
        assertTrue(checked.html().select("#file-problems").text().contains("a module needs at least 3"));
        // The problem links to its line in the numbered copy of the text.
        String href = checked.html().selectFirst("#file-problems a.line-link").attr("href");
        assertFalse(checked.html().select("ol.numbered-source li" + href).isEmpty(), href);

        long draft = draftId(author.post("/library/editor", form(twoQuestions, "save")));
        Browser.Page answer = author.post("/library/drafts/" + draft + "/publish", Map.of());

        assertEquals(422, answer.status());
        String problems = answer.html().select("#file-problems").text();
        assertTrue(problems.contains("the quiz has 2 questions; a module needs at least 3"), problems);
        assertEquals(original, library.read(path), "the file is put back");
        assertEquals(1, courses.live(id).orElseThrow().version());
    }

    @Test
    void aTitleSuggestsTheIdAndPath() {
        Document page = author.get("/library/new?title=Handling%20the%20price%20objection").html();
        assertEquals("modules/handling-the-price-objection.md", page.selectFirst("#path").val());
        assertTrue(page.selectFirst("#markdown").val().contains("id: handling-the-price-objection\n"));
        assertTrue(page.selectFirst("#markdown").val().contains("title: \"Handling the price objection\"\n"));
        library.write("README.md", "# Authors' guide\n\n## The quiz\n\nAt least 3 questions. <script>x</script>\n");
        Document guide = author.get("/library/guide").html();
        assertTrue(guide.select("article.guide h2").text().contains("The quiz"));
        assertTrue(guide.select("article.guide script").isEmpty(), "raw HTML in the guide is escaped");
    }

    @Test
    void searchAndSortTheLibrary() {
        Document found = author.get("/library?q=" + id).html();
        assertEquals(1, found.select("tr[data-module]").size());
        assertEquals("/library/modules/" + id + "/edit", found.selectFirst("tr[data-module=" + id + "] a.edit-link").attr("href"));
        assertTrue(author.get("/library?q=no-such-words-anywhere").html().select("tr[data-module]").isEmpty());

        Document sorted = author.get("/library?sort=minutes&dir=desc").html();
        assertEquals("descending", sorted.selectFirst("th:has(a[href*=sort=minutes])").attr("aria-sort"));
        assertTrue(sorted.selectFirst("th:has(a[href*=sort=minutes]) a").attr("href").contains("dir=asc"), "a second click flips it");
        assertEquals("none", sorted.selectFirst("th:has(a[href*=sort=title])").attr("aria-sort"));
        int previous = Integer.MAX_VALUE;
        for (var row : sorted.select("table.library tbody tr")) {
            int minutes = Integer.parseInt(row.select("td").get(5).text());
            assertTrue(minutes <= previous, "sorted by minutes, descending");
            previous = minutes;
        }
    }
}
