package org.clockwise.core.review;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, "Speed": a quiz's review schedules are saved and the module's older versions superseded in
 * one statement ({@link ReviewStore#saveAll}), with the outcome the separate UPDATE after the save gave
 * ({@link ReviewStore#supersedeOlderVersions}, which then finds nothing left to change).
 */
class ReviewStoreSupersedeIT {

    private final ReviewStore store = CoreContext.bean(ReviewStore.class);

    @Test
    void savingAVersionSupersedesTheOlderOnesAndAStalePageOfAnOlderVersionStaysSuperseded() {
        TestLibrary library = TestLibrary.create();
        String module = Fixtures.publish(library, "supersede").get(0);
        library.module(module, "A rewritten lesson.");
        publish(library);
        library.module(module, "Rewritten once more.");
        publish(library); // versions 1, 2 and 3, each with questions 1 to 3
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);

        save(rep, module, 1, 1, 2, 3);
        assertEquals("1:live 1:live 1:live", items(rep, module));

        save(rep, module, 3, 1, 2, 3);
        assertEquals("1:superseded 1:superseded 1:superseded 3:live 3:live 3:live", items(rep, module));

        // A quiz page of version 2, left open and sent after version 3 was taken: its items are saved superseded.
        save(rep, module, 2, 1, 2);
        assertEquals("1:superseded 1:superseded 1:superseded 2:superseded 2:superseded 3:live 3:live 3:live", items(rep, module));

        // Version 3 again (one question): nothing newer, so every other version's rows stay superseded, its own live.
        save(rep, module, 3, 2);
        assertEquals("1:superseded 1:superseded 1:superseded 2:superseded 2:superseded 3:live 3:live 3:live", items(rep, module));
        for (int version = 1; version <= 3; version++) {
            int v = version;
            assertEquals(0, (int) Db.transactions().executeWrite(status -> {
                store.supersedeOlderVersions(rep.id(), module, v);
                return (int) Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND course_id = ? AND version < 3 AND NOT superseded",
                        rep.id(), module);
            }), "the separate UPDATE finds nothing the merged statement left undone (version " + v + ")");
        }
        assertEquals("1:superseded 1:superseded 1:superseded 2:superseded 2:superseded 3:live 3:live 3:live", items(rep, module));
    }

    private void save(User rep, String module, int version, int... questions) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ReviewStore.Scheduled> rows = java.util.Arrays.stream(questions)
                .mapToObj(q -> new ReviewStore.Scheduled(q, new ReviewState(3.0, 5.0, now, now.plus(Duration.ofDays(3)), 1, 0), false))
                .toList();
        Db.transactions().executeWrite(status -> {
            store.saveAll(rep.id(), module, version, rows);
            return null;
        });
    }

    /** Every item of the rep's module as version:live|superseded, by version and question. */
    private static String items(User rep, String module) {
        StringBuilder out = new StringBuilder();
        for (int version = 1; version <= 3; version++) {
            for (int q = 1; q <= 3; q++) {
                long live = Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND course_id = ? AND version = ? AND question_idx = ? "
                        + "AND NOT superseded", rep.id(), module, version, q);
                long superseded = Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND course_id = ? AND version = ? "
                        + "AND question_idx = ? AND superseded", rep.id(), module, version, q);
                if (live + superseded > 0) {
                    out.append(out.isEmpty() ? "" : " ").append(version).append(live > 0 ? ":live" : ":superseded");
                }
            }
        }
        return out.toString();
    }

    private static void publish(TestLibrary library) {
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
    }
}
