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

    @Test
    void checkingABrokenModuleShowsTheProblemWithItsLineAndWritesNothing() {
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

        Browser.Page published = author.post("/library/editor", form(broken, "publish"));
        assertEquals(422, published.status());
        assertEquals(original, library.read(path), "nothing was written");
        assertEquals(1, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
    }

    @Test
    void aFixedModuleIsWrittenBackAsMarkdownAndPublishedAsANewVersion() {
        author.get("/library/modules/" + id + "/edit");
        String changed = library.read(path).replace("Ask about the cost", "Always ask about the cost");

        Browser.Page checked = author.post("/library/editor", form(changed, "check"));
        assertEquals(200, checked.status());
        assertTrue(checked.html().select(".preview .lesson").text().contains("Always ask"));

        Browser.Page published = author.post("/library/editor", form(changed, "publish"));

        assertEquals(303, published.status());
        assertEquals("/library/modules/" + id + "?notice=published", published.location().orElseThrow());
        assertEquals(changed, library.read(path), "git users see the same source");
        assertEquals(2, TestServer.bean(CourseQueries.class).live(id).orElseThrow().version());
        assertTrue(author.get("/library/modules/" + id + "?notice=published").html().select(".lesson").text().contains("Always ask"));
    }

    @Test
    void aNewModuleFromTheEditorBecomesAFile() {
        Browser.Page blank = author.get("/library/new");
        String newId = "new-" + id;
        String markdown = TestLibrary.moduleText(newId, "Brand new", "Fresh lesson text.");
        Browser.Page published = author.post("/library/editor", Map.of("path", "modules/new/" + newId + ".md",
                "stamp", blank.html().selectFirst("input[name=stamp]").val(), "markdown", markdown, "action", "publish"));

        assertEquals(303, published.status());
        assertEquals(markdown, library.read("modules/new/" + newId + ".md"));
        assertEquals(1, TestServer.bean(CourseQueries.class).live(newId).orElseThrow().version());
    }

    @Test
    void thePathMustStayInsideTheModulesFolder() {
        author.get("/library/new");
        Browser.Page answer = author.post("/library/editor", Map.of("path", "modules/../../escape.md", "stamp", "",
                "markdown", TestLibrary.moduleText("escape-" + id, "Escape", "x"), "action", "publish"));

        assertEquals(422, answer.status());
        assertTrue(answer.html().select("[role=alert]").text().contains("must live under modules/"));
        assertFalse(Files.exists(library.root().getParent().resolve("escape.md")));
    }

    @Test
    void aChangeOnDiskSinceTheEditorOpenedIsNotOverwritten() {
        author.get("/library/modules/" + id + "/edit");
        String mine = library.read(path).replace("Ask about", "My edit: ask about");
        String theirs = library.read(path).replace("Ask about", "Their edit: ask about");
        library.write(path, theirs);

        Browser.Page answer = author.post("/library/editor", form(mine, "publish"));

        assertEquals(409, answer.status());
        assertEquals(theirs, library.read(path));
        assertEquals(mine.stripTrailing(), answer.html().selectFirst("#markdown").val().stripTrailing(), "the author's text is not lost");
        assertTrue(answer.html().select("pre.source").text().contains("Their edit"));
        library.write(path, TestLibrary.moduleText(id, "Lesson " + id, "Ask about the cost of doing nothing before you talk about price."));
    }

    @Test
    void anUploadedFileIsCheckedWrittenAndPublished() {
        author.get("/library");
        String newId = "upload-" + id;

        Browser.Page answer = author.upload("/library/upload", "file", newId + ".md",
                TestLibrary.moduleText(newId, "Uploaded", "Uploaded lesson.").getBytes(StandardCharsets.UTF_8));

        assertEquals(303, answer.status(), answer.body());
        assertTrue(library.read("modules/" + newId + ".md").contains("Uploaded lesson."));
        assertEquals(1, TestServer.bean(CourseQueries.class).live(newId).orElseThrow().version());
    }

    @Test
    void aBrokenOrNonUtf8UploadIsRefusedAndWritesNothing() {
        author.get("/library");
        String newId = "badupload-" + id;
        Browser.Page broken = author.upload("/library/upload", "file", newId + ".md",
                TestLibrary.moduleText(newId, "Bad", "x").replace("- [x] What happens", "- [] What happens").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, broken.status());
        assertFalse(broken.html().select("#file-problems").isEmpty());
        assertFalse(Files.exists(library.root().resolve("modules/" + newId + ".md")));

        author.get("/library");
        Browser.Page latin1 = author.upload("/library/upload", "file", "latin-" + newId + ".md", new byte[]{'c', 'a', 'f', (byte) 0xE9});
        assertEquals(422, latin1.status());
        assertTrue(latin1.html().select("[role=alert]").text().contains("is not UTF-8"));

        author.get("/library");
        Browser.Page badName = author.upload("/library/upload", "file", "../../evil.md", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, badName.status());
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
