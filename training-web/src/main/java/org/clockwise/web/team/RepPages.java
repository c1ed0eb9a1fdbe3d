package org.clockwise.web.team;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.plan.AssignmentStore;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.web.chart.LineChart;
import org.clockwise.web.chart.Series;
import org.clockwise.web.chart.SvgCharts;
import org.clockwise.web.render.UiText;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The model of {@code team/rep}: plan preview, skills with their trend drawn, quizzes, assignments and the assign form. */
@Singleton
class RepPages {

    /** How many weeks of trend the rep page shows, the current one included. */
    static final int WEEKS = 8;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /**
     * The model of {@code team/rep}.
     *
     * @param skills      each skill with its trend, pre-hire weeks left out
     * @param trendSvg    the average of the skills by week against the average target, or {@code null} before any week
     * @param trendTable  the chart's numbers as rows, header first
     * @param assignments the rep's assignments, newest due date first
     * @param assigned    whether to confirm an assignment just made
     * @param error       why the assign form was refused, or {@code null}
     * @param typed       what the refused form held, or {@code null}
     */
    record RepPage(RepInfo rep, List<SkillReport.SkillLine> skills, String trendSvg, List<List<String>> trendTable,
                   List<HistoryQueries.Row> history, PlanService.Today today, List<AssignmentStore.Row> assignments,
                   List<ModulePicker.Group> moduleGroups, List<CourseSummary> modules, String minDue, boolean assigned,
                   UiText error, DashboardPage.AssignInput typed) {
    }

    private final SkillReport skills;
    private final HistoryQueries history;
    private final PlanService plans;
    private final AssignmentStore assignments;
    private final CourseQueries courses;
    private final Clock clock;

    RepPages(SkillReport skills, HistoryQueries history, PlanService plans, AssignmentStore assignments, CourseQueries courses,
             Clock clock) {
        this.skills = skills;
        this.history = history;
        this.plans = plans;
        this.assignments = assignments;
        this.courses = courses;
        this.clock = clock;
    }

    RepPage page(RepInfo rep, boolean assigned, UiText error, DashboardPage.AssignInput typed) {
        LocalDate today = LocalDate.now(clock.withZone(rep.zone()));
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(lastWeek.minusWeeks(WEEKS - 1L - i));
        }
        // A week that ended before the hire date has no learning to show: it is left out, not drawn as 0%.
        int firstWeek = (int) weeks.stream().filter(w -> w.plusDays(6).isBefore(rep.hireDate())).count();
        List<SkillReport.SkillLine> lines = skills.skills(rep.id(), WEEKS).stream()
                .map(s -> new SkillReport.SkillLine(s.id(), s.name(), s.percent(), s.targetPercent(),
                        s.trend().subList(Math.min(firstWeek, s.trend().size()), s.trend().size())))
                .toList();
        String svg = null;
        List<List<String>> table = List.of();
        if (!lines.isEmpty() && firstWeek < WEEKS) {
            List<String> ticks = weeks.subList(firstWeek, WEEKS).stream().map(WEEK::format).toList();
            List<Double> averages = new ArrayList<>();
            for (int k = 0; k < ticks.size(); k++) {
                int index = k;
                averages.add((double) Math.round(lines.stream().filter(l -> index < l.trend().size())
                        .mapToInt(l -> l.trend().get(index)).average().orElse(0)));
            }
            double target = Math.round(lines.stream().mapToInt(SkillReport.SkillLine::targetPercent).average().orElse(0));
            LineChart chart = new LineChart(rep.name() + ": average proficiency across skills by week", "Week starting",
                    "Proficiency (%)", ticks, List.of(new Series("Average of all skills", averages, "series-0")), target, 0, 100);
            svg = SvgCharts.lineChart(chart);
            table = SvgCharts.tableRows(chart);
        }
        List<CourseSummary> live = courses.all().stream().filter(c -> !c.retired()).toList();
        return new RepPage(rep, lines, svg, table, history.attempts(rep.id(), 20), plans.peek(rep.id()),
                assignments.forReps(List.of(rep.id())), ModulePicker.groups(live, courses.catalog(), ""), live,
                LocalDate.now(clock).toString(), assigned, error, typed);
    }
}
