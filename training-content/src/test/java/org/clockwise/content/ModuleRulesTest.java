package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.clockwise.content.ProblemAssert.assertClean;
import static org.clockwise.content.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per module rule (front matter, ids, references, cycles, time, encoding): exact file,
 * line and the key words of the message. Front matter from {@link TestLibrary#frontMatter} puts
 * id on line 2, title 3, summary 4, skills 5 and the closing {@code ---} on 6.
 */
class ModuleRulesTest {

    @TempDir
    Path dir;

    private LoadResult withModule(String content) {
        return TestLibrary.in(dir).write("modules/m.md", content).load();
    }

    @Test
    void aValidModuleIsClean() {
        LoadResult result = TestLibrary.in(dir).module("intro").load();
        assertClean(result);
        Course course = result.library().course("intro").orElseThrow();
        assertEquals("modules/intro.md", course.path());
        assertEquals(3, course.quiz().size());
    }

    @Test
    void unreadableFrontMatterYaml() {
        assertProblem(withModule("---\nid: m\ntitle: Pricing: the basics\nsummary: S.\nskills: [discovery-questioning]\n---\nText.\n"),
                "modules/m.md", 3, "unreadable YAML in front matter: mapping values are not allowed here");
    }

    @Test
    void noFrontMatter() {
        assertProblem(withModule("Just a lesson.\n"), "modules/m.md", 1, "no front matter");
    }

    @Test
    void frontMatterNotClosed() {
        assertProblem(withModule("---\nid: m\ntitle: T\n\nLesson.\n"), "modules/m.md", 1, "front matter is not closed");
    }

    @Test
    void missingKeys() {
        LoadResult result = withModule("---\ntitle: T\n---\nText.\n");
        assertProblem(result, "modules/m.md", 1, "missing front-matter key `id`");
        assertProblem(result, "modules/m.md", 1, "missing front-matter key `summary`");
        assertProblem(result, "modules/m.md", 1, "missing front-matter key `skills`");
    }

    @Test
    void unknownKey() {
        assertProblem(withModule(TestLibrary.frontMatter("m", "skill: [discovery-questioning]\n") + "Text.\n"), "modules/m.md", 6,
                "unknown front-matter key `skill` (did you mean `skills`?)");
    }

    @Test
    void emptyTitleAndSummary() {
        LoadResult result = withModule("---\nid: m\ntitle: \"\"\nsummary:\nskills: [discovery-questioning]\n---\nText.\n");
        assertProblem(result, "modules/m.md", 3, "empty `title`");
        assertProblem(result, "modules/m.md", 4, "empty `summary`");
    }

    @Test
    void emptySkills() {
        assertProblem(withModule("---\nid: m\ntitle: T\nsummary: S.\nskills: []\n---\nText.\n"), "modules/m.md", 5,
                "`skills` is empty");
    }

    @Test
    void malformedId() {
        assertProblem(withModule(TestLibrary.frontMatter("Buying_Clock") + "Text.\n"), "modules/m.md", 2,
                "malformed id `Buying_Clock`: use lower-case letters, digits and hyphens, starting with a letter or digit "
                        + "(for example `buying-clock`)");
    }

    @Test
    void duplicateIdsAreReportedInEveryFile() {
        LoadResult result = TestLibrary.in(dir)
                .write("modules/a.md", TestLibrary.frontMatter("same") + "A.\n")
                .write("modules/sub/b.md", TestLibrary.frontMatter("same") + "B.\n")
                .load();
        assertProblem(result, "modules/a.md", 2, "duplicate module id `same`: also used by modules/sub/b.md");
        assertProblem(result, "modules/sub/b.md", 2, "duplicate module id `same`: also used by modules/a.md");
        assertEquals(1, result.library().courses().size(), "the library keeps the first by path");
    }

    @Test
    void unknownCatalogIds() {
        LoadResult result = withModule("---\nid: m\ntitle: T\nsummary: S.\nskills: [discovery-questioning, discovry-questions]\n"
                + "phases: [status-quo, pain]\npersonas: [cfo, cmo]\ntrack: first-31-days\n---\nText.\n");
        assertProblem(result, "modules/m.md", 5, "unknown skill `discovry-questions`");
        assertProblem(result, "modules/m.md", 6, "unknown phase `pain`");
        assertProblem(result, "modules/m.md", 7, "unknown persona `cmo`");
        assertProblem(result, "modules/m.md", 8, "unknown track `first-31-days` (did you mean `first-30-days`?)");
    }

    @Test
    void listItemsOnTheirOwnLinesAreReportedOnTheirLines() {
        LoadResult result = withModule("---\nid: m\ntitle: T\nsummary: S.\nskills:\n  - discovery-questioning\n  - closing\n---\nText.\n");
        assertProblem(result, "modules/m.md", 7, "unknown skill `closing`");
    }

    @Test
    void unknownRequires() {
        LoadResult result = TestLibrary.in(dir).module("basics")
                .write("modules/m.md", TestLibrary.frontMatter("m", "requires: [basic]\n") + "Text.\n").load();
        assertProblem(result, "modules/m.md", 6, "requires unknown module `basic` (did you mean `basics`?)");
    }

    @Test
    void prerequisiteCycle() {
        LoadResult result = TestLibrary.in(dir)
                .write("modules/a.md", TestLibrary.frontMatter("a", "requires: [b]\n") + "A.\n")
                .write("modules/b.md", TestLibrary.frontMatter("b", "requires: [c]\n") + "B.\n")
                .write("modules/c.md", TestLibrary.frontMatter("c", "requires: [a]\n") + "C.\n")
                .write("modules/d.md", TestLibrary.frontMatter("d", "requires: [a]\n") + "D.\n")
                .load();
        assertProblem(result, "modules/a.md", 6, "prerequisite cycle a → b → c → a");
        assertProblem(result, "modules/b.md", 6, "prerequisite cycle b → c → a → b");
        assertProblem(result, "modules/c.md", 6, "prerequisite cycle c → a → b → c");
        assertTrue(result.problemsIn("modules/d.md").isEmpty(), "d only depends on the cycle");
    }

    @Test
    void moduleRequiringItself() {
        assertProblem(withModule(TestLibrary.frontMatter("m", "requires: [m]\n") + "Text.\n"), "modules/m.md", 6,
                "module requires itself");
    }

    @Test
    void badLevelOrderMinutes() {
        LoadResult result = withModule(TestLibrary.frontMatter("m", "level: beginner\norder: first\nminutes: 0\n") + "Text.\n");
        assertProblem(result, "modules/m.md", 6, "unknown level `beginner`: use foundation, practitioner or expert");
        assertProblem(result, "modules/m.md", 7, "`order` must be a whole number");
        assertProblem(result, "modules/m.md", 8, "`minutes` must be a whole number of minutes, at least 1");
    }

    @Test
    void overTheSnackBudget() {
        String lesson = "word ".repeat(1200) + "\n"; // 1200 words at 200 a minute: 6 minutes
        LoadResult result = withModule(TestLibrary.frontMatter("m") + lesson);
        assertProblem(result, "modules/m.md", 1, "module takes about 6 minutes");
        assertProblem(result, "modules/m.md", 1, "1 over the snack budget of 5 minutes: split it into smaller modules");
    }

    @Test
    void declaredMinutesOverTheSnackBudget() {
        assertProblem(withModule(TestLibrary.frontMatter("m", "minutes: 8\n") + "Short.\n"), "modules/m.md", 6,
                "module declares `minutes: 8`, 3 over the snack budget of 5 minutes: split it");
    }

    @Test
    void exactlyOnBudgetIsFine() {
        String lesson = "word ".repeat(1000) + "\n"; // exactly 5 minutes
        LoadResult result = withModule(TestLibrary.frontMatter("m") + lesson);
        assertClean(result);
        assertEquals(5, result.library().course("m").orElseThrow().minutes());
    }

    @Test
    void notUtf8() {
        byte[] head = (TestLibrary.frontMatter("m") + "Line seven.\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Caf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(latin1, 0, bytes, head.length, latin1.length);
        LoadResult result = TestLibrary.in(dir).write("modules/m.md", bytes).load();
        assertProblem(result, "modules/m.md", 8, "not UTF-8 (byte 0xE9): save the file as UTF-8");
    }

    @Test
    void byteOrderMarkAndCrlfAreFine() {
        String crlf = (TestLibrary.frontMatter("m") + "Lesson.\n\n" + TestLibrary.QUIZ).replace("\n", "\r\n");
        LoadResult result = TestLibrary.in(dir).write("modules/m.md", "\uFEFF" + crlf).load();
        assertClean(result);
        assertFalse(result.library().course("m").orElseThrow().source().startsWith("\uFEFF"));
    }

    @Test
    void leadingBlankLinesBeforeFrontMatterAreForgiven() {
        LoadResult result = withModule("\n\n" + TestLibrary.frontMatter("m") + "Text.\n");
        assertClean(result);
        assertEquals(3, result.library().course("m").orElseThrow().frontMatterLine());
    }

    @Test
    void levelOneHeadingInTheLesson() {
        assertProblem(withModule(TestLibrary.frontMatter("m") + "\n# Introduction\n\nText.\n"), "modules/m.md", 8,
                "level-1 heading `# Introduction`: the title comes from front matter; use `##`");
    }

    @Test
    void quizHeadingMustBeExact() {
        assertProblem(withModule(TestLibrary.frontMatter("m") + "Text.\n\n# quiz\n"), "modules/m.md", 9,
                "write exactly `# Quiz`");
    }

    @Test
    void duplicateQuizHeading() {
        LoadResult result = withModule(TestLibrary.frontMatter("m") + "Text.\n\n" + TestLibrary.QUIZ + "\n# Quiz\n");
        assertProblem(result, "modules/m.md", 31, "second `# Quiz` heading (the quiz starts on line 9)");
    }

    @Test
    void scalarsStayAsWritten() {
        LoadResult result = withModule("---\nid: 2024-kickoff\ntitle: Yes\nsummary: 3.10\nskills: discovery-questioning\n---\nText.\n");
        assertClean(result);
        Course course = result.library().course("2024-kickoff").orElseThrow();
        assertEquals("Yes", course.title());
        assertEquals("3.10", course.summary());
        assertEquals(List.of("discovery-questioning"), course.skills());
    }

    @Test
    void frontMatterFieldsReachTheCourse() {
        LoadResult result = TestLibrary.in(dir).module("basics")
                .write("modules/m.md", TestLibrary.frontMatter("m", "phases: [decision]\npersonas: [cfo]\nlevel: Expert\n"
                        + "track: veteran\norder: 2\nrequires: [basics]\nminutes: 4\n") + "Text.\n")
                .load();
        assertClean(result);
        Course course = result.library().course("m").orElseThrow();
        assertEquals(Level.EXPERT, course.level());
        assertEquals("veteran", course.track());
        assertEquals(2, course.order());
        assertEquals(List.of("basics"), course.requires());
        assertEquals(4, course.minutes());
        assertTrue(course.minutesDeclared());
    }

    @Test
    void everyProblemOfAFileInOneRun() {
        LoadResult result = withModule("---\nid: Bad Id\ntitle:\nsummary: S.\nskills: [nope]\nextra: 1\n---\n# Title\n\n# Quiz\n\n"
                + "## Q?\n- [] a\n- [ ] b\n");
        assertTrue(result.problems().size() >= 6, ProblemAssert.all(result));
    }
}
