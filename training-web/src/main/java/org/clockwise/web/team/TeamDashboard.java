package org.clockwise.web.team;

import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.clockwise.core.team.TeamStampQueries;
import java.util.Collections;
import java.util.LinkedHashMap;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.team.metrics.Completion;
import org.clockwise.core.plan.AssignmentStore;
import org.clockwise.core.team.metrics.RampPoint;
import org.clockwise.core.team.metrics.SkillSample;
import org.clockwise.core.team.metrics.Spread;
import org.clockwise.core.team.LearningQueries;
import org.clockwise.core.team.metrics.TimeToCompetency;
import org.clockwise.core.team.metrics.WeekConsistency;
import org.clockwise.core.skill.TargetPolicy;
import org.clockwise.core.skill.TargetQueries;
import org.clockwise.core.summary.SkillSnapshotStore;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.web.chart.Point;
import org.clockwise.web.chart.PointSeries;
import org.clockwise.web.chart.ScatterChart;
import java.util.HashSet;
import java.util.Set;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.core.team.metrics.RepDay;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.ActivityQueries;
import org.clockwise.core.team.metrics.TeamMetrics;
import org.clockwise.web.chart.LineChart;
import org.clockwise.web.chart.Series;
import org.clockwise.web.chart.SvgCharts;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** Assembles what a manager sees at a glance, from the rollup and each rep's skill report. */
@Singleton
class TeamDashboard {

    static final int WEEKS = 12;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    record Progression(String skillId, String skillName, String svg, List<List<String>> table, List<CatalogView.Entry> skills) {
    }

    /** A rep to coach: their largest gap for their tenure and what the platform gives them next. */
    record Coaching(long repId, String name, String skill, int percent, int target, String nextTitle, String reason) {
    }

    record View(Overview overview, Heatmap heatmap, Progression progression, List<Coaching> coaching,
                List<AssignmentStore.Row> assignments, List<CourseSummary> modules, List<RepInfo> reps,
                Culture culture, Coverage coverage, Ramp ramp) {
    }

    /** How fast new modules reach the team, how evenly learning is spread, how steady it is week to week. */
    record Culture(List<ReachRow> reach, Spread spread, List<WeekConsistency> weeks) {
    }

    record ReachRow(String title, int after3, int after7, int after14) {
    }

    /** Phases × personas: the share of the team that completed a module for each cell. */
    record Coverage(List<CatalogView.Entry> phases, List<CoverageRow> rows) {
    }

    record CoverageRow(String persona, List<Integer> percents) {
    }

    /** New hires' onboarding proficiency by tenure next to earlier hires, and the median time to competency. */
    record Ramp(String svg, TimeToCompetency competency, int targetPercent, int recentHires) {
    }

    private final ActivityQueries activity;
    private final CourseQueries courses;
    private final UserStore users;
    private final Clock clock;
    private final PlanService plans;
    private final AssignmentStore assignments;
    private final LearningQueries learning;
    private final TargetQueries targets;
    private final SkillSnapshotStore snapshots;

    private final TeamStampQueries stamps;
    private final int cacheSize;
    private final Map<CacheKey, Cached> cache;

