package org.clockwise.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders charts as inline SVG strings for server-side pages: no JavaScript, no {@code style}
 * attributes (the Content-Security-Policy forbids inline styles), every text XML-escaped.
 *
 * <p>Class names for the stylesheet: {@code chart}, {@code chart-line-chart} / {@code chart-scatter-chart}
 * on the root; {@code chart-legend}, {@code chart-swatch}, {@code chart-legend-label};
 * {@code chart-axes}, {@code chart-axis}, {@code chart-grid}, {@code chart-tick},
 * {@code chart-tick-label}, {@code chart-axis-label}; per series {@code chart-series},
 * {@code chart-line} or {@code chart-point}, {@code series-N} (N from 0) and the series' own classes;
 * {@code chart-target}, {@code chart-target-label}; {@code chart-baseline}. Elements also carry
 * presentation attributes (stroke, fill) so a chart is legible before any stylesheet applies.
 *
 * <p>Stateless and thread-safe.
 */
public final class SvgCharts {

    /** At most this many x tick labels, so weekly labels over a year do not overlap. */
    private static final int MAX_X_LABELS = 8;

    private SvgCharts() {
    }

    /**
     * A line chart: one polyline per run of consecutive values of each series ({@code null} or
     * non-finite values break the line; a lone value between gaps is drawn as a dot), the optional
     * target as a dashed labelled line, a legend, labelled axes and round y ticks.
     *
     * @param chart the chart
     * @return a complete {@code <svg>} element with {@code <title>} and a one-sentence {@code <desc>}
     */
    public static String lineChart(LineChart chart) {
        List<Frame.Entry> entries = new ArrayList<>();
        for (int i = 0; i < chart.series().size(); i++) {
            Series s = chart.series().get(i);
            entries.add(new Frame.Entry(s.name(), seriesClass(i, s.cssClass()), color(i), true));
        }
        Frame frame = new Frame(entries, chart.yMin(), chart.yMax());
        StringBuilder out = new StringBuilder(4096);
        Svg.open(out, "chart-line-chart", chart.title(), lineDesc(chart));
        frame.legend(out);
        int n = chart.xTicks().size();
        int step = Math.max(1, (n + MAX_X_LABELS - 1) / MAX_X_LABELS);
        List<Frame.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ticks.add(new Frame.Tick(xAt(i, n), i % step == 0 ? chart.xTicks().get(i) : null));
        }
        frame.axes(out, chart.xLabel(), chart.yLabel(), ticks);
        Double target = chart.targetLine();
        if (target != null && Double.isFinite(target)) {
            // Drawn before the series so that the lines stay on top of it.
            double y = frame.y(target);
            out.append("<g class=\"chart-target\">\n");
            Svg.line(out, "chart-target", Frame.LEFT, y, Frame.RIGHT, y,
                    "stroke=\"currentColor\" stroke-dasharray=\"6 4\"");
            // Labelled at the left end: the latest values, on the right, are what readers look at.
            Svg.text(out, "chart-target-label", Frame.LEFT + 6, y - 5, "start", "", "Target " + Svg.num(target) + (chart.yLabel().contains("(%)") ? "%" : ""));
            out.append("</g>\n");
        }
        for (int i = 0; i < chart.series().size(); i++) {
            Series s = chart.series().get(i);
            String cls = seriesClass(i, s.cssClass());
            out.append("<g class=\"chart-series ").append(cls).append("\">\n");
            List<double[]> run = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Double v = s.values().get(k);
                if (v == null || !Double.isFinite(v)) {
                    Svg.polyline(out, "chart-line " + cls, color(i), run);
                    run = new ArrayList<>();
                } else {
                    run.add(new double[] {xAt(k, n), frame.y(v)});
                }
            }
            Svg.polyline(out, "chart-line " + cls, color(i), run);
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    /**
     * A scatter chart: one dot per finite point, one colour per series, and the optional baseline
     * as a line through its points sorted by x. Both axes get round ticks (0, 10, 20, ...).
     *
     * @param chart the chart
     * @return a complete {@code <svg>} element with {@code <title>} and a one-sentence {@code <desc>}
     */
    public static String scatterChart(ScatterChart chart) {
        List<Frame.Entry> entries = new ArrayList<>();
        for (int i = 0; i < chart.series().size(); i++) {
            PointSeries s = chart.series().get(i);
            entries.add(new Frame.Entry(s.name(), seriesClass(i, s.cssClass()), color(i), false));
        }
        PointSeries baseline = chart.baseline();
        String baselineClass = baseline == null ? "" : "chart-baseline" + Svg.cssClass(baseline.cssClass());
        if (baseline != null) {
            entries.add(new Frame.Entry(baseline.name(), baselineClass, "currentColor", true));
        }
        Frame frame = new Frame(entries, chart.yMin(), chart.yMax());
        StringBuilder out = new StringBuilder(4096);
        Svg.open(out, "chart-scatter-chart", chart.title(), scatterDesc(chart));
        frame.legend(out);
        List<Frame.Tick> ticks = new ArrayList<>();
        for (double v : Frame.niceTicks(chart.xMin(), chart.xMax())) {
            ticks.add(new Frame.Tick(Frame.x(v, chart.xMin(), chart.xMax()), Svg.num(v)));
        }
        frame.axes(out, chart.xLabel(), chart.yLabel(), ticks);
        if (baseline != null) {
            List<double[]> line = finite(baseline.points()).stream().sorted(Comparator.comparingDouble(Point::x))
                    .map(p -> new double[] {Frame.x(p.x(), chart.xMin(), chart.xMax()), frame.y(p.y())}).toList();
            out.append("<g class=\"").append(baselineClass).append("\">\n");
            Svg.polyline(out, "chart-line " + baselineClass, "currentColor", line);
            out.append("</g>\n");
        }
        for (int i = 0; i < chart.series().size(); i++) {
            PointSeries s = chart.series().get(i);
            String cls = seriesClass(i, s.cssClass());
            out.append("<g class=\"chart-series ").append(cls).append("\">\n");
            for (Point p : finite(s.points())) {
                out.append("<circle class=\"chart-point ").append(cls).append("\" cx=\"")
                        .append(Svg.coord(Frame.x(p.x(), chart.xMin(), chart.xMax()))).append("\" cy=\"")
                        .append(Svg.coord(frame.y(p.y()))).append("\" r=\"3.5\" fill=\"").append(color(i)).append("\"/>\n");
            }
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }

    /**
     * The line chart's data as plain-text rows for the page's screen-reader table: the first row is
     * {@code [xLabel, series names...]}, then one row per x tick with the values formatted like the
     * axis (at most two decimals) and {@code ""} for a gap. Not escaped: the page's template does that.
     *
     * @param chart the chart
     * @return header row followed by one row per x tick
     */
    public static List<List<String>> tableRows(LineChart chart) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(chart.xLabel());
        chart.series().forEach(s -> header.add(s.name()));
        rows.add(List.copyOf(header));
        for (int k = 0; k < chart.xTicks().size(); k++) {
            List<String> row = new ArrayList<>();
            row.add(chart.xTicks().get(k));
            for (Series s : chart.series()) {
                Double v = s.values().get(k);
                row.add(v == null ? "" : Svg.num(v));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    private static String lineDesc(LineChart c) {
        List<String> ticks = c.xTicks();
        if (ticks.isEmpty() || c.series().isEmpty()) {
            return "Line chart of " + c.yLabel() + " by " + c.xLabel() + ": no data.";
        }
        String latest = c.series().stream().map(s -> {
            for (int k = ticks.size() - 1; k >= 0; k--) {
                Double v = s.values().get(k);
                if (v != null && Double.isFinite(v)) {
                    return s.name() + " latest " + Svg.num(v) + " at " + ticks.get(k);
                }
            }
            return s.name() + " no data";
        }).collect(Collectors.joining(", "));
        String target = c.targetLine() == null ? "" : "; target " + Svg.num(c.targetLine());
        return "Line chart of " + c.yLabel() + " by " + c.xLabel() + " from " + ticks.get(0) + " to "
                + ticks.get(ticks.size() - 1) + ": " + latest + target + ".";
    }

    private static String scatterDesc(ScatterChart c) {
        long points = c.series().stream().mapToLong(s -> finite(s.points()).size()).sum();
        String names = c.series().stream().map(PointSeries::name).collect(Collectors.joining(", "));
        String line = c.baseline() == null ? "" : "; line: " + c.baseline().name();
        return "Scatter chart of " + c.yLabel() + " against " + c.xLabel() + ": " + points + " points"
                + (names.isEmpty() ? "" : " for " + names) + line + ".";
    }

    private static List<Point> finite(List<Point> points) {
        return points.stream().filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())).toList();
    }

    /** Index positions spread over the plot width; a single position sits in the middle. */
    private static double xAt(int i, int n) {
        return n <= 1 ? (Frame.LEFT + Frame.RIGHT) / 2 : Frame.x(i, 0, n - 1);
    }

    private static String seriesClass(int i, String extra) {
        return "series-" + i + Svg.cssClass(extra);
    }

    private static String color(int i) {
        return Frame.PALETTE[i % Frame.PALETTE.length];
    }
}
