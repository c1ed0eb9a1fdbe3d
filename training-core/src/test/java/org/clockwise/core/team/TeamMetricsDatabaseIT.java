package org.clockwise.core.team;

import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.QuizGrading.Answer;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.plan.Streak;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.summary.ActivityRollupStore;
import org.clockwise.core.team.metrics.Completion;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.core.team.metrics.Publication;
import org.clockwise.core.team.metrics.Quiet;
import org.clockwise.core.team.metrics.Reach;
import org.clockwise.core.team.metrics.RepDay;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.Spread;
import org.clockwise.core.team.metrics.TeamMetrics;
import org.clockwise.core.team.metrics.WeekConsistency;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manager dashboard's metrics through the real database path, on small hand-built teams
 * with answers worked out by hand: attempts ({@link AttemptRecorder}), reviews
 * ({@link ReviewRecorder}) and completed plans ({@link PlanService}) feed the daily_activity
 * rollup, which is read back with {@link ActivityQueries}, {@link LearningQueries} and
 * {@link TeamAccessQueries} and fed to {@link TeamMetrics}.
 *
 * <p>Every date is relative to a "today" taken once at the start of a test, and every instant is
 * a local time of the rep's own zone on a day relative to it, so the tests pass on any weekday
 * and at any hour. The dashboard evaluates a team with one "today" (the manager's): reps in
 * other zones are placed around their own local midnight of that date. Instants may lie in the
 * future; the recorders take the instant they are given.
 */
class TeamMetricsDatabaseIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalTime JUST_BEFORE_MIDNIGHT = LocalTime.of(23, 59);
    private static final LocalTime JUST_AFTER_MIDNIGHT = LocalTime.of(0, 1);
    private static final LocalTime NOON = LocalTime.NOON;

    private final Organisation org = Fixtures.anOrganisation();
    private final User manager = Fixtures.aUser(org, Role.MANAGER); // in UTC
    private final LocalDate today = LocalDate.now(manager.zone());

    @Test
    void localMidnightDecidesTheDayOfLessonsPlansAndStreaks() {
        User tokyo = rep(TOKYO, today.minusDays(100));
        User la = rep(LOS_ANGELES, today.minusDays(100));
        Fixtures.aTeam(org, manager, tokyo, la);
        Fixtures.publish(TestLibrary.create(), "mid-a", "mid-b", "mid-c"); // a fresh lesson for each of Tokyo's three plans

        // Tokyo: plans on today-2 (noon), today-1 at 23:59 and today at 00:01. In UTC both of the last two
        // are on today-1 (14:59 and 15:01), so only a local-day rollup keeps them apart.
        completePlan(tokyo, today.minusDays(2), NOON);
        completePlan(tokyo, today.minusDays(1), JUST_BEFORE_MIDNIGHT);
        assertEquals(3, completePlan(tokyo, today, JUST_AFTER_MIDNIGHT).streak(), "three local days in a row");
        // LA: plans on today-2 at 23:59 (already today-1 in UTC) and today at 00:01, nothing on today-1.
        completePlan(la, today.minusDays(2), JUST_BEFORE_MIDNIGHT);
        assertEquals(1, completePlan(la, today, JUST_AFTER_MIDNIGHT).streak(), "the skipped local day breaks it");

        List<RepInfo> reps = team();
        List<RepDay> rows = CoreContext.bean(ActivityQueries.class).since(ids(reps), today.minusDays(7));
        // One row per local day: one lesson of 30 s and the completed plan; Tokyo was created first (lower id).
        assertEquals(List.of(
                planDay(tokyo, today.minusDays(2)), planDay(tokyo, today.minusDays(1)), planDay(tokyo, today),
                planDay(la, today.minusDays(2)), planDay(la, today)), rows);
        assertEquals(List.of(), drift(reps, today.minusDays(7)), "the incremental rollup equals the recomputation");

        Overview overview = TeamMetrics.overview(reps, rows, today);
        assertEquals(2, overview.reps());
        assertEquals(2, overview.activeThisWeek());
        assertEquals(2, overview.plansCompletedToday(), "both 00:01 plans are on the local today");
        assertEquals(5, overview.plansCompleted7d(), "Tokyo 3 + LA 2");
        assertEquals(5, overview.plansCompleted28d());
        // Tokyo's streak is 3 (bucket 3-6), LA's is 1 (bucket 1-2).
        assertEquals(buckets(0, 1, 1, 0, 0), overview.streakDistribution());
        assertEquals(List.of(), overview.quiet());
        // Tomorrow, before its plan is done, Tokyo's streak still reads 3: an open day does not break it.
        List<LocalDate> tokyoPlans = rows.stream().filter(d -> d.repId() == tokyo.id() && d.planCompleted())
                .map(RepDay::day).toList();
        assertEquals(3, Streak.current(tokyoPlans, today.plusDays(1)));
        assertEquals(0, Streak.current(tokyoPlans, today.plusDays(2)), "two open days do");
    }

    @Test
    void localMondayMidnightDecidesTheIsoWeek() {
        User tokyo = rep(TOKYO, today.minusDays(100));
        User la = rep(LOS_ANGELES, today.minusDays(100));
        Fixtures.aTeam(org, manager, tokyo, la);
        String module = Fixtures.publish(TestLibrary.create(), "week").get(0);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        // Tokyo: Sunday 23:59 and Monday 00:01 local (both Sunday in UTC); LA: Monday 00:01 local only
        // (Monday in UTC too). Wrong weeks would give Tokyo only in the last week and LA only in this one.
        Fixtures.takeQuiz(tokyo, module, at(tokyo, monday.minusDays(1), JUST_BEFORE_MIDNIGHT), 30);
        Fixtures.takeQuiz(tokyo, module, at(tokyo, monday, JUST_AFTER_MIDNIGHT), 30);
        Fixtures.takeQuiz(la, module, at(la, monday, JUST_AFTER_MIDNIGHT), 30);

        List<RepInfo> reps = team();
        List<RepDay> days = CoreContext.bean(ActivityQueries.class).since(ids(reps), monday.minusWeeks(2));
        assertEquals(List.of(new RepDay(tokyo.id(), monday.minusDays(1), 1, 0, 30, false),
                new RepDay(tokyo.id(), monday, 1, 0, 30, false), new RepDay(la.id(), monday, 1, 0, 30, false)), days);
        // Last week: Tokyo alone, 1 of 2 reps; nobody the week before, so nothing to retain (0).
        // This week: both, 2 of 2; Tokyo, the only rep active last week, came back: retained 1 of 1.
        assertEquals(List.of(new WeekConsistency(monday.minusWeeks(1), 0.5, 0.0), new WeekConsistency(monday, 1.0, 1.0)),
                TeamMetrics.consistency(reps, days, today, 2));
        // This Monday is always within [today-6, today], so both are active in the rolling week.
        assertEquals(2, TeamMetrics.overview(reps, days, today).activeThisWeek());
    }

    @Test
    void emptyTeamShowsZerosAndRepsWithoutActivityShowAsQuiet() {
        // A manager whose only team has no members sees nobody, and every metric is zero, never NaN.
        User lonely = Fixtures.aUser(org, Role.MANAGER);
        Fixtures.aTeam(org, lonely);
        List<RepInfo> none = CoreContext.bean(TeamAccessQueries.class).visibleReps(lonely.id(), false);
        assertEquals(List.of(), none);
        List<RepDay> noRows = CoreContext.bean(ActivityQueries.class).since(ids(none), today.minusDays(56));
        assertEquals(List.of(), noRows);
        List<Completion> noCompletions = CoreContext.bean(LearningQueries.class).completions(ids(none));
        assertEquals(List.of(), noCompletions);
        assertEquals(Map.of(), CoreContext.bean(LearningQueries.class).coverage(ids(none)));
        Overview empty = TeamMetrics.overview(none, noRows, today);
        assertEquals(new Overview(0, 0, 0, 0, 0, 0.0, buckets(0, 0, 0, 0, 0), List.of()), empty);
        assertEquals(List.of("0", "1-2", "3-6", "7-13", "14+"), new ArrayList<>(empty.streakDistribution().keySet()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertEquals(List.of(new WeekConsistency(monday.minusWeeks(1), 0.0, 0.0), new WeekConsistency(monday, 0.0, 0.0)),
                TeamMetrics.consistency(none, noRows, today, 2));
        assertEquals(new Spread(0.0, 0.0, 0, 0), TeamMetrics.spread(none, noCompletions));
        assertEquals(new Reach("any", 0.0, 0.0, 0.0, 0),
                TeamMetrics.reach(new Publication("any", Instant.now()), none, noCompletions));

        // A team in Berlin, measured on the reps' own today.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate day = LocalDate.now(berlin);
        User never = rep(berlin, day.minusDays(30));      // hired a month ago, never started
        User newHire = rep(berlin, day);                  // hired today, nothing yet
        User silent = rep(berlin, day.minusDays(100));    // one lesson exactly 7 days ago
        User reviewer = rep(berlin, day.minusDays(100));  // a lesson 25 days ago, then only a review 6 days ago
        Fixtures.aTeam(org, manager, never, newHire, silent, reviewer);
        User outsider = rep(berlin, day.minusDays(100));  // active today, but in a team this manager does not manage
        Fixtures.aTeam(org, Fixtures.aUser(org, Role.MANAGER), outsider);
        String module = Fixtures.publish(TestLibrary.create(), "quiet").get(0);
        Fixtures.takeQuiz(silent, module, at(silent, day.minusDays(7), NOON), 30);
        Fixtures.takeQuiz(reviewer, module, at(reviewer, day.minusDays(25), NOON), 120);
        Instant reviewed = at(reviewer, day.minusDays(6), NOON);
        CoreContext.bean(ReviewRecorder.class).record(UUID.randomUUID(), reviewer.id(), module, 1, 1,
                reviewed.minusSeconds(10), new Answer(Set.of("b"), ""), Confidence.SURE, reviewed);
        Fixtures.takeQuiz(outsider, module, at(outsider, day, NOON), 30);

        List<RepInfo> reps = team();
        assertEquals(Set.of(never.id(), newHire.id(), silent.id(), reviewer.id()), Set.copyOf(ids(reps)));
        List<RepDay> rows = CoreContext.bean(ActivityQueries.class).since(ids(reps), day.minusDays(28));
        assertEquals(List.of(new RepDay(silent.id(), day.minusDays(7), 1, 0, 30, false),
                new RepDay(reviewer.id(), day.minusDays(25), 1, 0, 120, false),
                new RepDay(reviewer.id(), day.minusDays(6), 0, 1, 30, false)), rows);
        assertEquals(List.of(), drift(reps, day.minusDays(28)));

        Overview overview = TeamMetrics.overview(reps, rows, day);
        assertEquals(4, overview.reps(), "reps without any activity still count");
        assertEquals(1, overview.activeThisWeek(), "the review on day-6 is in the window, the lesson on day-7 is not");
        assertEquals(0, overview.plansCompletedToday() + overview.plansCompleted7d() + overview.plansCompleted28d());
        assertEquals(buckets(4, 0, 0, 0, 0), overview.streakDistribution());
        // Quiet: never (30 days since hire, never active) first, then silent (7 days since day-7). The reviewer
        // (6 days) and the hire of today (0 days) are not quiet.
        assertEquals(List.of(new Quiet(never.id(), never.displayName(), null, 30),
                new Quiet(silent.id(), silent.displayName(), day.minusDays(7), 7)), overview.quiet());
        // The last 4 full weeks are the 28 days before this Monday: they always hold day-25 and day-7 (day-6
        // only on some weekdays). never: 0 min over 4 weeks; silent: 0.5 min / 4 = 0.125; reviewer: at least
        // 2 min / 4 = 0.5; the hire of today has no full week and is left out. Median of {0, 0.125, >= 0.5}.
        assertEquals(0.125, overview.medianMinutesPerRepPerWeek(), 1e-9);
    }

    @Test
    void reachCoverageAndSpreadOfNewModules() {
        TestLibrary library = TestLibrary.create();
        String suffix = Fixtures.unique();
        String a = "reach-a-" + suffix;
        String b = "reach-b-" + suffix;
        library.module(a); // phases [status-quo], personas [cfo]
        library.write("modules/" + b + ".md", TestLibrary.moduleText(b, "Lesson " + b, "Mind the decision.")
                .replace("phases: [status-quo]", "phases: [status-quo, decision]")
                .replace("personas: [cfo]", "personas: [cfo, cio]"));
        Fixtures.publish(library);
        // Publishing a library retires every module not in it, so the live modules are exactly a and b,
        // first published together (same instant, then ordered by id).
        List<Publication> recent = CoreContext.bean(LearningQueries.class).recentModules(5);
        assertEquals(List.of(a, b), recent.stream().map(Publication::moduleId).toList());
        Instant published = recent.get(0).firstPublishedAt();
        assertEquals(published, recent.get(1).firstPublishedAt());

        List<User> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            users.add(rep(ZoneId.of("UTC"), today.minusDays(100)));
        }
        Fixtures.aTeam(org, manager, users.toArray(User[]::new));
        User r1 = users.get(0);
        Fixtures.takeQuiz(r1, a, published.plus(Duration.ofHours(1)), 30);
        Fixtures.takeQuiz(r1, b, published.plus(Duration.ofHours(2)), 30);
        Fixtures.takeQuiz(r1, a, published.plus(Duration.ofDays(5)), 30);                      // a retake: not a new completion
        Fixtures.takeQuiz(users.get(1), a, published.plus(Duration.ofDays(3)), 30);             // exactly 72 h: still in time
        Fixtures.takeQuiz(users.get(2), a, published.plus(Duration.ofDays(3)).plusSeconds(1), 30); // one second late
        Fixtures.takeQuiz(users.get(3), a, published.plus(Duration.ofDays(10)), 30);
        // users.get(4) never completes anything.

        List<RepInfo> reps = team();
        List<Completion> completions = CoreContext.bean(LearningQueries.class).completions(ids(reps));
        assertEquals(5, completions.size(), "one per rep and module: r1 twice, r2-r4 once");
        // a: r1 (1 h) and r2 (72 h) within 3 days = 2/5; + r3 within 7 = 3/5; + r4 within 14 = 4/5.
        assertEquals(new Reach(a, 0.4, 0.6, 0.8, 5), TeamMetrics.reach(recent.get(0), reps, completions));
        // b: only r1, after 2 h = 1/5 at every horizon.
        assertEquals(new Reach(b, 0.2, 0.2, 0.2, 5), TeamMetrics.reach(recent.get(1), reps, completions));

        // a covers status-quo x cfo; b covers {status-quo, decision} x {cfo, cio}. status-quo|cfo is reached
        // by r1 (through both modules, counted once), r2, r3 and r4; the other three cells only by r1.
        assertEquals(Map.of("status-quo|cfo", 4, "status-quo|cio", 1, "decision|cfo", 1, "decision|cio", 1),
                CoreContext.bean(LearningQueries.class).coverage(ids(reps)));

        // Distinct modules per rep: 2, 1, 1, 1, 0 (total 5). The top fifth of 5 reps is 1 rep: 2/5 = 0.4.
        // Gini over [0, 1, 1, 1, 2]: (-4*0 - 2*1 + 0*1 + 2*1 + 4*2) / (5 * 5) = 8/25 = 0.32.
        Spread spread = TeamMetrics.spread(reps, completions);
        assertEquals(5, spread.reps());
        assertEquals(5, spread.completions());
        assertEquals(0.4, spread.topFifthShare(), 1e-9);
        assertEquals(0.32, spread.gini(), 1e-9);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private User rep(ZoneId zone, LocalDate hireDate) {
        return Fixtures.aUser(org, hireDate, zone.getId(), Role.REP);
    }

    private static Instant at(User rep, LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(rep.zone()).toInstant();
    }

    /** Opens Today a minute before, takes its only item (a new lesson, 30 s) and opens Today again. */
    private static PlanService.Today completePlan(User rep, LocalDate day, LocalTime time) {
        Instant at = at(rep, day, time);
        PlanService plans = CoreContext.bean(PlanService.class);
        PlanService.Today open = plans.today(rep.id(), at.minusSeconds(60));
        assertEquals(day, open.day());
        assertEquals(1, open.total(), "a fresh lesson and no review due");
        Fixtures.takeQuiz(rep, open.lesson().item().moduleId(), at, 30);
        PlanService.Today done = plans.today(rep.id(), at);
        assertTrue(done.complete());
        return done;
    }

    private static RepDay planDay(User rep, LocalDate day) {
        return new RepDay(rep.id(), day, 1, 0, 30, true);
    }

    private List<RepInfo> team() {
        return CoreContext.bean(TeamAccessQueries.class).visibleReps(manager.id(), false);
    }

    private static List<Long> ids(List<RepInfo> reps) {
        return reps.stream().map(RepInfo::id).toList();
    }


    /** Streak buckets "0", "1-2", "3-6", "7-13", "14+" with the given counts, in that order. */
    private static Map<String, Integer> buckets(int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            map.put(Overview.STREAK_BUCKETS.get(i), counts[i]);
        }
        return map;
    }

    /** What the rollup check finds for these reps (other tests' data is not this test's business). */
    private static List<ActivityRollupStore.Drift> drift(List<RepInfo> reps, LocalDate since) {
        return Db.transactions().executeRead(s -> CoreContext.bean(ActivityRollupStore.class).check(since)).stream()
                .filter(d -> ids(reps).contains(d.userId())).toList();
    }
}