    TeamDashboard(ActivityQueries activity, CourseQueries courses, UserStore users, Clock clock,
                  PlanService plans, AssignmentStore assignments, LearningQueries learning, TargetQueries targets,
                  SkillSnapshotStore snapshots, TeamStampQueries stamps,
                  @Value("${clockwise.team.dashboard-cache-size:256}") int cacheSize) {
        this.stamps = stamps;
        this.cacheSize = cacheSize;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, Cached> eldest) {
                return size() > cacheSize;
            }
        });
        this.snapshots = snapshots;
        this.plans = plans;
        this.learning = learning;
        this.targets = targets;
        this.assignments = assignments;
        this.activity = activity;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The dashboard of these reps as the viewer sees it today. A dashboard computed earlier for the
     * same reps, sort, skill and day is served again while the {@link TeamStampQueries} of its inputs is
     * unchanged; any answer, review, plan, assignment or publication moves the stamp, so a cached
     * dashboard is never stale, it just is not recomputed when nothing changed.
     */
    View view(long viewerId, List<RepInfo> reps, String sort, String skill) {
        LocalDate today = LocalDate.now(clock.withZone(users.findById(viewerId).orElseThrow().zone()));
        if (cacheSize <= 0) {
            return compute(reps, sort, skill, today);
        }
        List<Long> repIds = reps.stream().map(RepInfo::id).toList();
        // Read before computing: a change that lands meanwhile moves the stamp, and the next request recomputes.
        String stamp = stamps.of(repIds, today.minusDays(7L * WEEKS), today);
        // Requests that differ only in nonsense parameters share an entry; the quarter hour bounds how long the
        // coaching column may lag behind a rep's own local midnight (zones differ by quarter hours at most).
        CacheKey key = new CacheKey(reps, sort != null && SORT.matcher(sort).matches() ? sort : "rep",
                skill != null && SKILL.matcher(skill).matches() ? skill : null, today,
                clock.instant().getEpochSecond() / 900);
        Cached hit = cache.get(key);
        if (hit != null && hit.stamp().equals(stamp)) {
            return hit.view();
        }
        View view = compute(reps, sort, skill, today);
        cache.put(key, new Cached(stamp, view));
        return view;
    }

    private static final java.util.regex.Pattern SORT = java.util.regex.Pattern.compile("rep|skill:[a-z0-9-]{1,64}");
    private static final java.util.regex.Pattern SKILL = java.util.regex.Pattern.compile("[a-z0-9-]{1,64}");

    private record CacheKey(List<RepInfo> reps, String sort, String skill, LocalDate today, long quarterHour) {
    }

    private record Cached(String stamp, View view) {
    }

    private View compute(List<RepInfo> reps, String sort, String skill, LocalDate today) {
        List<RepInfo> infos = reps.stream().map(r -> new RepInfo(r.id(), r.name(), r.hireDate())).toList();
        List<RepDay> days = activity.since(reps.stream().map(RepInfo::id).toList(), today.minusDays(7L * WEEKS)).stream()
                .map(d -> new RepDay(d.repId(), d.day(), d.lessons(), d.reviews(), d.seconds(), d.planCompleted())).toList();
        CatalogView catalog = courses.catalog();
        Map<Long, List<SkillReport.SkillLine>> lines = lines(reps, catalog, today);
        List<Long> ids = reps.stream().map(RepInfo::id).toList();
        List<CourseSummary> live = courses.all().stream().filter(c -> !c.retired()).toList();
        return new View(TeamMetrics.overview(infos, days, today), Heatmap.of(reps, lines, catalog, sort),
                progression(catalog, lines, skill, today), coaching(reps, lines, live), assignments.forReps(ids), live, reps,
                culture(infos, days, ids, live, today), coverage(catalog, ids, reps.size()), ramp(infos, lines, live, today));
    }

    private Culture culture(List<RepInfo> infos, List<RepDay> days, List<Long> ids, List<CourseSummary> live, LocalDate today) {
        List<Completion> completions = learning.completions(ids);
        Map<String, String> titles = new HashMap<>();
        live.forEach(c -> titles.put(c.id(), c.title()));
        List<ReachRow> reach = learning.recentModules(5).stream().map(p -> TeamMetrics.reach(p, infos, completions))
                .map(r -> new ReachRow(titles.getOrDefault(r.moduleId(), r.moduleId()), pct(r.after3()), pct(r.after7()), pct(r.after14())))
                .toList();
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Culture(reach, TeamMetrics.spread(infos, completions), TeamMetrics.consistency(infos, days, lastWeek, 8));
    }

    private Coverage coverage(CatalogView catalog, List<Long> ids, int reps) {
        Map<String, Integer> cells = learning.coverage(ids);
        return new Coverage(catalog.phases(), catalog.personas().stream().map(pe -> new CoverageRow(pe.name(),
                catalog.phases().stream().map(ph -> reps == 0 ? 0 : cells.getOrDefault(ph.id() + "|" + pe.id(), 0) * 100 / reps).toList()))
                .toList());
    }

    private Ramp ramp(List<RepInfo> infos, Map<Long, List<SkillReport.SkillLine>> lines, List<CourseSummary> live, LocalDate today) {
        String firstTrack = courses.tracks().stream().findFirst().map(TrackInfo::id).orElse(null);
        Set<String> onboarding = new HashSet<>();
        live.stream().filter(c -> firstTrack != null && firstTrack.equals(c.track())).forEach(c -> onboarding.addAll(c.skills()));
        if (onboarding.isEmpty()) {
            return null;
        }
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<SkillSample> samples = new ArrayList<>();
        lines.forEach((repId, skillLines) -> skillLines.stream().filter(l -> onboarding.contains(l.id())).forEach(l -> {
            for (int i = 0; i < l.trend().size(); i++) {
                samples.add(new SkillSample(repId, lastWeek.minusWeeks(l.trend().size() - 1L - i), l.id(), l.trend().get(i) / 100.0));
            }
        }));
        TargetPolicy policy = targets.policy();
        double target = onboarding.stream().mapToDouble(s -> policy.target(s, 30)).average().orElse(0.5);
        List<RampPoint> points = TeamMetrics.ramp(infos, samples, onboarding, today, 180);
        Map<Long, String> names = new HashMap<>();
        infos.forEach(i -> names.put(i.id(), i.name()));
        List<PointSeries> series = new ArrayList<>();
        Map<Long, List<Point>> byRep = new java.util.LinkedHashMap<>();
        points.forEach(p -> byRep.computeIfAbsent(p.repId(), k -> new ArrayList<>()).add(new Point(p.tenureDays(), p.proficiency() * 100)));
        int n = 0;
        for (Map.Entry<Long, List<Point>> e : byRep.entrySet()) {
            series.add(new PointSeries(names.get(e.getKey()), e.getValue(), "series-" + (n++ % 8)));
        }
        List<Point> baseline = points.stream().filter(p -> p.earlierHiresMedian() != null)
                .map(p -> new Point(p.tenureDays() / 7 * 7 + 3, p.earlierHiresMedian() * 100)).distinct()
                .sorted(java.util.Comparator.comparingDouble(Point::x)).toList();
        String svg = series.isEmpty() ? null : SvgCharts.scatterChart(new ScatterChart("Onboarding proficiency of recent hires by tenure",
                "Days since hire", "Onboarding proficiency (%)", series,
                baseline.isEmpty() ? null : new PointSeries("Earlier hires, median", baseline, "baseline"), 0, 180, 0, 100));
        // Only reps whose whole tenure lies inside the sampled weeks can say when they reached the target.
        List<RepInfo> observedFromHire = infos.stream().filter(i -> !i.hireDate().isBefore(today.minusWeeks(WEEKS))).toList();
        return new Ramp(svg, TeamMetrics.timeToCompetency(observedFromHire, samples, onboarding, target), pct(target), byRep.size());
    }

    private static int pct(double share) {
        return (int) Math.round(share * 100);
    }

    /**
     * The ten reps furthest below target for their tenure, with the lesson the platform gives them
     * next and why: today's plan if they opened Today, else the plan the rules would make now.
     */
    private List<Coaching> coaching(List<RepInfo> reps, Map<Long, List<SkillReport.SkillLine>> lines,
                                    List<CourseSummary> live) {
        record Gap(RepInfo rep, SkillReport.SkillLine line) {
            int size() {
                return line.targetPercent() - line.percent();
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (RepInfo rep : reps) {
            lines.get(rep.id()).stream()
                    .max(java.util.Comparator.comparingInt((SkillReport.SkillLine l) -> l.targetPercent() - l.percent()))
                    .filter(l -> l.targetPercent() > l.percent())
                    .ifPresent(l -> gaps.add(new Gap(rep, l)));
        }
        gaps.sort(java.util.Comparator.comparingInt(Gap::size).reversed().thenComparing(g -> g.rep().name()));
        List<Gap> top = gaps.subList(0, Math.min(10, gaps.size()));
        Map<Long, PlanItem> next = plans.nextLessons(top.stream().map(g -> g.rep().id()).toList(), clock.instant());
        Map<String, String> titles = new HashMap<>();
        live.forEach(c -> titles.put(c.id(), c.title()));
        return top.stream().map(g -> {
            PlanItem lesson = next.get(g.rep().id());
            return new Coaching(g.rep().id(), g.rep().name(), g.line().name(), g.line().percent(), g.line().targetPercent(),
                    lesson == null ? "" : titles.getOrDefault(lesson.moduleId(), lesson.moduleId()),
                    lesson == null ? "Every module is done; reviews keep it fresh" : lesson.reason());
        }).toList();
    }

    /**
     * Each rep's skills from the weekly snapshots: the latest week is "now", and a week without a
     * row carries the previous week's value forward (nothing was answered that week).
     */
    private Map<Long, List<SkillReport.SkillLine>> lines(List<RepInfo> reps, CatalogView catalog, LocalDate today) {
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = lastWeek.minusWeeks(WEEKS - 1L);
        Map<String, SkillSnapshotStore.Snapshot> latestBefore = new HashMap<>();
        Map<String, Map<LocalDate, SkillSnapshotStore.Snapshot>> byKey = new HashMap<>();
        for (SkillSnapshotStore.Snapshot s : snapshots.since(reps.stream().map(RepInfo::id).toList(), firstWeek.minusWeeks(52))) {
            String key = s.userId() + "|" + s.skillId();
            if (s.weekStart().isBefore(firstWeek)) {
                latestBefore.merge(key, s, (a, b) -> a.weekStart().isAfter(b.weekStart()) ? a : b);
            } else {
                byKey.computeIfAbsent(key, k -> new HashMap<>()).put(s.weekStart(), s);
            }
        }
        Map<Long, List<SkillReport.SkillLine>> lines = new HashMap<>();
        for (RepInfo rep : reps) {
            List<SkillReport.SkillLine> repLines = new ArrayList<>();
            for (CatalogView.Entry skill : catalog.skills()) {
                String key = rep.id() + "|" + skill.id();
                SkillSnapshotStore.Snapshot current = latestBefore.get(key);
                Map<LocalDate, SkillSnapshotStore.Snapshot> weeks = byKey.getOrDefault(key, Map.of());
                List<Integer> trend = new ArrayList<>();
                for (int w = 0; w < WEEKS; w++) {
                    current = weeks.getOrDefault(firstWeek.plusWeeks(w), current);
                    trend.add(current == null ? 0 : pct(current.proficiency()));
                }
                int target = current == null ? pct(targets.policy().target(skill.id(),
                        org.clockwise.core.people.Rep.tenureDays(rep.hireDate(), today))) : pct(current.target());
                repLines.add(new SkillReport.SkillLine(skill.id(), skill.name(), trend.get(WEEKS - 1), target, trend));
            }
            lines.put(rep.id(), repLines);
        }
        return lines;
    }

    /** One skill's team average per week for the last weeks, with the team's average target. */
    private Progression progression(CatalogView catalog, Map<Long, List<SkillReport.SkillLine>> lines, String requested, LocalDate today) {
        if (catalog.skills().isEmpty()) {
            return null;
        }
        String skillId = catalog.skill(requested == null ? "" : requested).map(CatalogView.Entry::id)
                .orElse(catalog.skills().get(0).id());
        List<SkillReport.SkillLine> perRep = lines.values().stream()
                .flatMap(List::stream).filter(l -> l.id().equals(skillId)).toList();
        List<Double> averages = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            int week = w;
            averages.add(perRep.isEmpty() ? null
                    : perRep.stream().mapToInt(l -> l.trend().size() > week ? l.trend().get(week) : 0).average().orElse(0));
        }
        Double target = perRep.isEmpty() ? null : perRep.stream().mapToInt(SkillReport.SkillLine::targetPercent).average().orElse(0);
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> ticks = IntStream.range(0, WEEKS).mapToObj(i -> WEEK.format(lastWeek.minusWeeks(WEEKS - 1L - i))).toList();
        String name = catalog.name(catalog.skills(), skillId);
        LineChart chart = new LineChart(name + ": team average by week", "Week starting", "Proficiency (%)", ticks,
                List.of(new Series("Team average", averages, "series-0")), target, 0, 100);
        return new Progression(skillId, name, SvgCharts.lineChart(chart), SvgCharts.tableRows(chart), catalog.skills());
    }
}
