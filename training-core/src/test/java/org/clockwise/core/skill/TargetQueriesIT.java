package org.clockwise.core.skill;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.testing.Db;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Targets come from the published catalog when it has a `targets:` list, else from the defaults. */
class TargetQueriesIT {

    @Test
    void publishedCatalogTargetsReplaceTheDefaultsUntilTheyAreRemoved() {
        TestLibrary library = TestLibrary.create();
        library.module("targets-" + Fixtures.unique().replace("-", ""));
        library.write("catalog.yml", TestLibrary.CATALOG + """
                targets:
                  - tenure-days: [0, 60]
                    default: 0.25
                    skills:
                      value-articulation: 0.4
                  - tenure-days: [61, null]
                    default: 0.9
                """);
        publish(library);
        TargetPolicy policy = CoreContext.bean(TargetQueries.class).policy();
        assertEquals(0.25, policy.target("discovery-questioning", 10), 1e-9);
        assertEquals(0.4, policy.target("value-articulation", 10), 1e-9);
        assertEquals(0.9, policy.target("value-articulation", 400), 1e-9);

        library.write("catalog.yml", TestLibrary.CATALOG);
        publish(library);
        assertEquals(new TargetPolicy().target("discovery-questioning", 10),
                CoreContext.bean(TargetQueries.class).policy().target("discovery-questioning", 10), 1e-9);
    }

    /**
     * issue 13, "Speed": the policy is kept per publication, not read with every answer. A
     * publication drops it, so an answer recorded right after scores against the new bands.
     */
    @Test
    void anAnswerRightAfterAPublicationIsScoredAgainstTheNewTargets() {
        TestLibrary library = TestLibrary.create();
        String module = "targets-" + Fixtures.unique().replace("-", "");
        library.module(module);
        library.write("catalog.yml", TestLibrary.CATALOG + """
                targets:
                  - tenure-days: [0, null]
                    default: 0.25
                """);
        publish(library);
        TargetQueries targets = CoreContext.bean(TargetQueries.class);
        assertEquals(0.25, targets.policy().target("discovery-questioning", 10), 1e-9);
        assertEquals(0.25, targets.policy().target("discovery-questioning", 10), 1e-9, "kept, and the same");

        library.write("catalog.yml", TestLibrary.CATALOG + """
                targets:
                  - tenure-days: [0, null]
                    default: 0.75
                """);
        publish(library);
        try {
            User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
            CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1,
                    Instant.now().minusSeconds(40), Map.of(1, new QuizGrading.Answer(Set.of("b"), ""),
                    2, new QuizGrading.Answer(Set.of("a", "b"), ""), 3, new QuizGrading.Answer(Set.of(), "seven")), Map.of()), rep.rep());

            double scale = Math.min(1, CoreContext.bean(SkillStatuses.class).retention(rep.rep()) / TargetPolicy.REFERENCE_RETENTION);
            assertEquals(0.75, targets.policy().target("discovery-questioning", 10), 1e-9);
            assertTrue(Db.count("SELECT count(*) FROM skill_snapshots WHERE user_id = ?", rep.id()) > 0);
            assertEquals(0, Db.count("SELECT count(*) FROM skill_snapshots WHERE user_id = ? AND abs(target - ?) > 1e-9",
                    rep.id(), 0.75 * scale), "every skill's target is the new band's");
        } finally {
            library.write("catalog.yml", TestLibrary.CATALOG);
            publish(library);
        }
    }

    private static void publish(TestLibrary library) {
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
    }
}
