package org.clockwise.core.plan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, "Speed": {@link PlanService#today} reads the plan, what of it is done, the reviews due and
 * the streak's days in one statement; {@link PlanService#peek} still reads them one by one as Today
 * did before. On the same data, at the same instants, the two give the same day: a fresh plan, after a
 * quiz, after a review answer, a plan completed, and on the next days.
 */
class TodayReadIT {

    private final Organisation org = Fixtures.anOrganisation();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final PlanService plans = CoreContext.bean(PlanService.class);

    @Test
    void todayInOneReadEqualsTheReadsOneByOne() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        List<String> modules = Fixtures.publish(TestLibrary.create(), "read-one", "read-two", "read-three");

        // Nine days ago: the first lesson taken, its plan completed (a day of the streak).
        PlanService.Today before = same(rep, at(today.minusDays(9), 7, 0));
        String first = before.lesson().item().moduleId();
        Fixtures.takeQuiz(rep, first, at(today.minusDays(9), 8, 0), 30);
        assertTrue(same(rep, at(today.minusDays(9), 8, 1)).complete());
        moveDue(rep, first, at(today.plusDays(30), 6, 0)); // out of the way until this morning
        // Yesterday too, with the second lesson.
        PlanService.Today yesterday = same(rep, at(today.minusDays(1), 7, 0));
        Fixtures.takeQuiz(rep, yesterday.lesson().item().moduleId(), at(today.minusDays(1), 8, 0), 30);
        assertEquals(1, same(rep, at(today.minusDays(1), 8, 1)).streak());

        // The first lesson's questions due since this morning: today's plan has reviews and a lesson.
        moveDue(rep, first, at(today, 6, 0));
        PlanService.Today morning = same(rep, at(today, 9, 0));
        assertEquals(3, morning.dueReviews());
        assertTrue(morning.lines().stream().anyMatch(l -> l.item().kind() == PlanItem.Kind.REVIEW), morning.toString());

        // A review answered: its line is done, one fewer due.
        PlanItem review = morning.lines().stream().filter(l -> l.item().kind() == PlanItem.Kind.REVIEW).findFirst().orElseThrow().item();
        Instant answered = at(today, 9, 5);
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), review.moduleId(), 1, review.questionIndex(),
                answered.minusSeconds(5), new QuizGrading.Answer(Set.of("b"), ""), Confidence.SURE, answered);
        PlanService.Today afterReview = same(rep, at(today, 9, 6));
        assertEquals(2, afterReview.dueReviews());
        assertEquals(1, afterReview.done() - morning.done(), "the review's line is done");

        // The lesson's quiz taken: done too.
        PlanService.Line lesson = morning.lesson();
        if (lesson != null) {
            Fixtures.takeQuiz(rep, lesson.item().moduleId(), at(today, 9, 10), 30);
            assertTrue(same(rep, at(today, 9, 11)).lesson().done());
        }
        // Every remaining review answered: the plan complete, the streak counts today.
        for (PlanService.Line line : same(rep, at(today, 9, 12)).lines()) {
            if (!line.done() && line.item().kind() == PlanItem.Kind.REVIEW) {
                Instant at = at(today, 9, 15);
                CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), line.item().moduleId(), 1,
                        line.item().questionIndex(), at.minusSeconds(5), new QuizGrading.Answer(Set.of("b"), ""), Confidence.SURE, at);
            }
        }
        PlanService.Today done = same(rep, at(today, 10, 0));
        assertTrue(done.complete(), done.toString());
        assertEquals(2, done.streak(), "yesterday and today");

        // The next days: a new plan each (or none to do), the same either way.
        same(rep, at(today.plusDays(1), 8, 0));
        same(rep, at(today.plusDays(3), 20, 0));
    }

    /** Today as of {@code now}, asserted equal to the reads one by one on the same data. */
    private PlanService.Today same(User rep, Instant now) {
        PlanService.Today read = plans.today(rep.id(), now);
        assertEquals(plans.peek(rep.id(), now), read, "as of " + now);
        assertEquals(read, plans.today(rep.id(), now), "a second look");
        return read;
    }

    private static void moveDue(User rep, String module, Instant due) {
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET due = ? WHERE user_id = ? AND course_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(due));
                    ps.setLong(2, rep.id());
                    ps.setString(3, module);
                    return ps.executeUpdate();
                }));
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }
}
