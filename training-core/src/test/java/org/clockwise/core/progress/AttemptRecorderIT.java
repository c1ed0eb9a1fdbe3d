package org.clockwise.core.progress;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.summary.SkillSnapshotStore;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attempts on real PostgreSQL: recorded once, scored by the server, linked to the version taken. */
class AttemptRecorderIT {

    static Organisation org;
    static TestLibrary library;
    AttemptRecorder recorder;
    User rep;
    String module;

    @BeforeAll
    static void organisation() {
        org = Fixtures.anOrganisation();
        library = TestLibrary.create();
    }

    @BeforeEach
    void setUp() {
        recorder = CoreContext.bean(AttemptRecorder.class);
        rep = Fixtures.aUser(org, Role.REP);
        module = "attempt-" + Fixtures.unique().replace("-", "");
        library.module(module);
        publish();
    }

    static void publish() {
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
    }

    Submission submission(UUID id, long userId, int version) {
        return new Submission(id, userId, module, version, Instant.now().minusSeconds(40), Map.of(
                1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""),
                3, new QuizGrading.Answer(Set.of(), "seven")), Map.of(1, Confidence.SURE));
    }

    @Test
    void anAttemptIsScoredByTheServerWithEveryAnswerAndAReviewItemPerQuestion() {
        UUID id = UUID.randomUUID();

        AttemptRecorder.Recorded recorded = recorder.record(submission(id, rep.id(), 1));

        assertTrue(recorded.isNew());
        AttemptView view = CoreContext.bean(AttemptQueries.class).attempt(id).orElseThrow();
        assertEquals(2, view.correct());
        assertEquals(3, view.total());
        assertEquals(3, view.answers().size());
        assertEquals(1, Db.count("SELECT count(*) FROM completions WHERE user_id = ? AND course_id = ?", rep.id(), module));
        assertEquals(3, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND course_id = ? AND due > now()", rep.id(), module));
        assertEquals(1, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ? AND rating = 'AGAIN'", id));
    }

    /** issue 13, "Speed": the attempt, its answers and the completion are one statement; each answer lands as given. */
    @Test
    void oneStatementStoresEveryAnswerAsGivenAndTheCompletionOfTheFirstAttempt() {
        UUID id = UUID.randomUUID();

        recorder.record(submission(id, rep.id(), 1), rep.rep());

        assertEquals(1, Db.count("""
                SELECT count(*) FROM attempt_answers WHERE attempt_id = ? AND question_idx = 1 AND chosen_keys = '{b}'
                  AND text_answer IS NULL AND confidence = 'SURE'""", id));
        assertEquals(1, Db.count("""
                SELECT count(*) FROM attempt_answers WHERE attempt_id = ? AND question_idx = 2 AND chosen_keys = '{a,b}'
                  AND text_answer IS NULL AND confidence IS NULL""", id), "several keys, sorted");
        assertEquals(1, Db.count("""
                SELECT count(*) FROM attempt_answers WHERE attempt_id = ? AND question_idx = 3 AND chosen_keys = '{}'
                  AND text_answer = 'seven' AND confidence IS NULL""", id), "a typed answer, no keys");
        assertEquals(2, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ? AND correct", id));
        assertEquals(3, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ? AND rating IS NOT NULL", id));
        assertEquals(1, Db.count("SELECT count(*) FROM completions WHERE attempt_id = ? AND version = 1", id));

        UUID second = UUID.randomUUID();
        recorder.record(submission(second, rep.id(), 1), rep.rep());
        assertEquals(3, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ?", second));
        assertEquals(0, Db.count("SELECT count(*) FROM completions WHERE attempt_id = ?", second), "the first attempt completed it");
    }

    /** issue 13, "Speed": handed the rep, the recorder writes the same skill summaries it writes after reading them itself. */
    @Test
    void aRecordingHandedTheRepWritesTheSameSkillSummariesAsOneThatReadsIt() {
        User twin = Fixtures.aUser(org, Role.REP);
        recorder.record(submission(UUID.randomUUID(), rep.id(), 1), rep.rep());
        recorder.record(submission(UUID.randomUUID(), twin.id(), 1));

        assertTrue(Db.count("SELECT count(*) FROM skill_snapshots WHERE user_id = ?", rep.id()) > 0);
        assertEquals(0, Db.count("""
                SELECT count(*) FROM (
                  (SELECT skill_id, round(proficiency::numeric, 6), target FROM skill_snapshots WHERE user_id = ?
                   EXCEPT SELECT skill_id, round(proficiency::numeric, 6), target FROM skill_snapshots WHERE user_id = ?)
                  UNION ALL
                  (SELECT skill_id, round(proficiency::numeric, 6), target FROM skill_snapshots WHERE user_id = ?
                   EXCEPT SELECT skill_id, round(proficiency::numeric, 6), target FROM skill_snapshots WHERE user_id = ?)) d""",
                rep.id(), twin.id(), twin.id(), rep.id()));
        assertEquals(1, Db.count("SELECT count(*) FROM rep_skill_status WHERE user_id = ?", rep.id()));
        assertThrows(IllegalArgumentException.class, () -> recorder.record(submission(UUID.randomUUID(), rep.id(), 1), twin.rep()));
    }

    @Test
    void submittingTheSameAttemptTwiceRecordsItOnce() {
        UUID id = UUID.randomUUID();
        recorder.record(submission(id, rep.id(), 1));

        AttemptRecorder.Recorded again = recorder.record(submission(id, rep.id(), 1));

        assertFalse(again.isNew());
        assertEquals(id, again.attemptId());
        assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE id = ?", id));
        assertEquals(3, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ?", id));
        assertEquals(1, Db.count("SELECT reps FROM review_items WHERE user_id = ? AND course_id = ? AND question_idx = 1", rep.id(), module),
                "the review schedule moved once, not twice");
    }

    @Test
    void concurrentSubmitsOfOneAttemptFromManyThreadsMakeOneRow() throws Exception {
        UUID id = UUID.randomUUID();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AttemptRecorder.Recorded>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return recorder.record(submission(id, rep.id(), 1));
                }));
            }
            start.countDown();
            int fresh = 0;
            for (Future<AttemptRecorder.Recorded> f : results) {
                fresh += f.get().isNew() ? 1 : 0;
            }
            assertEquals(1, fresh);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, Db.count("SELECT count(*) FROM attempts WHERE id = ?", id));
        assertEquals(1, Db.count("SELECT count(*) FROM completions WHERE attempt_id = ?", id));
        assertEquals(3, Db.count("SELECT count(*) FROM attempt_answers WHERE attempt_id = ?", id));
    }

    @Test
    void anotherRepsAttemptIdIsRefused() {
        UUID id = UUID.randomUUID();
        recorder.record(submission(id, rep.id(), 1));
        User other = Fixtures.aUser(org, Role.REP);

        assertThrows(AttemptNotYoursException.class, () -> recorder.record(submission(id, other.id(), 1)));
        assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", other.id()));
    }

    @Test
    void aSecondAttemptDoesNotCountAsASecondCompletion() {
        recorder.record(submission(UUID.randomUUID(), rep.id(), 1));
        recorder.record(submission(UUID.randomUUID(), rep.id(), 1));

        assertEquals(2, Db.count("SELECT count(*) FROM attempts WHERE user_id = ? AND course_id = ?", rep.id(), module));
        assertEquals(1, Db.count("SELECT count(*) FROM completions WHERE user_id = ? AND course_id = ?", rep.id(), module));
    }

    @Test
    void anAttemptStaysLinkedToTheVersionItWasTakenOnAfterANewVersion() {
        UUID id = UUID.randomUUID();
        recorder.record(submission(id, rep.id(), 1));

        library.module(module, "A rewritten lesson.");
        publish();

        assertEquals(1, CoreContext.bean(AttemptQueries.class).attempt(id).orElseThrow().version());
        assertEquals(1, Db.count("SELECT count(*) FROM completions WHERE user_id = ? AND course_id = ?", rep.id(), module),
                "the completion still counts");
        assertEquals(3, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND course_id = ? AND version = 1 AND NOT superseded",
                rep.id(), module), "reviews keep pointing at the version seen until the rep takes the new one");

        recorder.record(submission(UUID.randomUUID(), rep.id(), 2));
        assertEquals(3, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND course_id = ? AND version = 1 AND superseded",
                rep.id(), module));
    }

    @Test
    void aQuizServedInTheFutureIsRefused() {
        Submission future = new Submission(UUID.randomUUID(), rep.id(), module, 1, Instant.now().plusSeconds(3600), Map.of(), Map.of());
        assertThrows(IllegalArgumentException.class, () -> recorder.record(future));
    }

    /**
     * PostgreSQL rounds an instant to the microsecond, so one ending in 999 ns is stored 1 ns later:
     * before the recorders truncated their instant, the answer then read as given after "now" and was
     * left out of the skill snapshot written with it (the flake in TeamDashboardFreshnessIT).
     */
    @Test
    void anAnswerAtAnInstantFinerThanTheDatabaseCountsInTheSnapshotWrittenWithIt() {
        Instant at = Instant.now().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS).plusNanos(999);
        recorder.record(new Submission(UUID.randomUUID(), rep.id(), module, 1, at.minusSeconds(30), Map.of(
                1, new QuizGrading.Answer(Set.of("b"), ""),
                2, new QuizGrading.Answer(Set.of("a", "b"), ""),
                3, new QuizGrading.Answer(Set.of(), "5")), Map.of()), at);
        double afterQuiz = discovery();
        assertTrue(afterQuiz > 0, "the quiz counts in the snapshot written with it: " + afterQuiz);

        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), module, 1, 1, at.plusSeconds(10),
                new QuizGrading.Answer(Set.of("a"), ""), Confidence.SURE, at.plusSeconds(20));
        double afterReview = discovery();
        assertTrue(afterReview < afterQuiz, "the wrong review counts too: " + afterReview + " after " + afterQuiz);
    }

    private double discovery() {
        return CoreContext.bean(SkillSnapshotStore.class)
                .since(List.of(rep.id()), java.time.LocalDate.now().minusWeeks(1)).stream()
                .filter(s -> s.skillId().equals("discovery-questioning"))
                .max(java.util.Comparator.comparing(SkillSnapshotStore.Snapshot::weekStart))
                .orElseThrow().proficiency();
    }
}
