package org.clockwise.web.library;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Version history (issue 12): who published what and when, a diff of any two versions, restore as a new version. */
class VersionHistoryIT extends ServerTest {

    @Test
    void historyDiffAndRestore() {
        TestLibrary library = TestServer.library();
        CourseQueries courses = TestServer.bean(CourseQueries.class);
        String id = "hist-" + Fixtures.unique().replace("-", "");
        String path = TestLibrary.path(id);
        library.module(id);
        TestServer.bean(LibraryEditing.class).publishFolder(PublishOrigin.AUTHOR, null);
        String v1 = library.read(path);
        User ann = Fixtures.aUser(org, Role.AUTHOR);
        Browser author = new Browser();
        author.signIn(ann.email(), Fixtures.PASSWORD);

        author.get("/library/modules/" + id + "/edit");
        String v2 = v1.replace("Ask about the cost of doing nothing", "Ask <b>first</b> about the cost of doing nothing");
        Browser.Page editor = author.lastPage();
        String draft = author.post("/library/editor", Map.of("path", path, "stamp",
                editor.html().selectFirst("input[name=stamp]").val(), "markdown", v2, "action", "save")).location().orElseThrow();
        assertEquals(303, author.post(draft.substring(0, draft.indexOf('?')) + "/publish", Map.of()).status());
        assertEquals(2, courses.live(id).orElseThrow().version());

        Document history = author.get("/library/modules/" + id + "/versions").html();
        assertEquals(2, history.select("tr[data-version]").size());
        assertEquals("Versions of " + courses.live(id).orElseThrow().title(), history.selectFirst("h1").text());
        assertTrue(history.selectFirst("tr[data-version=2]").text().contains(ann.displayName()), "who published v2");
        assertTrue(history.selectFirst("tr[data-version=2]").text().contains("UTC"), "and when");
        assertTrue(history.selectFirst("tr[data-version=1]").text().contains("Library folder"));
        // The default diff is v1 → v2, escaped: the author's <b> is text, not markup.
        assertTrue(history.select(".diff .diff-removed").text().contains("Ask about the cost"));
        assertTrue(history.select(".diff .diff-added").text().contains("Ask <b>first</b> about"));
        assertTrue(history.select(".diff b").isEmpty());
        assertTrue(history.selectFirst("#diff-heading").text().contains("1 added, 1 removed"), history.selectFirst("#diff-heading").text());
        Document same = author.get("/library/modules/" + id + "/versions?from=2&to=2").html();
        assertTrue(same.select(".diff li").isEmpty());

        Browser.Page restored = author.post("/library/modules/" + id + "/versions/1/restore", Map.of());

        assertEquals(303, restored.status());
        assertEquals("/library/modules/" + id + "/versions?notice=restored", restored.location().orElseThrow());
        assertEquals(3, courses.live(id).orElseThrow().version(), "restore publishes the old text as version N+1");
        assertEquals(v1, courses.live(id).orElseThrow().source());
        assertEquals(v1, library.read(path), "the folder holds the restored text");
        assertEquals(v2, courses.version(id, 2).orElseThrow().source(), "history stays");
        Document after = author.get("/library/modules/" + id + "/versions?notice=restored").html();
        assertEquals(3, after.select("tr[data-version]").size());
        assertTrue(after.selectFirst("tr[data-version=3]").text().contains("Restore"));
        assertTrue(after.select("tr[data-version=3] form").isEmpty(), "the live version has no restore button");
        assertFalse(after.select("tr[data-version=1] form").isEmpty());

        assertEquals(404, author.post("/library/modules/" + id + "/versions/9/restore", Map.of()).status());
        Browser rep = new Browser();
        rep.signIn(Fixtures.aUser(org, Role.REP).email(), Fixtures.PASSWORD);
        assertEquals(403, rep.get("/library/modules/" + id + "/versions").status());
        assertEquals(403, rep.post("/library/modules/" + id + "/versions/1/restore", Map.of()).status());
    }
}
