package org.clockwise.core.summary;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.FsrsParameters;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers rewrite the rep's current-week skill snapshot in the same transaction. */
class SkillSnapshotStoreIT {

    @Test
    void anAttemptWritesThisWeeksSnapshotForTheModulesSkills() {
        TestLibrary library = TestLibrary.create();
        String module = "snapshot-" + Fixtures.unique().replace("-", "");
        library.module(module);
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);

        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1, Instant.now().minusSeconds(60),
                Map.of(1, new QuizGrading.Answer(Set.of("b"), ""), 2, new QuizGrading.Answer(Set.of("a", "b"), ""),
                        3, new QuizGrading.Answer(Set.of(), "5")), Map.of()));

        LocalDate week = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<SkillSnapshotStore.Snapshot> rows = CoreContext.bean(SkillSnapshotStore.class).since(List.of(rep.id()), week);
        SkillSnapshotStore.Snapshot discovery = rows.stream().filter(r -> r.skillId().equals("discovery-questioning")).findFirst().orElseThrow();
        assertEquals(week, discovery.weekStart());
        // Three right first answers (Good: stability w2 = 2.3065 days), each weighing 2.3065 / 21 (not yet mature,
        // under the first-sight cap of 0.25), against four pseudo-answers: 3w / (3w + 4) = 0.32950 / 4.32950 = 0.0761.
        double w = FsrsParameters.DEFAULT.w()[2] / 21;
        assertEquals(0.0761, 3 * w / (3 * w + 4), 0.0001);
        assertEquals(3 * w / (3 * w + 4), discovery.proficiency(), 1e-9, "three right first answers today");
        assertTrue(rows.stream().filter(r -> r.skillId().equals("value-articulation")).allMatch(r -> r.proficiency() == 0));
    }
}
