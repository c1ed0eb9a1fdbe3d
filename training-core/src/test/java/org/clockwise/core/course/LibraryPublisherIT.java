package org.clockwise.core.course;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing on real PostgreSQL: all or nothing, versioned, idempotent, never deleting history. */
class LibraryPublisherIT {

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
        a = "alpha-" + unique;
        b = "beta-" + unique;
        library.module(a);
        library.module(b);
    }

    PublishResult publish() {
        return publisher.publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
    }

    @Test
    void aCleanLibraryPublishesVersionOneWithItsQuizAndCatalog() {
        PublishResult.Published result = assertInstanceOf(PublishResult.Published.class, publish());

        assertTrue(result.added().containsAll(List.of(a, b)));
        PublishedCourse course = queries.live(a).orElseThrow();
        assertEquals(1, course.version());
        assertEquals(3, course.quiz().size());
        assertTrue(course.quiz().questions().get(0).options().get(1).correct());
        assertEquals("Discovery questioning", queries.catalog().name(queries.catalog().skills(), "discovery-questioning"));
    }

    @Test
    void publishingTheSameLibraryTwiceChangesNothing() {
        publish();
        long publications = count("SELECT count(*) FROM publications");
        long versions = count("SELECT count(*) FROM course_versions");

        assertInstanceOf(PublishResult.Unchanged.class, publish());

        assertEquals(publications, count("SELECT count(*) FROM publications"));
        assertEquals(versions, count("SELECT count(*) FROM course_versions"));
    }

    @Test
    void aChangedModuleGetsANewVersionAndTheOldOneStaysWithItsQuestions() {
        publish();
        library.module(a, "A reworded lesson about the cost of doing nothing.");

        PublishResult.Published result = assertInstanceOf(PublishResult.Published.class, publish());

        assertEquals(List.of(a), result.changed());
        assertEquals(2, queries.live(a).orElseThrow().version());
        PublishedCourse old = queries.version(a, 1).orElseThrow();
        assertTrue(old.lessonHtml().contains("Ask about the cost"));
        assertEquals(3, old.quiz().size(), "version 1 keeps its questions for the attempts that point at it");
        assertEquals(1, queries.live(b).orElseThrow().version(), "an unchanged module keeps its version");
    }

    @Test
    void aLibraryWithAnyProblemPublishesNothingAndTheRefusalIsKept() {
        publish();
        library.module(a, "Changed, but the other file is broken.");
        library.write("modules/broken.md", TestLibrary.moduleText("broken-" + a, "Broken", "Text.")
                .replace("- [x] What happens if nothing changes", "- [] What happens if nothing changes"));

        PublishResult.Refused refused = assertInstanceOf(PublishResult.Refused.class, publish());

        assertFalse(refused.problems().isEmpty());
        assertEquals(1, queries.live(a).orElseThrow().version(), "the change in a clean file was not published either");
        assertTrue(queries.live("broken-" + a).isEmpty());
        Refusal last = queries.lastRefusal().orElseThrow();
        assertEquals("modules/broken.md", last.problems().get(0).path());
        assertTrue(last.problems().get(0).line() > 1);
    }

    @Test
    void aRemovedModuleIsRetiredNotDeletedAndComesBackWhenRestored() {
        publish();
        String source = library.read("modules/" + b + ".md");
        library.delete("modules/" + b + ".md");

        PublishResult.Published result = assertInstanceOf(PublishResult.Published.class, publish());

        assertEquals(List.of(b), result.retired().stream().filter(id -> id.equals(b)).toList());
        PublishedCourse retired = queries.live(b).orElseThrow();
        assertTrue(retired.retired());
        assertEquals(3, retired.quiz().size());

        library.write("modules/" + b + ".md", source);
        assertInstanceOf(PublishResult.Published.class, publish());
        PublishedCourse back = queries.live(b).orElseThrow();
        assertFalse(back.retired());
        assertEquals(1, back.version(), "the same text comes back as the same version");
    }

    @Test
    void concurrentPublishesOfTheSameChangeMakeOneVersion() throws Exception {
        publish();
        library.module(a, "Changed once, published by two authors at the same moment.");
        var pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<PublishResult>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(this::publish));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, queries.live(a).orElseThrow().version());
        assertEquals(2L, count("SELECT count(*) FROM course_versions WHERE course_id = '" + a + "'"));
    }

    private static long count(String sql) {
        return Db.count(sql);
    }

    @Test
    void aModuleWithFewerThanThreeQuestionsOrStillTheTemplateIsRefusedAndNothingIsPublished() {
        publish();
        String two = "two-" + a;
        library.write("modules/" + two + ".md", TestLibrary.frontMatter(two) + "Lesson.\n\n# Quiz\n\n"
                + "## One?\n- [ ] A\n- [x] B\n\n## Two?\n- [ ] A\n- [x] B\n");
        library.write("modules/template.md", ModuleTemplate.text("discovery-questioning").replace("id: my-new-module", "id: tpl-" + a));
        library.module(a, "Changed too.");

        PublishResult.Refused refused = assertInstanceOf(PublishResult.Refused.class, publish());

        String messages = refused.problems().toString();
        assertTrue(messages.contains("the quiz has 2 questions; a module needs at least 3"), messages);
        assertTrue(messages.contains("still the new-module template"), messages);
        assertTrue(queries.live(two).isEmpty());
        assertTrue(queries.live("tpl-" + a).isEmpty());
        assertEquals(1, queries.live(a).orElseThrow().version(), "all or nothing: the clean change waits too");
        assertEquals("modules/" + two + ".md", queries.lastRefusal().orElseThrow().problems().stream()
                .filter(p -> p.message().contains("at least 3")).findFirst().orElseThrow().path());
        library.delete("modules/" + two + ".md").delete("modules/template.md");
    }

    @Test
    void publishingOneModulePublishesOnlyThatModuleAndRetiresNothing() {
        publish();
        library.module(a, "A changed lesson for a.");
        library.module(b, "A changed lesson for b.");
        String c = "gamma-" + a;
        library.module(c);

        PublishResult.Published result = assertInstanceOf(PublishResult.Published.class,
                publisher.publishModule(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.EDITOR, null, a));

        assertEquals(List.of(a), result.changed());
        assertTrue(result.added().isEmpty() && result.retired().isEmpty());
        assertEquals(2, queries.live(a).orElseThrow().version());
        assertEquals(1, queries.live(b).orElseThrow().version(), "b's change waits for a folder publish");
        assertTrue(queries.live(c).isEmpty());
    }
}
