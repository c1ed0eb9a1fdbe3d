package org.clockwise.core.team;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.plan.AssignmentStore;
import org.clockwise.core.plan.NextLesson;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.review.ReviewSchedulers;
import org.clockwise.core.skill.TargetPolicy;
import org.clockwise.core.skill.TargetQueries;
import org.clockwise.core.summary.SkillSnapshotStore;
import org.clockwise.core.team.metrics.CoachingChoice;
import org.clockwise.core.team.metrics.Completion;
import org.clockwise.core.team.metrics.RampSampling;
import org.clockwise.core.team.metrics.Reach;
import org.clockwise.core.team.metrics.RepDay;
import org.clockwise.core.team.metrics.RepGap;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillCarryForward;
import org.clockwise.core.team.metrics.SkillProgression;
import org.clockwise.core.team.metrics.SkillSample;
import org.clockwise.core.team.metrics.SkillTrend;
import org.clockwise.core.team.metrics.TeamMetrics;
import org.clockwise.core.team.metrics.WeeklySkill;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.IntStream;

/** Loads what a {@link Dashboard} is made of and runs the team rules over it; caches nothing. */
@Singleton
class DashboardAssembler {

    private final ActivityQueries activity;
    private final LearningQueries learning;
    private final CourseQueries courses;
    private final SkillSnapshotStore snapshots;
    private final TargetQueries targets;
    private final AssignmentStore assignments;
    private final PlanService plans;
    private final ReviewSchedulers schedulers;
    private final Clock clock;

