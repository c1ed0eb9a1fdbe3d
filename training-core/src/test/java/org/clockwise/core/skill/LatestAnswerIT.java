package org.clockwise.core.skill;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed" (V22): {@link EvidenceQueries#latest} finds each question's latest answer through an
 * index per question and gives exactly what reading every answer of the rep gave, on a history with
 * several answers per question: right and wrong attempts, two attempts at the same instant, a review at
 * the same instant as an attempt, reviews, a newer version taken (the older one superseded) and answers
 * after the instant asked for.
 */
class LatestAnswerIT {

    private final EvidenceQueries evidence = CoreContext.bean(EvidenceQueries.class);

    @Test
    void theLatestAnswerReadThroughIndexesEqualsTheScanOfEveryAnswer() {
        TestLibrary library = TestLibrary.create();
        List<String> modules = Fixtures.publish(library, "latest-a", "latest-b");
        String a = modules.get(0);
        String b = modules.get(1);
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant t = now.minus(Duration.ofDays(30));

        quiz(rep, a, 1, t, true);
        quiz(rep, a, 1, t.plus(Duration.ofDays(1)), false);
        quiz(rep, a, 1, t.plus(Duration.ofDays(2)), true);
        Instant tie = t.plus(Duration.ofDays(3));
        quiz(rep, a, 1, tie, true);
        quiz(rep, a, 1, tie, false); // same instant: the wrong one is the latest
        review(rep, a, 1, 2, tie, true); // a review at the same instant as the attempts: it wins
        review(rep, a, 1, 1, t.plus(Duration.ofDays(9)), false);
        review(rep, a, 1, 1, t.plus(Duration.ofDays(12)), true);
        quiz(rep, b, 1, t.plus(Duration.ofDays(4)), false);
        review(rep, b, 1, 3, t.plus(Duration.ofDays(8)), true);
        // Module b rewritten and taken again on version 2: version 1's items are superseded (no memory).
        library.module(b, "A rewritten lesson.");
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
        quiz(rep, b, 2, t.plus(Duration.ofDays(10)), true);
        review(rep, b, 2, 1, t.plus(Duration.ofDays(15)), false);
        // V26: each item's kept latest answer, read as of now (no answer later), equals both references.
        assertSameLatest(rep, now);
        assertEquals(0, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND latest_at IS NULL", rep.id()),
                "every item of the rep keeps its latest answer");
        // After the instant asked for: counted neither way.
        quiz(rep, a, 1, now.plus(Duration.ofHours(3)), false);
        review(rep, b, 2, 2, now.plus(Duration.ofHours(4)), false);
        assertTrue(Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND superseded", rep.id()) > 0);

        for (Instant at : List.of(now, t.plus(Duration.ofDays(3)), t.plus(Duration.ofDays(11)), t.minusSeconds(1))) {
            List<Evidence> byIndex = sorted(evidence.latest(rep.id(), at));
            List<Evidence> byScan = sorted(evidence.latestByScan(rep.id(), at));
            assertEquals(byScan, byIndex, "as of " + at);
            assertEquals(sorted(evidence.latestByProbe(rep.id(), at)), byIndex, "as of " + at + ", against one probe per question");
            assertEquals(sorted(evidence.latestByVersion(rep.id(), at)), byIndex, "as of " + at + ", against the read per module version");
        }
        // The team dashboard's read of several reps gives each rep's own.
        Map<Long, List<Evidence>> both = evidence.latest(List.of(rep.id(), other(a)), now);
        assertEquals(sorted(evidence.latestByScan(rep.id(), now)), sorted(both.get(rep.id())));
        List<Evidence> latest = evidence.latest(rep.id(), now);
        assertEquals(9, latest.size(), "every question of a and of both versions of b (one skill each): " + latest.size());
        assertTrue(latest.stream().anyMatch(e -> e.question().equals(a + "#1#2") && !e.firstSight() && e.correct()),
                "question 2 of a: the review at the attempts' instant is its latest answer");
        assertTrue(latest.stream().anyMatch(e -> e.question().equals(a + "#1#3") && e.firstSight() && !e.correct()),
                "question 3 of a: the wrong one of the two attempts at the same instant");
    }

    /**
     * Issue 13, "Speed" (the write path's skill refresh): attempts are read once per module version the
     * rep has items of, not once per question; the V22 read, one probe per question, read them once per item.
     */
    @Test
    void theLatestAnswersReadAttemptsOncePerModuleVersion() {
        TestLibrary library = TestLibrary.create();
        List<String> modules = Fixtures.publish(library, "permodule-a", "permodule-b");
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(5));
        quiz(rep, modules.get(0), 1, t, true);
        quiz(rep, modules.get(0), 1, t.plus(Duration.ofDays(1)), false);
        quiz(rep, modules.get(1), 1, t.plus(Duration.ofDays(2)), true);
        review(rep, modules.get(1), 1, 2, t.plus(Duration.ofDays(3)), false);
        long items = Db.count("SELECT count(*) FROM review_items WHERE user_id = ?", rep.id());
        long versions = Db.count("SELECT count(DISTINCT (course_id, version)) FROM review_items WHERE user_id = ?", rep.id());
        assertEquals(6, items, "three questions in each of two modules");
        assertEquals(2, versions);

        Instant now = Instant.now();
        long perModule = attemptReads(() -> evidence.latestByVersion(rep.id(), now));
        long perQuestion = attemptReads(() -> evidence.latestByProbe(rep.id(), now));
        assertTrue(perModule <= versions, "attempts read " + perModule + " times for " + versions + " module versions");
        assertTrue(perQuestion >= items, "the V22 read probed attempts once per question: " + perQuestion);
    }

