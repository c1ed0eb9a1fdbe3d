package org.clockwise.web.team;

import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.metrics.RampPoint;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.web.chart.LineChart;
import org.clockwise.web.chart.Point;
import org.clockwise.web.chart.PointSeries;
import org.clockwise.web.chart.ScatterChart;
import org.clockwise.web.chart.Series;
import org.clockwise.web.chart.SvgCharts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws the dashboard's charts from its numbers. */
final class DashboardCharts {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DashboardCharts() {
    }

    /** The progression as a line chart: the team average per week against the average target. */
    static LineChart progressionChart(Dashboard.Progression progression) {
        List<String> ticks = progression.weeks().stream().map(WEEK::format).toList();
        return new LineChart(progression.skillName() + ": team average by week", "Week starting", "Proficiency (%)", ticks,
                List.of(new Series("Team average", progression.averages(), "series-0")), progression.target(), 0, 100);
    }

    /** The progression section, or {@code null} when there is none. */
    static DashboardPage.Progression progression(Dashboard.Progression progression) {
        if (progression == null) {
            return null;
        }
        // The page shows whole percentages ("63%"); the downloads keep the exact averages.
        List<Double> rounded = progression.averages().stream().map(v -> v == null ? null : (double) Math.round(v)).toList();
        Double target = progression.target() == null ? null : (double) Math.round(progression.target());
        LineChart chart = progressionChart(new Dashboard.Progression(progression.skillId(), progression.skillName(),
                progression.weeks(), rounded, target, progression.skills()));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> exact = SvgCharts.tableRows(chart);
        rows.add(exact.get(0));
        exact.subList(1, exact.size()).forEach(r -> {
            List<String> row = new ArrayList<>(List.of(r.get(0)));
            r.subList(1, r.size()).forEach(v -> row.add(v.isEmpty() ? v : v + "%"));
            rows.add(row);
        });
        return new DashboardPage.Progression(progression.skillId(), progression.skillName(), SvgCharts.lineChart(chart),
                rows, progression.skills());
    }

    /**
     * The ramp-up section, or {@code null} when there is none: one colour per recent hire, and the
     * earlier hires' median drawn through the middle of each tenure week.
     */
    static DashboardPage.Ramp ramp(Dashboard.Ramp ramp, List<RepInfo> reps) {
        if (ramp == null) {
            return null;
        }
        Map<Long, String> names = new HashMap<>();
        reps.forEach(r -> names.put(r.id(), r.name()));
        Map<Long, List<Point>> byRep = new LinkedHashMap<>();
        for (RampPoint p : ramp.points()) {
            byRep.computeIfAbsent(p.repId(), k -> new ArrayList<>()).add(new Point(p.tenureDays(), p.proficiency() * 100));
        }
        List<PointSeries> series = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Long, List<Point>> e : byRep.entrySet()) {
            series.add(new PointSeries(names.getOrDefault(e.getKey(), ""), e.getValue(), "series-" + (n++ % 8)));
        }
        List<Point> baseline = ramp.points().stream().filter(p -> p.earlierHiresMedian() != null)
                .map(p -> new Point(p.tenureDays() / 7 * 7 + 3, p.earlierHiresMedian() * 100)).distinct()
                .sorted(Comparator.comparingDouble(Point::x)).toList();
        String svg = series.isEmpty() ? null : SvgCharts.scatterChart(new ScatterChart("Onboarding proficiency of recent hires by tenure",
                "Days since hire", "Onboarding proficiency (%)", series,
                baseline.isEmpty() ? null : new PointSeries("Earlier hires, median", baseline, "baseline"),
                0, Dashboard.RECENT_HIRE_DAYS, 0, 100));
        return new DashboardPage.Ramp(svg, ramp.competency(), ramp.targetPercent(), byRep.size());
    }
}
