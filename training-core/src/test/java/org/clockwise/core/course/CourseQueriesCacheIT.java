package org.clockwise.core.course;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published library is read from memory between publications (issue 13, "Speed"), and a
 * publication shows on the very next read: a new version, a retirement, a module back.
 */
class CourseQueriesCacheIT {

    LibraryPublisher publisher;
    CourseQueries queries;
    TestLibrary library;
    String a;
    String b;

    @BeforeEach
    void setUp() {
        publisher = CoreContext.bean(LibraryPublisher.class);
        queries = CoreContext.bean(CourseQueries.class);
        library = TestLibrary.create();
        String unique = Fixtures.unique().replace("-", "");
        a = "cache-a-" + unique;
        b = "cache-b-" + unique;
        library.module(a).module(b);
        publish();
    }

    void publish() {
        publisher.publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
    }

    CourseSummary summary(String id) {
        return queries.all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void betweenPublicationsTheSameLibraryIsServedFromMemory() {
        assertSame(queries.all(), queries.all());
        assertSame(queries.catalog(), queries.catalog());
        assertSame(queries.live(a).orElseThrow(), queries.live(a).orElseThrow());
        assertSame(queries.version(a, 1).orElseThrow(), queries.live(a).orElseThrow());
    }

    @Test
    void aNewVersionShowsAtOnce() {
        assertEquals(1, queries.live(a).orElseThrow().version());
        assertEquals(1, summary(a).version());

        library.module(a, "A reworded lesson about the cost of waiting.");
        publish();

        PublishedCourse live = queries.live(a).orElseThrow();
        assertEquals(2, live.version());
        assertTrue(live.lessonHtml().contains("cost of waiting"));
        assertEquals(2, summary(a).version());
        assertTrue(queries.version(a, 1).orElseThrow().lessonHtml().contains("Ask about the cost"), "old versions stay readable");
        assertEquals(live.quiz().size(), queries.quiz(a, 2).size());
    }

    @Test
    void aRetirementAndAReturnShowAtOnce() {
        assertFalse(queries.live(b).orElseThrow().retired());

        library.delete("modules/" + b + ".md");
        publish();
        assertTrue(queries.live(b).orElseThrow().retired());
        assertTrue(summary(b).retired());

        library.module(b);
        publish();
        assertFalse(queries.live(b).orElseThrow().retired());
        assertFalse(summary(b).retired());
    }

    @Test
    void anUnknownModuleIsNoneAndAnUnknownVersionHasNoQuiz() {
        assertTrue(queries.live("no-such-" + a).isEmpty());
        assertTrue(queries.version(a, 99).isEmpty());
        assertTrue(queries.quiz(a, 99).isEmpty());
    }
}
