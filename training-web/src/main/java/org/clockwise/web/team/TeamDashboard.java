package org.clockwise.web.team;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.assignment.PlanService;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.team.ManagerAssignments;
import org.clockwise.core.people.UserRepository;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.Overview;
import org.clockwise.core.team.RepDay;
import org.clockwise.core.team.RepInfo;
import org.clockwise.core.team.TeamAccess;
import org.clockwise.core.team.TeamActivity;
import org.clockwise.core.team.TeamMetrics;
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
        public int gap() {
            return target - percent;
        }
    }

    record View(Overview overview, Heatmap heatmap, Progression progression, List<Coaching> coaching,
                List<ManagerAssignments.Row> assignments, List<CourseSummary> modules, List<TeamAccess.TeamRep> reps) {
    }

    private final TeamAccess access;
    private final TeamActivity activity;
    private final SkillReport skills;
    private final CourseQueries courses;
    private final UserRepository users;
    private final Clock clock;
    private final PlanService plans;
    private final ManagerAssignments assignments;

    TeamDashboard(TeamAccess access, TeamActivity activity, SkillReport skills, CourseQueries courses, UserRepository users, Clock clock,
                  PlanService plans, ManagerAssignments assignments) {
        this.plans = plans;
        this.assignments = assignments;
        this.access = access;
        this.activity = activity;
        this.skills = skills;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    View view(long viewerId, boolean admin, String sort, String skill) {
        List<TeamAccess.TeamRep> reps = access.visibleReps(viewerId, admin);
        LocalDate today = LocalDate.now(clock.withZone(users.findById(viewerId).orElseThrow().zone()));
        List<RepInfo> infos = reps.stream().map(r -> new RepInfo(r.id(), r.name(), r.hireDate())).toList();
        List<RepDay> days = activity.since(reps.stream().map(TeamAccess.TeamRep::id).toList(), today.minusDays(7L * WEEKS)).stream()
                .map(d -> new RepDay(d.repId(), d.day(), d.lessons(), d.reviews(), d.seconds(), d.planCompleted())).toList();
        Map<Long, List<SkillReport.SkillLine>> lines = new HashMap<>();
        reps.forEach(r -> lines.put(r.id(), skills.skills(r.id(), WEEKS)));
        CatalogView catalog = courses.catalog();
        List<Long> ids = reps.stream().map(TeamAccess.TeamRep::id).toList();
        return new View(TeamMetrics.overview(infos, days, today), Heatmap.of(reps, lines, catalog, sort),
                progression(catalog, lines, skill, today), coaching(reps, lines), assignments.forReps(ids),
                courses.all().stream().filter(c -> !c.retired()).toList(), reps);
    }

    /** The ten reps furthest below target, with the lesson the platform assigns them next and why. */
    private List<Coaching> coaching(List<TeamAccess.TeamRep> reps, Map<Long, List<SkillReport.SkillLine>> lines) {
        List<Coaching> list = new ArrayList<>();
        for (TeamAccess.TeamRep rep : reps) {
            lines.get(rep.id()).stream()
                    .max(java.util.Comparator.comparingInt((SkillReport.SkillLine l) -> l.targetPercent() - l.percent()))
                    .filter(l -> l.targetPercent() > l.percent())
                    .ifPresent(l -> {
                        PlanService.Line next = plans.today(rep.id()).lesson();
                        list.add(new Coaching(rep.id(), rep.name(), l.name(), l.percent(), l.targetPercent(),
                                next == null ? "" : next.title(), next == null ? "" : next.item().reason()));
                    });
        }
        list.sort(java.util.Comparator.comparingInt(Coaching::gap).reversed().thenComparing(Coaching::name));
        return list.subList(0, Math.min(10, list.size()));
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
