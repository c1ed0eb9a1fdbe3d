package org.clockwise.web.chart;

import java.util.List;
import java.util.Objects;

/**
 * A scatter chart with an optional baseline line, e.g. recent hires' ramp-up (x = days since hire,
 * y = proficiency) against earlier hires' median.
 *
 * @param title    accessible name ({@code <title>})
 * @param xLabel   x axis label
 * @param yLabel   y axis label
 * @param series   point sets, one colour each
 * @param baseline drawn as a line through its points sorted by x, or {@code null}
 * @param xMin     x value at the left of the plot
 * @param xMax     x value at the right; values outside the ranges are clamped to them
 * @param yMin     y value at the bottom
 * @param yMax     y value at the top
 */
public record ScatterChart(String title, String xLabel, String yLabel, List<PointSeries> series,
                           PointSeries baseline, double xMin, double xMax, double yMin, double yMax) {

    /** Checks that texts are present and both ranges are valid. */
    public ScatterChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        series = List.copyOf(series);
        Frame.requireRange(xMin, xMax, "x");
        Frame.requireRange(yMin, yMax, "y");
    }
}
