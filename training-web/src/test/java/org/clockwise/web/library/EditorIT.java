package org.clockwise.web.library;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.CourseQueries;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditorIT extends ServerTest {

    String id;
    String path;
    Browser author;
    TestLibrary library;

    @BeforeEach
    void publishAModule() {
        library = TestServer.library();
        id = "edit-" + Fixtures.unique().replace("-", "");
        library.module(id);
        path = TestLibrary.path(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        author = new Browser();
        author.signIn(Fixtures.aUser(org, Role.AUTHOR).email(), Fixtures.PASSWORD);
    }

    Map<String, String> form(String markdown, String action) {
        Browser.Page editor = author.lastPage();
        return Map.of("path", editor.html().selectFirst("#path").val(), "stamp", editor.html().selectFirst("input[name=stamp]").val(),
                "markdown", markdown, "action", action);
    }

    long draftId(Browser.Page saved) {
        assertEquals(303, saved.status(), saved.body());
        String location = saved.location().orElseThrow();
        assertTrue(location.startsWith("/library/drafts/") && location.endsWith("?notice=saved"), location);
        return Long.parseLong(location.substring("/library/drafts/".length(), location.indexOf('?')));
    }

    @Test
    void theEditorHasNoDirectPublishItsPrimaryActionSavesADraft() {
        Document editor = author.get("/library/modules/" + id + "/edit").html();
        assertTrue(editor.select("button[value=publish]").isEmpty(), "an edit never goes live from the editor");
        assertEquals("save", editor.selectFirst("form.editor button.primary").val());
        assertEquals("Save draft", editor.selectFirst("form.editor button.primary").text());
        // A forged "publish" only checks: nothing is written or published.
        String changed = library.read(path).replace("Ask about the cost", "Forged publish: ask about the cost");
        Browser.Page answer = author.post("/library/editor", form(changed, "publish"));
        assertEquals(200, answer.status());
        assertFalse(library.read(path).contains("Forged publish"));
        assertEquals(1, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
    }

    @Test
    void checkingABrokenModuleShowsTheProblemWithItsLineAndADraftOfItCannotBePublished() {
        String original = library.read(path);
        Browser.Page editor = author.get("/library/modules/" + id + "/edit");
        // jsoup's textarea value drops the final newline; a browser keeps it
        assertEquals(original.stripTrailing(), editor.html().selectFirst("#markdown").val().stripTrailing());
        String broken = original.replace("- [ ] The budget", "- [] The budget");

        Browser.Page checked = author.post("/library/editor", form(broken, "check"));

        assertEquals(422, checked.status());
        String problems = checked.html().select("#file-problems").text();
        int line = lineOf(broken, "- [] The budget");
        assertTrue(problems.contains("line " + line), problems);
        assertTrue(problems.contains("- [ ]"), "the message says what to write instead: " + problems);
        assertEquals(broken.stripTrailing(), checked.html().selectFirst("#markdown").val().stripTrailing(), "the author's text is kept");

        // An unfinished draft may be saved; its page lists the problem, and publishing it is refused.
        long draft = draftId(author.post("/library/editor", form(broken, "save")));
        assertTrue(author.get("/library/drafts/" + draft).html().select("#file-problems").text().contains("- [ ]"));
        Browser.Page published = author.post("/library/drafts/" + draft + "/publish", Map.of());
        assertEquals(422, published.status());
        assertEquals(original, library.read(path), "nothing was written");
        assertEquals(1, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
    }

    @Test
    void aSavedEditGoesLiveOnlyWhenPublishedFromItsDraftPage() {
        String original = library.read(path);
        author.get("/library/modules/" + id + "/edit");
        String changed = original.replace("Ask about the cost", "Always ask about the cost");

        Browser.Page checked = author.post("/library/editor", form(changed, "check"));
        assertEquals(200, checked.status());
        assertTrue(checked.html().select(".preview .lesson").text().contains("Always ask"));

        long draft = draftId(author.post("/library/editor", form(changed, "save")));

        // Saved, not published: a rep still sees the published text.
        Browser rep = new Browser();
        rep.signIn(Fixtures.aUser(org, Role.REP).email(), Fixtures.PASSWORD);
        assertEquals(original, library.read(path));
        assertEquals(1, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
        Browser.Page repView = rep.get("/modules/" + id);
        assertEquals(200, repView.status());
        assertFalse(repView.body().contains("Always ask"), "a draft is not visible to a rep");
        assertEquals(403, rep.get("/library/drafts/" + draft).status());

        Document draftPage = author.get("/library/drafts/" + draft + "?notice=saved").html();
        assertTrue(draftPage.select(".lesson").text().contains("Always ask"));
        assertFalse(draftPage.select(".answer-key .correct-option").isEmpty(), "the author sees the answer key");
        Browser.Page published = author.post("/library/drafts/" + draft + "/publish", Map.of());

        assertEquals(303, published.status());
        assertEquals("/library?published=" + id + "&notice=published#module-" + id, published.location().orElseThrow());
        assertEquals(changed, library.read(path), "git users see the same source");
        assertEquals(2, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
        assertTrue(rep.get("/modules/" + id).body().contains("Always ask"), "published, the rep sees it");
    }

    @Test
    void aNewModuleFromTheEditorBecomesAFileOncePublished() {
        Browser.Page blank = author.get("/library/new");
        String newId = "new-" + id;
        String markdown = TestLibrary.moduleText(newId, "Brand new", "Fresh lesson text.");
        long draft = draftId(author.post("/library/editor", Map.of("path", "modules/new/" + newId + ".md",
                "stamp", blank.html().selectFirst("input[name=stamp]").val(), "markdown", markdown, "action", "save")));
        assertFalse(Files.exists(library.root().resolve("modules/new/" + newId + ".md")), "a draft is not a file yet");

        assertEquals(303, author.post("/library/drafts/" + draft + "/publish", Map.of()).status());

        assertEquals(markdown, library.read("modules/new/" + newId + ".md"));
        assertEquals(1, TestServer.bean(CourseQueries.class).live(newId).orElseThrow().version());
    }

    @Test
    void thePathMustStayInsideTheModulesFolder() {
        author.get("/library/new");
        Browser.Page answer = author.post("/library/editor", Map.of("path", "modules/../../escape.md", "stamp", "",
                "markdown", TestLibrary.moduleText("escape-" + id, "Escape", "x"), "action", "save"));

        assertEquals(422, answer.status());
        assertTrue(answer.html().select("[role=alert]").text().contains("must live under modules/"));
        assertFalse(Files.exists(library.root().getParent().resolve("escape.md")));
    }

    @Test
    void aChangeOnDiskSinceTheDraftBeganIsNotOverwrittenAndTheEditorShowsItForMerging() {
        author.get("/library/modules/" + id + "/edit");
        String mine = library.read(path).replace("Ask about", "My edit: ask about");
        String theirs = library.read(path).replace("Ask about", "Their edit: ask about");
        long draft = draftId(author.post("/library/editor", form(mine, "save")));
        library.write(path, theirs);

        Browser.Page answer = author.post("/library/drafts/" + draft + "/publish", Map.of());

        assertEquals(409, answer.status());
        assertEquals(theirs, library.read(path));
        // Back in the editor: the draft, the file as it is now, and a save that starts from it.
        Document editor = author.get("/library/drafts/" + draft + "/edit").html();
        assertEquals(mine.stripTrailing(), editor.selectFirst("#markdown").val().stripTrailing(), "the author's text is not lost");
        assertTrue(editor.select("pre.source").text().contains("Their edit"));
        assertTrue(editor.select("[role=alert]").text().contains("changed in the library folder"));
        String merged = theirs.replace("Their edit: ask about", "Merged edit: ask about");
        author.post("/library/editor", Map.of("path", editor.selectFirst("#path").val(),
                "stamp", editor.selectFirst("input[name=stamp]").val(), "markdown", merged, "action", "save"));
        assertEquals(303, author.post("/library/drafts/" + draft + "/publish", Map.of()).status());
        assertEquals(merged, library.read(path));
        library.write(path, TestLibrary.moduleText(id, "Lesson " + id, "Ask about the cost of doing nothing before you talk about price."));
    }

    @Test
    void anUploadedFileBecomesADraftAndIsPublishedFromItsPage() {
        author.get("/library");
        String newId = "upload-" + id;

        long draft = draftId(author.upload("/library/upload", "file", newId + ".md",
                TestLibrary.moduleText(newId, "Uploaded", "Uploaded lesson.").getBytes(StandardCharsets.UTF_8)));

        assertFalse(Files.exists(library.root().resolve("modules/" + newId + ".md")), "an import is not live at once");
        assertTrue(TestServer.bean(CourseQueries.class).live(newId).isEmpty());
        assertTrue(author.get("/library/drafts/" + draft).html().select(".lesson").text().contains("Uploaded lesson."));
        assertEquals(303, author.post("/library/drafts/" + draft + "/publish", Map.of()).status());
        assertTrue(library.read("modules/" + newId + ".md").contains("Uploaded lesson."));
        assertEquals(1, TestServer.bean(CourseQueries.class).live(newId).orElseThrow().version());
    }

    @Test
    void aBrokenUploadIsADraftWithItsProblemsAndANonUtf8OrMisnamedOneIsRefused() {
        author.get("/library");
        String newId = "badupload-" + id;
        long draft = draftId(author.upload("/library/upload", "file", newId + ".md",
                TestLibrary.moduleText(newId, "Bad", "x").replace("- [x] What happens", "- [] What happens").getBytes(StandardCharsets.UTF_8)));
        assertFalse(author.get("/library/drafts/" + draft).html().select("#file-problems").isEmpty());
        assertEquals(422, author.post("/library/drafts/" + draft + "/publish", Map.of()).status());
        assertFalse(Files.exists(library.root().resolve("modules/" + newId + ".md")));

        author.get("/library");
        Browser.Page latin1 = author.upload("/library/upload", "file", "latin-" + newId + ".md", new byte[]{'c', 'a', 'f', (byte) 0xE9});
        assertEquals(422, latin1.status());
        assertTrue(latin1.html().select("[role=alert]").text().contains("is not UTF-8"));

        author.get("/library");
        Browser.Page badName = author.upload("/library/upload", "file", "Evil notes.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, badName.status());
        assertTrue(badName.html().select("[role=alert]").text().contains("must be a .md file"));

        // A path in the file name is dropped: the draft lives under modules/, and nothing is written anywhere.
        author.get("/library");
        long escaped = draftId(author.upload("/library/upload", "file", "../../escape-" + newId + ".md", "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals("modules/escape-" + newId + ".md", author.get("/library/drafts/" + escaped).html().selectFirst("main p.muted code").text());
        assertFalse(Files.exists(library.root().getParent().resolve("escape-" + newId + ".md")));
        assertEquals(303, author.post("/library/drafts/" + escaped + "/discard", Map.of()).status());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