    /**
     * V26: the latest answers come from the rep's review items alone, where each write keeps its question's
     * latest answer: neither attempts nor review events are read (the read per module version read both).
     */
    @Test
    void theKeptLatestAnswersReadOnlyTheReviewItems() {
        TestLibrary library = TestLibrary.create();
        List<String> modules = Fixtures.publish(library, "kept-a", "kept-b");
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(5));
        quiz(rep, modules.get(0), 1, t, true);
        quiz(rep, modules.get(1), 1, t.plus(Duration.ofDays(2)), true);
        review(rep, modules.get(1), 1, 2, t.plus(Duration.ofDays(3)), false);
        Instant now = Instant.now();
        assertEquals(0, reads("attempts", () -> evidence.latest(rep.id(), now)), "attempts read");
        assertEquals(0, reads("review_events", () -> evidence.latest(rep.id(), now)), "review events read");
        assertTrue(reads("attempts", () -> evidence.latestByVersion(rep.id(), now)) > 0);
        assertSameLatest(rep, now);
    }

    /**
     * V26: quiz answers, retakes and review answers written at once from several threads leave each item's
     * latest answer as the references read it; the kept answer is compared with the row's newest version.
     */
    @Test
    void concurrentWritesKeepTheLatestAnswer() throws Exception {
        TestLibrary library = TestLibrary.create();
        List<String> modules = Fixtures.publish(library, "concurrent-a");
        String a = modules.get(0);
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(20));
        quiz(rep, a, 1, t, true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                Instant at = t.plus(Duration.ofHours(i * 7L % 40 + 1)); // out of order, some at the same instant
                boolean right = i % 3 != 0;
                int question = i % 3 + 1;
                boolean retake = i % 4 == 0;
                done.add(pool.submit(() -> retake ? quizRetry(rep, a, at, right) : reviewRetry(rep, a, question, at, right)));
            }
            for (var f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertSameLatest(rep, Instant.now());
    }

    /** A write retried on a deadlock or serialization failure, as a second request would be. */
    private static Object quizRetry(User rep, String module, Instant at, boolean right) {
        return retry(() -> quiz(rep, module, 1, at, right));
    }

    private static Object reviewRetry(User rep, String module, int question, Instant at, boolean right) {
        return retry(() -> review(rep, module, 1, question, at, right));
    }

    private static Object retry(Runnable write) {
        for (int i = 0; ; i++) {
            try {
                write.run();
                return null;
            } catch (RuntimeException e) {
                if (i >= 5) {
                    throw e;
                }
            }
        }
    }

    /** V26's backfill gives every item of existing data the latest answer the writes keep. */
    @Test
    void theMigrationsBackfillEqualsTheReferences() throws Exception {
        TestLibrary library = TestLibrary.create();
        List<String> modules = Fixtures.publish(library, "backfill-a", "backfill-b");
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(9));
        quiz(rep, modules.get(0), 1, t, true);
        quiz(rep, modules.get(0), 1, t.plus(Duration.ofDays(1)), false);
        review(rep, modules.get(0), 1, 1, t.plus(Duration.ofDays(2)), true);
        quiz(rep, modules.get(1), 1, t.plus(Duration.ofDays(3)), false);
        Instant now = Instant.now();
        List<Evidence> kept = sorted(evidence.latest(rep.id(), now));
        String migration;
        try (var in = LatestAnswerIT.class.getResourceAsStream("/db/migration/V26__review_item_latest_answer.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String backfill = migration.substring(migration.indexOf("UPDATE review_items")).replace(
                "WHERE ri.user_id = x.user_id", "WHERE ri.user_id = " + rep.id() + " AND ri.user_id = x.user_id");
        Db.transactions().executeWrite(status -> {
            var jdbc = CoreContext.bean(io.micronaut.data.jdbc.runtime.JdbcOperations.class);
            jdbc.prepareStatement("UPDATE review_items SET latest_at = NULL, latest_correct = NULL, latest_first_sight = NULL WHERE user_id = "
                    + rep.id(), java.sql.PreparedStatement::executeUpdate);
            assertTrue(evidence.latest(rep.id(), now).isEmpty());
            jdbc.prepareStatement(backfill, java.sql.PreparedStatement::executeUpdate);
            return null;
        });
        assertEquals(kept, sorted(evidence.latest(rep.id(), now)));
        assertSameLatest(rep, now);
    }

    private void assertSameLatest(User rep, Instant at) {
        List<Evidence> kept = sorted(evidence.latest(rep.id(), at));
        assertTrue(!kept.isEmpty());
        assertEquals(sorted(evidence.latestByScan(rep.id(), at)), kept, "as of " + at + ", against the scan");
        assertEquals(sorted(evidence.latestByProbe(rep.id(), at)), kept, "as of " + at + ", against one probe per question");
        assertEquals(sorted(evidence.latestByVersion(rep.id(), at)), kept, "as of " + at + ", against the read per module version");
    }

    /** A rep with one quiz of the module, for reads of several reps. */
    private static long other(String module) {
        User rep = Fixtures.aUser(Fixtures.anOrganisation(), Role.REP);
        quiz(rep, module, 1, Instant.now().minus(Duration.ofDays(1)), true);
        return rep.id();
    }

    private static long reads(String table, Runnable read) {
        String scans = "SELECT coalesce(sum(coalesce(idx_scan, 0) + coalesce(seq_scan, 0)), 0) FROM pg_stat_xact_user_tables WHERE relname = '"
                + table + "'";
        return Db.transactions().executeRead(status -> {
            long before = Db.count(scans);
            read.run();
            return Db.count(scans) - before;
        });
    }

    /** How often {@code read} scanned the attempts table (index or sequential scans), counted in its own transaction. */
    private static long attemptReads(Runnable read) {
        String scans = "SELECT coalesce(sum(coalesce(idx_scan, 0) + coalesce(seq_scan, 0)), 0) FROM pg_stat_xact_user_tables WHERE relname = 'attempts'";
        return Db.transactions().executeRead(status -> {
            long before = Db.count(scans);
            read.run();
            return Db.count(scans) - before;
        });
    }

    private static List<Evidence> sorted(List<Evidence> rows) {
        return rows.stream().sorted(Comparator.comparing(Evidence::skillId).thenComparing(Evidence::question)).toList();
    }

    private static void quiz(User rep, String module, int version, Instant at, boolean right) {
        Map<Integer, QuizGrading.Answer> answers = right
                ? Map.of(1, new QuizGrading.Answer(Set.of("b"), ""), 2, new QuizGrading.Answer(Set.of("a", "b"), ""),
                        3, new QuizGrading.Answer(Set.of(), "5"))
                : Map.of(1, new QuizGrading.Answer(Set.of("a"), ""), 2, new QuizGrading.Answer(Set.of("a"), ""),
                        3, new QuizGrading.Answer(Set.of(), "9"));
        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, version, at.minusSeconds(30),
                answers, Map.of(1, Confidence.SURE)), at);
    }

    private static void review(User rep, String module, int version, int question, Instant at, boolean right) {
        QuizGrading.Answer answer = switch (question) {
            case 1 -> new QuizGrading.Answer(Set.of(right ? "b" : "a"), "");
            case 2 -> new QuizGrading.Answer(right ? Set.of("a", "b") : Set.of("a"), "");
            default -> new QuizGrading.Answer(Set.of(), right ? "5" : "9");
        };
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), module, version, question, at.minusSeconds(20),
                answer, null, at);
    }
}
