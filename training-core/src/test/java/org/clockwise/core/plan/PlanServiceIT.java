package org.clockwise.core.plan;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.ReviewStore;
import org.clockwise.core.team.ActivityQueries;
import org.clockwise.core.team.metrics.RepDay;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edges of a rep's day through the real database: a day with nothing to do keeps the streak,
 * and a plan lists only the reviews the Reviews page serves when it is made.
 *
 * <p>Reps are in UTC, so local times are UTC times and no daylight-saving change moves a due
 * time; days are relative to the real today, so the rollup reads them back at any date. Each
 * test publishes its own library (publishing retires every module not in it).
 */
class PlanServiceIT {

    private final Organisation org = Fixtures.anOrganisation();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final PlanService plans = CoreContext.bean(PlanService.class);

    @Test
    void aDayWithAnEmptyPlanIsDoneAndKeepsTheStreak() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "last").get(0); // the whole library
        LocalDate yesterday = today.minusDays(1);

        // Yesterday: the plan is the library's only lesson; taken at 08:05 in 30 s, all right and
        // sure, every question rates Easy: S0 = w3 = 8.2956, due round(8.2956) = 8 days later.
        PlanService.Today open = plans.today(rep.id(), at(yesterday, 8, 0));
        assertEquals(List.of(module), open.lines().stream().map(l -> l.item().moduleId()).toList());
        Fixtures.takeQuiz(rep, module, at(yesterday, 8, 5), 30);
        assertEquals(1, plans.today(rep.id(), at(yesterday, 8, 6)).streak());

        // Today: library finished, the reviews are due yesterday + 8 days: nothing to do.
        PlanService.Today empty = plans.today(rep.id(), at(today, 9, 0));
        assertEquals(0, empty.total());
        assertEquals(0, empty.dueReviews());
        assertTrue(empty.complete());
        assertEquals(2, empty.streak(), "yesterday and today: the empty day keeps the streak going");
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND day = ? AND completed_at IS NOT NULL",
                rep.id(), today), "today's plan is marked complete");

        // Looking again later does not mark it twice; the rollup has one plan-completed row a day.
        assertEquals(2, plans.today(rep.id(), at(today, 18, 0)).streak());
        assertEquals(List.of(new RepDay(rep.id(), yesterday, 1, 0, 30, true), new RepDay(rep.id(), today, 0, 0, 0, true)),
                CoreContext.bean(ActivityQueries.class).since(List.of(rep.id()), yesterday));
    }

    @Test
    void anAnswerThatCompletesTodaysPlanStampsItInTheAnswersTransaction() {
        // issue 13, "Speed": the plan is checked around the answer, not rebuilt twice in transactions of its own
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "answering").get(0);

        // No plan yet: it is made first (the library's only lesson), and the quiz then completes it.
        PlanService.Answered<String> taken = plans.answering(rep.id(), () -> {
            Fixtures.takeQuiz(rep, module, Instant.now(), 30);
            return "taken";
        });
        assertEquals("taken", taken.result());
        assertTrue(taken.completedPlan(), "the quiz completed the plan");
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND day = ? AND completed_at IS NOT NULL",
                rep.id(), today), "stamped complete at once");
        assertEquals(1, plans.today(rep.id()).streak());
        // A later answer completes nothing: the plan was complete before it.
        assertFalse(plans.answering(rep.id(), () -> "again").completedPlan());
    }

    /**
     * Issue 13, "Speed" (wt-today3): Today's view with the rep given reads without a transaction and writes only
     * through the transactional path: it makes the day's plan, stamps a plan found complete, and otherwise shows
     * exactly the day the transactional {@code today(id)} shows.
     */
    @Test
    void theViewWithTheRepGivenShowsAndStoresWhatTheTransactionalDayDoes() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "viewed").get(0);
        PlanService.Today first = plans.today(rep);
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND day = ?", rep.id(), first.day()),
                "the first view made the plan");
        assertFalse(first.complete());
        assertEquals(plans.today(rep.id()), plans.today(rep));
        assertEquals(first, plans.today(rep));

        Fixtures.takeQuiz(rep, module, Instant.now(), 30);
        PlanService.Today done = plans.today(rep);
        assertTrue(done.complete());
        assertEquals(1, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND day = ? AND completed_at IS NOT NULL",
                rep.id(), done.day()), "a complete plan is stamped by the view");
        assertEquals(1, done.streak());
        assertEquals(plans.today(rep.id()), plans.today(rep));
    }

    @Test
    void anAnswerThatFailsLeavesNeitherTheAnswerNorThePlanStamp() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "failing").get(0);
        plans.today(rep.id());
        assertThrows(IllegalStateException.class, () -> plans.answering(rep.id(), () -> {
            Fixtures.takeQuiz(rep, module, Instant.now(), 30);
            throw new IllegalStateException("the answer failed after it was stored");
        }));
        assertEquals(0, Db.count("SELECT count(*) FROM attempts WHERE user_id = ?", rep.id()), "one transaction: nothing kept");
        assertEquals(0, Db.count("SELECT count(*) FROM daily_plans WHERE user_id = ? AND completed_at IS NOT NULL", rep.id()));
        assertFalse(plans.today(rep.id()).complete());
    }

    @Test
    void anAssignmentGivesAnEmptyDayWorkAndReopensIt() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        User manager = Fixtures.aUser(org, Role.MANAGER);
        String module = Fixtures.publish(TestLibrary.create(), "only").get(0);
        Fixtures.takeQuiz(rep, module, at(today.minusDays(1), 8, 5), 30);
        assertTrue(plans.today(rep.id()).complete(), "library finished, nothing due: an empty, completed day");

        String assigned = Fixtures.publish(TestLibrary.create(), "only", "assigned-now").get(1);
        plans.assign(manager.id(), List.of(rep.id()), assigned, today.plusDays(3));

        PlanService.Today reopened = plans.today(rep.id());
        assertEquals(List.of(assigned), reopened.lines().stream().map(l -> l.item().moduleId()).toList(),
                "the assignment shows today, not tomorrow");
        assertFalse(reopened.complete());
        assertEquals(0, Db.count("SELECT count(*) FROM daily_activity WHERE user_id = ? AND day = ? AND plan_completed",
                rep.id(), reopened.day()), "the rollup no longer calls the day completed");
    }

    @Test
    void aReviewDueLaterTodayIsNotInAPlanMadeInTheMorning() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        List<String> modules = Fixtures.publish(TestLibrary.create(), "taken", "next");
        String taken = modules.get(0);
        String next = modules.get(1);

        // Eight days ago at 17:00 the rep took a quiz (3 questions, all Easy): S = 8.2956,
        // interval round(8.2956) = 8 days, fuzzed within [6, 10] (delta = 1 + 0.15·4.5 + 0.1·1 =
        // 1.775) and load-balanced onto three different days at 17:00 between today - 2 and today + 2.
        Fixtures.takeQuiz(rep, taken, at(today.minusDays(8), 17, 0), 30);
        assertEquals(3, Db.count("SELECT count(DISTINCT due) FROM review_items WHERE user_id = ? AND due BETWEEN ? AND ? "
                        + "AND extract(epoch FROM due)::bigint % 86400 = 61200", rep.id(), Timestamp.from(at(today.minusDays(2), 17, 0)),
                Timestamp.from(at(today.plusDays(2), 17, 0))));
        // This test is about the time of day: all three due today at 17:00.
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET due = ? WHERE user_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at(today, 17, 0)));
                    ps.setLong(2, rep.id());
                    return ps.executeUpdate();
                }));

        // 08:00: the Reviews page serves nothing yet, so the plan lists no review, only the lesson.
        PlanService.Today morning = plans.today(rep.id(), at(today, 8, 0));
        assertEquals(List.of(PlanItem.Kind.LESSON), kinds(morning));
        assertEquals(next, morning.lesson().item().moduleId());
        assertEquals(0, morning.dueReviews());
        assertEquals(0, CoreContext.bean(ReviewStore.class).countDue(rep.id(), at(today, 8, 0)));

        // 17:30: the Reviews page serves the three and Today says so; the day's plan stays as made.
        PlanService.Today evening = plans.today(rep.id(), at(today, 17, 30));
        assertEquals(List.of(PlanItem.Kind.LESSON), kinds(evening));
        assertEquals(3, evening.dueReviews());
        assertEquals(3, CoreContext.bean(ReviewStore.class).countDue(rep.id(), at(today, 17, 30)));

        // Tomorrow 08:00 (not done in the evening): they are due since yesterday 17:00 and planned.
        PlanService.Today tomorrow = plans.today(rep.id(), at(today.plusDays(1), 8, 0));
        assertEquals(3, tomorrow.lines().stream()
                .filter(l -> l.item().kind() == PlanItem.Kind.REVIEW && l.item().moduleId().equals(taken)).count());
        assertEquals(3, tomorrow.dueReviews());
    }

    @Test
    void withMoreReviewsDueThanHalfTheBudgetTheDayIsReviewsOnlyAndSaysWhy() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        List<String> modules = Fixtures.publish(TestLibrary.create(), "one", "two", "three");
        Fixtures.takeQuiz(rep, modules.get(0), at(today.minusDays(9), 8, 0), 30);
        Fixtures.takeQuiz(rep, modules.get(1), at(today.minusDays(9), 9, 0), 30);
        // Six questions due since yesterday: more than the 5 that half of five minutes holds (150 s / 30 s).
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET due = ? WHERE user_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at(today.minusDays(1), 8, 0)));
                    ps.setLong(2, rep.id());
                    return ps.executeUpdate();
                }));

        PlanService.Today day = plans.today(rep.id(), at(today, 9, 0));
        assertEquals(List.of(PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW,
                PlanItem.Kind.REVIEW, PlanItem.Kind.REVIEW), kinds(day), "all six reviews fit in 300 s without a lesson");
        assertEquals(new Reason("plan.note.reviewsFirst", List.of("6", "5")), day.note());
        assertEquals(day.note(), plans.today(rep.id(), at(today, 10, 0)).note(), "the note is stored with the plan");
        NextLesson next = plans.nextLessons(List.of(rep.id()), at(today, 10, 0)).get(rep.id());
        assertEquals(null, next.lesson());
        assertEquals(day.note(), next.note(), "the manager's coaching row reads the same reason");
    }

    @Test
    void aRightAnswerThatBringsStabilityToNinetyDaysRetiresTheQuestion() {
        User rep = Fixtures.aUser(org, today.minusDays(100), "UTC", Role.REP);
        String module = Fixtures.publish(TestLibrary.create(), "mastered").get(0);
        Fixtures.takeQuiz(rep, module, at(today.minusDays(60), 8, 0), 30);
        // Question 1 reviewed often already: stability 60 days, due now. A right, sure, quick answer 60 days on
        // (recall 0.9 at S = 60) is Easy and multiplies stability well past 90 days.
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET stability = 60, difficulty = 5, reps = 4, due = ? WHERE user_id = ? AND question_idx = 1", ps -> {
                    ps.setTimestamp(1, Timestamp.from(at(today, 8, 0)));
                    ps.setLong(2, rep.id());
                    return ps.executeUpdate();
                }));
        Instant now = at(today, 9, 0);
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), rep.id(), module, 1, 1,
                now.minusSeconds(5), new QuizGrading.Answer(Set.of("b"), ""),
                Confidence.SURE, now);

        assertEquals(1, Db.count("SELECT count(*) FROM review_items WHERE user_id = ? AND question_idx = 1 AND retired_at IS NOT NULL "
                + "AND stability >= 90", rep.id()));
        // Even with every due date moved back to its last answer, a retired question is never served or planned again.
        Db.transactions().executeWrite(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE review_items SET due = last_review WHERE user_id = ?", ps -> {
                    ps.setLong(1, rep.id());
                    return ps.executeUpdate();
                }));
        ReviewStore reviews = CoreContext.bean(ReviewStore.class);
        assertEquals(2, reviews.countDue(rep.id(), now), "questions 0 and 2 only");
        assertTrue(reviews.due(rep.id(), now, 10).stream().noneMatch(i -> i.questionIndex() == 1));
        assertTrue(plans.today(rep.id(), now).lines().stream()
                .noneMatch(l -> l.item().kind() == PlanItem.Kind.REVIEW && l.item().questionIndex() == 1));
    }

    private static List<PlanItem.Kind> kinds(PlanService.Today day) {
        return day.lines().stream().map(l -> l.item().kind()).toList();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }
}
