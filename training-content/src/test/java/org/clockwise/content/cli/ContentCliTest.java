package org.clockwise.content.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clockwise.content.Course;
import org.clockwise.content.Library;
import org.clockwise.content.LibraryLoader;
import org.clockwise.content.LoadResult;
import org.clockwise.content.TargetBand;
import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line tool on temporary libraries: output and exit codes. */
class ContentCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ContentCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String lib() {
        return dir.toString();
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"lint", "build", "new", "stats"}) {
            assertTrue(run.out().contains(command), run.out());
        }
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Usage"), run.err());
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertEquals(2, run("publish", lib()).code());
        assertEquals(2, run("lint", "--frobnicate", lib()).code());
        assertEquals(2, run("lint").code());
    }

    @Test
    void lintCleanLibrary() {
        TestLibrary.in(dir).module("a").module("b");
        Run run = run("lint", lib());
        assertEquals(0, run.code(), run.err());
        assertEquals("OK: 2 modules, 0 problems\n", run.out().replace("\r\n", "\n"));
    }

    @Test
    void lintPrintsEveryProblemThenASummary() {
        TestLibrary.in(dir).module("a")
                .moduleWithBody("b", "# Title\n\n# Quiz\n\n## Q?\n- [] x\n- [x] y\n")
                .write("modules/c.md", "no front matter\n");
        Run run = run("lint", lib());
        assertEquals(1, run.code());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].startsWith("modules/b.md:7: level-1 heading `# Title`"), lines[0]);
        assertTrue(lines[1].startsWith("modules/b.md:12: option marked `- []`"), lines[1]);
        assertTrue(lines[2].startsWith("modules/c.md:1: no front matter"), lines[2]);
        assertEquals("3 problems in 2 files", lines[3]);
    }

    @Test
    void lintMissingFolder() {
        Run run = run("lint", dir.resolve("nope").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("no such folder"), run.err());
    }

    @Test
    void buildWritesJsonOnlyWhenClean() throws Exception {
        TestLibrary.in(dir.resolve("lib")).module("a");
        Path out = dir.resolve("out/library.json");
        Run run = run("build", dir.resolve("lib").toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("Built 1 module into"), run.out());
        String json = Files.readString(out);
        assertTrue(json.contains("\"id\": \"a\""), json);
        assertTrue(json.contains("\"correct\": true"), json);
        assertTrue(json.contains("\"lessonHtml\": \"\\u003cp\\u003e" + TestLibrary.LESSON + "\\u003c/p\\u003e\\n\""), json);
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    /** The README's authors' command on the bundled library: decimal targets and all. */
    @Test
    void buildsTheBundledLibrary() throws Exception {
        Path library = Path.of("..", "content-library");
        Path out = dir.resolve("library.json");
        Run run = run("build", library.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.out() + run.err());

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        List<String> ids = new ArrayList<>();
        json.get("modules").forEach(module -> ids.add(module.get("id").asText()));
        Library loaded = new LibraryLoader().load(library).library();
        assertEquals(loaded.courses().stream().map(Course::id).toList(), ids);
        try (Stream<Path> files = Files.walk(library.resolve("modules"))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".md")).count(), ids.size(), "every module file is in");
        }
        assertTrue(run.out().contains("Built " + ids.size() + " modules into"), run.out());

        List<TargetBand> bands = loaded.catalog().targets();
        JsonNode targets = json.get("catalog").get("targets");
        assertFalse(bands.isEmpty(), "the bundled catalog sets targets");
        assertEquals(bands.size(), targets.size());
        for (int i = 0; i < bands.size(); i++) {
            TargetBand band = bands.get(i);
            JsonNode written = targets.get(i);
            assertTrue(written.get("default").isDouble(), written.toString());
            assertEquals(band.defaultTarget(), written.get("default").doubleValue(), written.toString());
            assertEquals(band.skills().size(), written.get("skills").size(), written.toString());
            band.skills().forEach((skill, target) ->
                    assertEquals(target, written.get("skills").get(skill).doubleValue(), skill));
        }
        assertTrue(bands.stream().anyMatch(b -> b.defaultTarget() != Math.rint(b.defaultTarget())),
                "a decimal target, the kind the old writer refused");
    }

    @Test
    void buildWritesNothingWhenThereAreProblems() throws Exception {
        TestLibrary.in(dir.resolve("lib")).module("a").moduleWithBody("b", "# Oops\n");
        Path out = dir.resolve("library.json");
        Files.writeString(out, "previous build");
        Run run = run("build", dir.resolve("lib").toString(), "--out", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("modules/b.md:7: level-1 heading"), run.out());
        assertTrue(run.err().contains("Nothing written"), run.err());
        assertEquals("previous build", Files.readString(out));
    }

    @Test
    void buildNeedsOut() {
        TestLibrary.in(dir).module("a");
        assertEquals(2, run("build", lib()).code());
    }

    @Test
    void buildIsDeterministic() throws Exception {
        TestLibrary.in(dir.resolve("lib")).module("a").module("b");
        run("build", dir.resolve("lib").toString(), "--out", dir.resolve("1.json").toString());
        run("build", dir.resolve("lib").toString(), "--out", dir.resolve("2.json").toString());
        assertEquals(Files.readString(dir.resolve("1.json")), Files.readString(dir.resolve("2.json")));
    }

    @Test
    void newScaffoldsAModuleThatPassesLint() throws Exception {
        TestLibrary.in(dir).module("a");
        Run run = run("new", lib(), "open-questions");
        assertEquals(0, run.code(), run.err());
        Path file = dir.resolve("modules/open-questions.md");
        assertTrue(Files.readString(file).contains("skills: [discovery-questioning]"));
        LoadResult result = new LibraryLoader().load(dir);
        assertTrue(result.isClean(), result.problems().toString());
        assertEquals("Open questions", result.library().course("open-questions").orElseThrow().title());
        assertEquals(0, run("lint", lib()).code());
    }

    @Test
    void newRefusesToOverwrite() throws Exception {
        TestLibrary.in(dir).module("a");
        String before = Files.readString(dir.resolve("modules/a.md"));
        Run run = run("new", lib(), "a");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("modules/a.md already exists"), run.err());
        assertEquals(before, Files.readString(dir.resolve("modules/a.md")));
    }

    @Test
    void newRefusesAnIdUsedElsewhere() {
        TestLibrary.in(dir).write("modules/deep/x.md", TestLibrary.frontMatter("taken") + "Text.\n");
        Run run = run("new", lib(), "taken");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("already used by modules/deep/x.md"), run.err());
    }

    @Test
    void newRefusesAMalformedId() {
        TestLibrary.in(dir);
        for (String bad : new String[] {"Open_Questions", "a/b", "../evil", "ä", "-x"}) {
            Run run = bad.startsWith("-") ? run("new", lib(), "--", bad) : run("new", lib(), bad);
            assertEquals(2, run.code(), bad);
            assertTrue(run.err().contains("malformed module id"), run.err());
        }
        assertFalse(Files.exists(dir.resolve("evil.md")));
    }

    @Test
    void newWithoutUsableCatalog() throws Exception {
        TestLibrary.in(dir).write("catalog.yml", "skills: [\n");
        Run run = run("new", lib(), "x");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("fix catalog.yml first"), run.err());
    }

    @Test
    void stats() {
        TestLibrary.in(dir)
                .write("modules/a.md", TestLibrary.frontMatter("a", "phases: [decision]\ntrack: first-30-days\n") + "Text.\n")
                .write("modules/b.md", TestLibrary.frontMatter("b", "minutes: 5\npersonas: [cfo]\n") + "Text.\n")
                .write("modules/c.md", TestLibrary.frontMatter("c", "minutes: 3\n") + "Text.\n");
        Run run = run("stats", lib());
        assertEquals(0, run.code(), run.err());
        String out = run.out().replace("\r\n", "\n");
        assertTrue(out.startsWith("3 modules, 9 minutes in total (snack budget 5 minutes)"), out);
        assertTrue(out.contains("Modules per skill:\n  discovery-questioning  3\n  value-articulation     0\n"), out);
        assertTrue(out.contains("Modules per phase:\n  status-quo  0\n  decision    1\n  (none)      2\n"), out);
        assertTrue(out.contains("Modules per persona:\n  cfo     1\n  cio     0\n  (none)  2\n"), out);
        assertTrue(out.contains("Modules per track:\n  first-30-days  1\n  veteran        0\n  (none)         2\n"), out);
        assertTrue(out.contains("Within 1 minute of the snack budget:\n  5 min  modules/b.md\n"), out);
        assertFalse(out.contains("modules/c.md"), out);
    }

    @Test
    void statsOnAMissingFolder() {
        assertEquals(2, run("stats", dir.resolve("nope").toString()).code());
    }
}
