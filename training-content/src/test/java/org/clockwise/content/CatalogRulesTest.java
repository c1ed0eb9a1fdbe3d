package org.clockwise.content;

import org.clockwise.content.testing.TestLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.clockwise.content.ProblemAssert.assertClean;
import static org.clockwise.content.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One test per catalog.yml rule: exact file, line and the key words of the message. */
class CatalogRulesTest {

    @TempDir
    Path dir;

    private LoadResult withCatalog(String catalog) {
        return TestLibrary.in(dir).write("catalog.yml", catalog).module("intro").load();
    }

    @Test
    void theStandardCatalogIsClean() {
        LoadResult result = TestLibrary.in(dir).module("intro").load();
        assertClean(result);
        Catalog catalog = result.library().catalog();
        assertEquals(5, catalog.snackBudgetMinutes());
        assertEquals("discovery-questioning", catalog.skills().get(0).id());
        assertEquals(new Track("veteran", "Veteran", 91, null), catalog.track("veteran").orElseThrow());
        assertEquals(30, catalog.track("first-30-days").orElseThrow().toDay());
    }

    @Test
    void missingCatalog() throws Exception {
        TestLibrary library = TestLibrary.in(dir).module("intro");
        Files.delete(dir.resolve("catalog.yml"));
        assertProblem(library.load(), "catalog.yml", 1, "missing catalog.yml");
    }

    @Test
    void unreadableYaml() {
        assertProblem(withCatalog("skills:\n  - id: a\n    name: b: c\n"), "catalog.yml", 3, "unreadable YAML");
    }

    @Test
    void unknownTopLevelKey() {
        LoadResult result = withCatalog("snack-budget: 5\n" + TestLibrary.CATALOG.lines().skip(1)
                .reduce("", (a, b) -> a + b + "\n"));
        assertProblem(result, "catalog.yml", 1, "unknown key `snack-budget` in catalog.yml (did you mean `snack-budget-minutes`?)");
    }

    @Test
    void unknownEntryKey() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    nmae: Discovery\n"), "catalog.yml", 3,
                "unknown key `nmae` in `skills` (did you mean `name`?)");
    }

    @Test
    void skillsMissing() {
        assertProblem(withCatalog("phases:\n  - id: decision\n    name: Decision\n"), "catalog.yml", 1,
                "catalog.yml has no `skills` list");
    }

    @Test
    void skillsEmpty() {
        assertProblem(withCatalog("skills: []\n"), "catalog.yml", 1, "`skills` is empty");
    }

    @Test
    void emptyCatalog() {
        assertProblem(withCatalog(""), "catalog.yml", 1, "catalog.yml is empty");
    }

    @Test
    void catalogNotAMapping() {
        assertProblem(withCatalog("- discovery-questioning\n"), "catalog.yml", 1, "must be a mapping");
    }

    @Test
    void malformedCatalogId() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    name: D\n  - id: Active_Listening\n    name: L\n"),
                "catalog.yml", 4, "malformed skill id `Active_Listening`: use lower-case letters, digits and hyphens");
    }

    @Test
    void duplicateCatalogId() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    name: D\n  - id: discovery-questioning\n    name: Again\n"),
                "catalog.yml", 4, "duplicate skill id `discovery-questioning`");
    }

    @Test
    void entryWithoutId() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    name: D\n  - name: Nameless\n"), "catalog.yml", 4,
                "has no `id`");
    }

    @Test
    void entryWithoutName() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n"), "catalog.yml", 2, "skill `discovery-questioning` has no `name`");
    }

    @Test
    void entryNotAMapping() {
        assertProblem(withCatalog("skills:\n  - discovery-questioning\n"), "catalog.yml", 2, "needs `id:` and `name:`");
    }

    @Test
    void badTenureRangeReversed() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    name: D\ntracks:\n  - id: ramp\n    name: Ramp\n"
                + "    tenure-days: [30, 0]\n"), "catalog.yml", 7, "track `ramp` has a bad tenure range");
    }

    @Test
    void badTenureRangeShapes() {
        for (String range : new String[] {"[-1, 5]", "[5]", "[a, 5]", "[0, 5, 9]", "30", "[0, many]"}) {
            LoadResult result = withCatalog("skills:\n  - id: discovery-questioning\n    name: D\ntracks:\n  - id: ramp\n    name: Ramp\n"
                    + "    tenure-days: " + range + "\n");
            assertProblem(result, "catalog.yml", 7, "bad tenure range");
        }
    }

    @Test
    void trackWithoutTenure() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    name: D\ntracks:\n  - id: ramp\n    name: Ramp\n"),
                "catalog.yml", 5, "track `ramp` has no `tenure-days`");
    }

    @Test
    void badSnackBudget() {
        assertProblem(withCatalog("snack-budget-minutes: zero\nskills:\n  - id: discovery-questioning\n    name: D\n"), "catalog.yml", 1,
                "`snack-budget-minutes` must be a whole number");
        assertProblem(withCatalog("snack-budget-minutes: 0\nskills:\n  - id: discovery-questioning\n    name: D\n"), "catalog.yml", 1,
                "at least 1");
    }

    @Test
    void duplicateKey() {
        assertProblem(withCatalog("skills:\n  - id: discovery-questioning\n    name: D\n    name: E\n"), "catalog.yml", 4,
                "duplicate key `name` (first on line 3)");
    }

    @Test
    void catalogNotUtf8() {
        TestLibrary library = TestLibrary.in(dir).module("intro")
                .write("catalog.yml", new byte[] {'s', 'k', 'i', 'l', 'l', 's', ':', '\n', ' ', '-', ' ', (byte) 0xE9, '\n'});
        assertProblem(library.load(), "catalog.yml", 2, "not UTF-8");
    }

    @Test
    void aBrokenCatalogDoesNotMakeEveryModuleIdUnknown() {
        LoadResult result = withCatalog("skills: [unclosed\n");
        assertEquals(1, result.problems().size(), ProblemAssert.all(result));
    }

    @Test
    void aTrackWithABadRangeIsLeftOutButStillKnown() {
        LoadResult result = TestLibrary.in(dir)
                .write("catalog.yml", "skills:\n  - id: discovery-questioning\n    name: D\ntracks:\n  - id: ramp\n    name: Ramp\n"
                        + "    tenure-days: [9, 1]\n")
                .moduleWithBody("intro", "Lesson.\n").write("modules/intro.md", TestLibrary.frontMatter("intro", "track: ramp\n") + "Text.\n")
                .load();
        assertEquals(1, result.problems().size(), ProblemAssert.all(result));
        assertNull(result.library().catalog().track("ramp").orElse(null));
    }
}