    DashboardAssembler(ActivityQueries activity, LearningQueries learning, CourseQueries courses, SkillSnapshotStore snapshots,
                       TargetQueries targets, AssignmentStore assignments, PlanService plans, ReviewSchedulers schedulers,
                       Clock clock) {
        this.schedulers = schedulers;
        this.activity = activity;
        this.learning = learning;
        this.courses = courses;
        this.snapshots = snapshots;
        this.targets = targets;
        this.assignments = assignments;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * @param reps  the team
     * @param skill the skill whose progression to show; the catalog's first when unknown
     * @param today the viewer's date
     */
    Dashboard assemble(List<RepInfo> reps, String skill, LocalDate today) {
        List<Long> ids = reps.stream().map(RepInfo::id).toList();
        // The metrics need no more than id, name and hire date.
        List<RepInfo> infos = reps.stream().map(r -> new RepInfo(r.id(), r.name(), r.hireDate())).toList();
        List<RepDay> days = activity.since(ids, today.minusDays(7L * Dashboard.WEEKS));
        CatalogView catalog = courses.catalog();
        // Targets scale with the retention each rep's reviews aim at (TargetPolicy); one query for the team.
        TargetPolicy reference = targets.policy();
        Map<Long, Double> retention = new HashMap<>();
        schedulers.forReps(ids).forEach((id, scheduler) -> retention.put(id, scheduler.parameters().desiredRetention()));
        Map<Long, List<SkillTrend>> trends = SkillCarryForward.trends(reps, catalog.skills(), weeklySkills(ids, today), today,
                Dashboard.WEEKS, r -> reference.forRetention(retention.get(r.id())));
        // The team's competency line: at the retention most of its reps aim at (the lower on a tie).
        TargetPolicy policy = reference.forRetention(retention.values().stream()
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<Double, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(TargetPolicy.REFERENCE_RETENTION));
        List<CourseSummary> live = courses.all().stream().filter(c -> !c.retired()).toList();
        Map<String, String> titles = new HashMap<>();
        live.forEach(c -> titles.put(c.id(), c.title()));
        return new Dashboard(reps, catalog.skills(), trends, TeamMetrics.overview(infos, days, today),
                progression(catalog, trends, skill, today), coaching(reps, trends, titles, live), assignments.forReps(ids), live,
                culture(infos, days, ids, titles, today), coverage(catalog, ids, reps.size()), ramp(infos, trends, live, policy, today),
                catalog);
    }

    /** The snapshots of the shown weeks and, for the value carried into the first of them, of the year before. */
    private List<WeeklySkill> weeklySkills(List<Long> ids, LocalDate today) {
        LocalDate firstWeek = monday(today).minusWeeks(Dashboard.WEEKS - 1L);
        return snapshots.since(ids, firstWeek.minusWeeks(52)).stream()
                .map(s -> new WeeklySkill(s.userId(), s.skillId(), s.weekStart(), s.proficiency(), s.target())).toList();
    }

    private static Dashboard.Progression progression(CatalogView catalog, Map<Long, List<SkillTrend>> trends, String requested,
                                                     LocalDate today) {
        if (catalog.skills().isEmpty()) {
            return null;
        }
        String skillId = catalog.skill(requested == null ? "" : requested).map(CatalogView.Entry::id)
                .orElse(catalog.skills().get(0).id());
        SkillProgression progression = SkillProgression.of(trends, skillId, Dashboard.WEEKS);
        LocalDate lastWeek = monday(today);
        List<LocalDate> weeks = IntStream.range(0, Dashboard.WEEKS).mapToObj(i -> lastWeek.minusWeeks(Dashboard.WEEKS - 1L - i)).toList();
        return new Dashboard.Progression(skillId, catalog.name(catalog.skills(), skillId), weeks, progression.averages(),
                progression.target(), catalog.skills());
    }

    /**
     * The reps {@link CoachingChoice} picks from the snapshots, each row from the live skills the
     * plan reads and the next lesson not completed yet (today's, or the one after it when today's is
     * done), with the plan's reason and how that lesson relates to the rep's largest gap.
     */
    private List<Dashboard.Coaching> coaching(List<RepInfo> reps, Map<Long, List<SkillTrend>> trends, Map<String, String> titles,
                                              List<CourseSummary> live) {
        List<RepGap> gaps = CoachingChoice.furthestBelowTarget(reps, trends);
        Map<Long, NextLesson> next = plans.nextLessonsInBatch(gaps.stream().map(g -> g.rep().id()).toList(), clock.instant());
        Map<String, Set<String>> moduleSkills = new HashMap<>();
        live.forEach(c -> moduleSkills.put(c.id(), Set.copyOf(c.skills())));
        return CoachingChoice.rows(gaps, next, moduleSkills).stream().map(r -> {
            PlanItem lesson = r.lesson();
            return new Dashboard.Coaching(r.rep().id(), r.rep().name(), r.skill().skillName(), r.percent(), r.target(),
                    lesson == null ? "" : titles.getOrDefault(lesson.moduleId(), lesson.moduleId()),
                    lesson == null ? next.get(r.rep().id()).note() : lesson.reason(), r.tomorrow(), r.aim());
        }).toList();
    }

    private Dashboard.Culture culture(List<RepInfo> infos, List<RepDay> days, List<Long> ids, Map<String, String> titles,
                                      LocalDate today) {
        List<Completion> completions = learning.completions(ids);
        Instant now = clock.instant();
        // Each module is measured from its own first publication; a window not over yet is "not yet", not 0%.
        List<Dashboard.ReachRow> reach = learning.recentModules(5).stream().map(p -> {
            Reach r = TeamMetrics.reach(p, infos, completions);
            return new Dashboard.ReachRow(titles.getOrDefault(r.moduleId(), r.moduleId()), percent(r.after3()),
                    percent(r.after7()), percent(r.after14()), Math.max(0, Duration.between(p.firstPublishedAt(), now).toDays()));
        }).toList();
        return new Dashboard.Culture(reach, TeamMetrics.spread(infos, completions),
                TeamMetrics.consistency(infos, days, monday(today), 8));
    }

    private Dashboard.Coverage coverage(CatalogView catalog, List<Long> ids, int reps) {
        Map<String, Integer> cells = learning.coverage(ids);
        return new Dashboard.Coverage(catalog.phases(), catalog.personas().stream().map(pe -> new Dashboard.CoverageRow(pe.name(),
                        catalog.phases().stream().map(ph -> reps == 0 ? 0 : cells.getOrDefault(ph.id() + "|" + pe.id(), 0) * 100 / reps)
                                .toList()))
                .toList());
    }

    private Dashboard.Ramp ramp(List<RepInfo> infos, Map<Long, List<SkillTrend>> trends, List<CourseSummary> live,
                                TargetPolicy policy, LocalDate today) {
        Set<String> onboarding = RampSampling.onboardingSkills(courses.tracks(), live);
        if (onboarding.isEmpty()) {
            return null;
        }
        List<SkillSample> samples = RampSampling.samples(trends, onboarding, today);
        double target = RampSampling.competencyTarget(onboarding, policy);
        return new Dashboard.Ramp(TeamMetrics.ramp(infos, samples, onboarding, today, Dashboard.RECENT_HIRE_DAYS),
                TeamMetrics.timeToCompetency(RampSampling.observedFromHire(infos, today, Dashboard.WEEKS), samples, onboarding, target),
                percent(target));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }
}
