package org.clockwise.content;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records check their invariants and cannot be changed after construction. */
class RecordsTest {

    private static final String HASH = "0".repeat(64);

    static Course course(String id, String path) {
        return new Course(id, "T", "S", List.of("discovery"), List.of(), List.of(), null, null, null, List.of(), path,
                "<p>x</p>", Quiz.empty(), 1, false, HASH, 1, "src", List.of());
    }

    @Test
    void problemPrintsLikeACompiler() {
        assertEquals("modules/a.md:3: something is wrong", new Problem("modules/a.md", 3, "something is wrong").toString());
        assertEquals("one line only", new Problem("a", 1, "one line\n only").message());
        assertThrows(IllegalArgumentException.class, () -> new Problem("a", 0, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("modules\\a.md", 1, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("a", 1, " "));
    }

    @Test
    void catalogInvariants() {
        CatalogEntry skill = new CatalogEntry("discovery", "Discovery", null);
        assertEquals("", skill.description());
        assertThrows(IllegalArgumentException.class, () -> new CatalogEntry("Discovery", "D", ""));
        assertThrows(IllegalArgumentException.class, () -> new CatalogEntry("d", " ", ""));
        assertThrows(IllegalArgumentException.class, () -> new Catalog(0, List.of(skill), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Catalog(5, List.of(skill, skill), List.of(), List.of(), List.of()));
        List<CatalogEntry> skills = new ArrayList<>(List.of(skill));
        Catalog catalog = new Catalog(5, skills, List.of(), List.of(), List.of());
        skills.clear();
        assertEquals(1, catalog.skills().size(), "defensive copy");
        assertThrows(UnsupportedOperationException.class, () -> catalog.skills().clear());
    }

    @Test
    void trackRanges() {
        Track ramp = new Track("ramp", "Ramp", 0, 30);
        Track veterans = new Track("veterans", "Veterans", 365, null);
        assertTrue(ramp.includesDay(0));
        assertTrue(ramp.includesDay(30));
        assertFalse(ramp.includesDay(31));
        assertTrue(veterans.includesDay(10_000));
        assertTrue(veterans.isOpenEnded());
        assertThrows(IllegalArgumentException.class, () -> new Track("bad", "Bad", 30, 0));
        assertThrows(IllegalArgumentException.class, () -> new Track("bad", "Bad", -1, 5));
        Catalog catalog = new Catalog(5, List.of(), List.of(), List.of(), List.of(ramp, veterans));
        assertEquals(List.of(veterans), catalog.tracksForTenure(400));
    }

    @Test
    void courseInvariants() {
        assertEquals("a", course("a", "modules/a.md").id());
        assertThrows(IllegalArgumentException.class, () -> course("A", "modules/a.md"));
        assertThrows(IllegalArgumentException.class, () -> course("a", "/abs/a.md"));
        assertThrows(IllegalArgumentException.class, () -> new Course("a", "T", "S", List.of(), List.of(), List.of(), null, null,
                null, List.of(), "modules/a.md", "", Quiz.empty(), 1, false, "not-a-hash", 1, "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Course("a", "T", "S", List.of(), List.of(), List.of(), null, null,
                null, List.of(), "modules/a.md", "", Quiz.empty(), -1, false, HASH, 1, "", List.of()));
    }

    @Test
    void libraryIdsAreUnique() {
        assertThrows(IllegalArgumentException.class,
                () -> new Library(Catalog.empty(), List.of(course("a", "modules/a.md"), course("a", "modules/b.md"))));
        Library library = new Library(Catalog.empty(), List.of(course("a", "modules/a.md")));
        assertEquals("modules/a.md", library.course("a").orElseThrow().path());
        assertEquals("a", library.courseAt("modules/a.md").orElseThrow().id());
    }

    @Test
    void quizIndexesRunFromOne() {
        Question q2 = new Question(2, "P", QuestionType.SHORT_ANSWER, List.of(), List.of("x"), List.of(), "", 1);
        assertThrows(IllegalArgumentException.class, () -> new Quiz(List.of(q2)));
    }

    @Test
    void levels() {
        assertEquals(Level.PRACTITIONER, Level.parse(" Practitioner ").orElseThrow());
        assertTrue(Level.parse("beginner").isEmpty());
        assertEquals("expert", Level.EXPERT.key());
    }
}
