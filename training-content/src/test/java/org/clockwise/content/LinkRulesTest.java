package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.clockwise.content.ProblemAssert.assertClean;
import static org.clockwise.content.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links and images: resolved relative to the file, rewritten to platform URLs, missing ones reported. */
class LinkRulesTest {

    private static final String PNG = "not really a png";

    @TempDir
    Path dir;

    private TestLibrary library() {
        return TestLibrary.in(dir)
                .write("modules/personas/cfo-value.md", TestLibrary.frontMatter("cfo-value") + "The CFO.\n")
                .write("assets/img/clock face.png", PNG)
                .write("assets/docs/guide.pdf", PNG);
    }

    private Course course(LoadResult result, String id) {
        return result.library().course(id).orElseThrow();
    }

    @Test
    void moduleLinksBecomeModulePages() {
        LoadResult result = library().write("modules/deals/m.md", TestLibrary.frontMatter("m")
                + "See [the CFO module](../personas/cfo-value.md#numbers) and [again][cfo].\n\n[cfo]: ../personas/cfo-value.md\n").load();
        assertClean(result);
        String html = course(result, "m").lessonHtml();
        assertTrue(html.contains("<a href=\"/modules/cfo-value#numbers\">the CFO module</a>"), html);
        assertTrue(html.contains("<a href=\"/modules/cfo-value\">again</a>"), html);
    }

    @Test
    void assetImagesBecomeAssetUrls() {
        LoadResult result = library().write("modules/deals/m.md", TestLibrary.frontMatter("m")
                + "![The clock](../../assets/img/clock%20face.png)\n\n[Guide](../../assets/docs/guide.pdf)\n").load();
        assertClean(result);
        Course course = course(result, "m");
        assertTrue(course.lessonHtml().contains("<img src=\"/assets/img/clock%20face.png\" alt=\"The clock\">"), course.lessonHtml());
        assertTrue(course.lessonHtml().contains("href=\"/assets/docs/guide.pdf\""), course.lessonHtml());
        assertEquals(List.of("img/clock face.png", "docs/guide.pdf"), course.assets());
    }

    @Test
    void linkToMissingModule() {
        LoadResult result = library().write("modules/deals/m.md", TestLibrary.frontMatter("m")
                + "Intro.\n\nSee [the CEO](../personas/ceo.md) for more.\n").load();
        assertProblem(result, "modules/deals/m.md", 9,
                "link to missing module `../personas/ceo.md`: there is no modules/personas/ceo.md (links are relative to this file)");
    }

    @Test
    void linkLineCountsSoftLineBreaksInTheParagraph() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m")
                + "First line\nsecond line *with [a bad\nlink](nowhere.md)* here.\n").load();
        assertProblem(result, "modules/m.md", 8, "link to missing module `nowhere.md`");
    }

    @Test
    void missingImage() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m") + "![clock](../assets/img/clock.png)\n").load();
        assertProblem(result, "modules/m.md", 7, "image not found: `../assets/img/clock.png` (looked for assets/img/clock.png; paths are relative to this file)");
    }

    @Test
    void imageOutsideAssets() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m") + "![me](../modules/m.md)\n").load();
        assertProblem(result, "modules/m.md", 7, "images live under assets/");
    }

    @Test
    void imageThatIsNotAnImage() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m") + "![guide](../assets/docs/guide.pdf)\n").load();
        assertProblem(result, "modules/m.md", 7, "is not an image");
    }

    @Test
    void linkOutsideTheLibrary() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m") + "[secret](../../../etc/passwd)\n").load();
        assertProblem(result, "modules/m.md", 7, "points outside the library");
    }

    @Test
    void linkToAFileThatIsNotPublished() {
        LoadResult result = library().write("README.md", "# Guide\n")
                .write("modules/m.md", TestLibrary.frontMatter("m") + "[guide](../README.md)\n").load();
        assertProblem(result, "modules/m.md", 7, "link to `../README.md` (README.md): only modules under modules/ and files under assets/ are published");
    }

    @Test
    void brokenLinksInFeedbackAreFoundToo() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m")
                + "# Quiz\n\n## Q?\n- [x] A\n  > See [this](gone.md).\n- [ ] B\n").load();
        assertProblem(result, "modules/m.md", 11, "link to missing module `gone.md`");
    }

    @Test
    void externalAnchorAndMailLinksAreLeftAlone() {
        LoadResult result = library().write("modules/m.md", TestLibrary.frontMatter("m")
                + "[study](https://example.com/study), [up](#top), [mail](mailto:enable@example.com), <https://example.org>\n").load();
        assertClean(result);
        String html = course(result, "m").lessonHtml();
        assertTrue(html.contains("<a href=\"https://example.com/study\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"), html);
        assertTrue(html.contains("<a href=\"#top\">up</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:enable@example.com\">mail</a>"), html);
    }

    @Test
    void symbolicLinksAreNotPublished() throws Exception {
        TestLibrary library = library().module("intro");
        Files.createSymbolicLink(dir.resolve("assets/passwd"), Path.of("/etc/passwd"));
        assertProblem(library.load(), "assets/passwd", 1, "symbolic links are not published");
    }

    @Test
    void svgWithScript() {
        LoadResult result = library().module("intro")
                .write("assets/img/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>").load();
        assertProblem(result, "assets/img/evil.svg", 1, "SVG with script");
    }

    @Test
    void hiddenFilesAreIgnored() {
        LoadResult result = library().module("intro").write("modules/.draft.md", "junk").write("modules/.git/x.md", "junk").load();
        assertClean(result);
    }
}
