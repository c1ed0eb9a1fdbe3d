package org.clockwise.core.progress;

import org.clockwise.content.LibraryLoader;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.LibraryPublisher;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fuzz and load balancing on real PostgreSQL: the questions of one quiz do not all come back on one day. */
class ReviewSpreadIT {

    private static final String QUIZ = "Lesson.\n\n# Quiz\n\n"
            + "## One?\n- [ ] A\n- [x] B\n\n"
            + "## Two?\n- [ ] A\n- [x] B\n\n"
            + "## Three?\n- [ ] A\n- [x] B\n\n"
            + "## Four?\n- [ ] A\n- [x] B\n";

    @Test
    void aFourQuestionQuizAnsweredRightFallsDueOnDifferentDays() {
        Organisation org = Fixtures.anOrganisation();
        TestLibrary library = TestLibrary.create();
        String module = "spread-" + Fixtures.unique().replace("-", "");
        library.moduleWithBody(module, QUIZ);
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(org, Role.REP);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        QuizGrading.Answer right = new QuizGrading.Answer(Set.of("b"), "");

        // Right, sure and 5 s a question (under the 15 s "fast"): Easy every time, S0 = w3 = 8.2956,
        // an 8-day interval whose fuzz range is [6, 10] (delta = 1 + 0.15·4.5 + 0.1·1 = 1.775).
        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1, now.minusSeconds(20),
                Map.of(1, right, 2, right, 3, right, 4, right),
                Map.of(1, Confidence.SURE, 2, Confidence.SURE, 3, Confidence.SURE, 4, Confidence.SURE)), now);

        assertEquals(4, Db.count("SELECT count(*) FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id "
                + "WHERE t.user_id = ? AND a.rating = 'EASY'", rep.id()));
        Set<Long> days = new HashSet<>();
        for (int q = 1; q <= 4; q++) {
            long seconds = Db.count("SELECT extract(epoch FROM due - last_review)::bigint FROM review_items "
                    + "WHERE user_id = ? AND course_id = ? AND question_idx = ?", rep.id(), module, q);
            assertEquals(0, seconds % Duration.ofDays(1).toSeconds(), "whole days after the answer");
            long day = seconds / Duration.ofDays(1).toSeconds();
            assertTrue(day >= 6 && day <= 10, "question " + q + " due in " + day + " days, outside [6, 10]");
            days.add(day);
        }
        assertEquals(4, days.size(), "each question on a day no other one of the quiz has: " + days);
    }

    @Test
    void aQuizScheduledInOneStatementPlacesEachQuestionAsOneStatementPerQuestionDid() {
        // issue 13, "Speed": the batch must see, for each question, the load the earlier ones left
        Organisation org = Fixtures.anOrganisation();
        TestLibrary library = TestLibrary.create();
        String module = "batch-" + Fixtures.unique().replace("-", "");
        library.moduleWithBody(module, QUIZ);
        CoreContext.bean(LibraryPublisher.class).publish(new LibraryLoader().load(library.root()), library.root(), PublishOrigin.AUTHOR, null);
        User rep = Fixtures.aUser(org, Role.REP);
        Instant first = Instant.now().minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MILLIS);
        QuizGrading.Answer right = new QuizGrading.Answer(Set.of("b"), "");
        Map<Integer, Confidence> sure = Map.of(1, Confidence.SURE, 2, Confidence.SURE, 3, Confidence.SURE, 4, Confidence.SURE);
        CoreContext.bean(AttemptRecorder.class).record(new Submission(UUID.randomUUID(), rep.id(), module, 1, first.minusSeconds(20),
                Map.of(1, right, 2, right, 3, right, 4, right), sure), first);

        // Retaken 9 days later: every item exists and is live, so each placement moves a due date.
        AnswerSteps steps = CoreContext.bean(AnswerSteps.class);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<AnswerSteps.QuizAnswer> answers = List.of(new AnswerSteps.QuizAnswer(1, Rating.EASY, true), new AnswerSteps.QuizAnswer(2, Rating.GOOD, true),
                new AnswerSteps.QuizAnswer(3, Rating.EASY, true), new AnswerSteps.QuizAnswer(4, Rating.HARD, true));
        String dues = "SELECT string_agg(question_idx || ' ' || due || ' ' || (retired_at IS NULL), ', ' ORDER BY question_idx) "
                + "FROM review_items WHERE user_id = " + rep.id();
        String oneByOne = Db.transactions().executeWrite(status -> {
            ReviewScheduler scheduler = steps.scheduler(rep.id());
            answers.forEach(a -> steps.schedule(scheduler, rep.id(), module, 1, a.questionIndex(), a.rating(), now));
            String result = text(dues);
            status.setRollbackOnly();
            return result;
        });
        Db.transactions().executeWrite(status -> {
            steps.scheduleQuiz(steps.scheduler(rep.id()), rep.id(), module, 1, answers, now);
            return null;
        });
        assertEquals(oneByOne, text(dues));
    }

    private static String text(String sql) {
        return Db.transactions().executeRead(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(sql, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }));
    }
}
