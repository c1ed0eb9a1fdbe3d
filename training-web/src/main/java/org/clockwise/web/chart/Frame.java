package org.clockwise.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry shared by the charts: a 640 x 320 view box with a legend on top, the plot below it,
 * y ticks on the left and x ticks under the plot.
 */
final class Frame {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final double LEFT = 64;
    static final double RIGHT = 624;
    static final double BOTTOM = 268;
    /** Default series colours (Okabe-Ito, distinguishable with common colour-vision deficiencies). */
    static final String[] PALETTE = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00"};

    private static final double LEGEND_ROW = 18;
    private static final double MIN_PLOT_HEIGHT = 120;
    private static final int LEGEND_NAME_MAX = 32;
    private static final int TICK_INTERVALS = 4;

    /** A legend entry: a short line ({@code line}) or a dot, in the series' classes and colour. */
    record Entry(String name, String cls, String color, boolean line) {
    }

    /** An x tick at view-box position {@code x}; {@code label} is null for an unlabelled tick. */
    record Tick(double x, String label) {
    }

    private final List<Entry> entries;
    private final List<double[]> positions = new ArrayList<>();
    /** Top of the plot area: where {@code yMax} sits. */
    final double top;
    private final double yMin;
    private final double yMax;

    Frame(List<Entry> entries, double yMin, double yMax) {
        this.entries = entries;
        this.yMin = yMin;
        this.yMax = yMax;
        // Flow legend entries left to right and wrap; the plot starts under the last row.
        double x = LEFT;
        int row = 0;
        for (Entry e : entries) {
            double width = 28 + 7 * Math.min(e.name().length(), LEGEND_NAME_MAX) + 16;
            if (x + width > RIGHT && x > LEFT) {
                x = LEFT;
                row++;
            }
            positions.add(new double[] {x, 16 + row * LEGEND_ROW});
            x += width;
        }
        int rows = entries.isEmpty() ? 0 : row + 1;
        // Many series would squeeze the plot to nothing; past this the legend overlaps instead.
        this.top = Math.min(14 + rows * LEGEND_ROW, BOTTOM - MIN_PLOT_HEIGHT);
    }

    static void requireRange(double min, double max, String axis) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException(axis + " range must be finite with max > min, was ["
                    + min + ", " + max + "]");
        }
    }

    /** View-box y of a value; values outside the range are clamped so nothing leaves the plot. */
    double y(double v) {
        double clamped = Math.max(yMin, Math.min(yMax, v));
        return BOTTOM - (clamped - yMin) / (yMax - yMin) * (BOTTOM - top);
    }

    /** View-box x of a value in {@code [min, max]}, clamped. */
    static double x(double v, double min, double max) {
        double clamped = Math.max(min, Math.min(max, v));
        return LEFT + (clamped - min) / (max - min) * (RIGHT - LEFT);
    }

    /**
     * Round tick values within {@code [min, max]}: about four intervals of 1, 2, 2.5 or 5 times a
     * power of ten, so that 0..35 reads 0, 10, 20, 30 rather than 0, 8.75, 17.5, ...
     */
    static List<Double> niceTicks(double min, double max) {
        double raw = (max - min) / TICK_INTERVALS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * magnitude;
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * magnitude >= raw * (1 - 1e-9)) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
            ticks.add(k * step);
        }
        return ticks;
    }

    void legend(StringBuilder out) {
        out.append("<g class=\"chart-legend\">\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            double x = positions.get(i)[0];
            double y = positions.get(i)[1];
            if (e.line()) {
                Svg.line(out, "chart-swatch " + e.cls(), x, y - 4, x + 20, y - 4,
                        "stroke=\"" + e.color() + "\" stroke-width=\"3\"");
            } else {
                out.append("<circle class=\"chart-swatch ").append(e.cls()).append("\" cx=\"").append(Svg.coord(x + 10))
                        .append("\" cy=\"").append(Svg.coord(y - 4)).append("\" r=\"4\" fill=\"").append(e.color())
                        .append("\"/>\n");
            }
            String name = e.name().length() > LEGEND_NAME_MAX
                    ? e.name().substring(0, LEGEND_NAME_MAX - 1) + "\u2026" : e.name();
            Svg.text(out, "chart-legend-label", x + 28, y, "start", "", name);
        }
        out.append("</g>\n");
    }

    void axes(StringBuilder out, String xLabel, String yLabel, List<Tick> xTicks) {
        out.append("<g class=\"chart-axes\">\n");
        for (double v : niceTicks(yMin, yMax)) {
            double y = y(v);
            Svg.line(out, "chart-grid", LEFT, y, RIGHT, y, "stroke=\"currentColor\" stroke-opacity=\"0.15\"");
            Svg.text(out, "chart-tick-label", LEFT - 8, y + 4, "end", "", Svg.num(v));
        }
        Svg.line(out, "chart-axis", LEFT, top, LEFT, BOTTOM, "stroke=\"currentColor\"");
        Svg.line(out, "chart-axis", LEFT, BOTTOM, RIGHT, BOTTOM, "stroke=\"currentColor\"");
        for (Tick t : xTicks) {
            Svg.line(out, "chart-tick", t.x(), BOTTOM, t.x(), BOTTOM + 4, "stroke=\"currentColor\"");
            if (t.label() != null) {
                Svg.text(out, "chart-tick-label", t.x(), BOTTOM + 18, "middle", "", t.label());
            }
        }
        Svg.text(out, "chart-axis-label", (LEFT + RIGHT) / 2, HEIGHT - 8, "middle", "", xLabel);
        // Rotated about the origin: (-(mid), 16) lands at (16, mid), left of the tick labels.
        Svg.text(out, "chart-axis-label", -(top + BOTTOM) / 2, 16, "middle", " transform=\"rotate(-90)\"", yLabel);
        out.append("</g>\n");
    }
}
