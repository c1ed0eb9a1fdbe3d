package org.clockwise.web.chart;

import java.util.List;
import java.util.Objects;

/**
 * A line chart over categorical x ticks (e.g. weeks).
 *
 * @param title      accessible name ({@code <title>}); the page shows its own heading
 * @param xLabel     x axis label
 * @param yLabel     y axis label
 * @param xTicks     one label per x position, left to right
 * @param series     the lines; each has exactly one value per x tick
 * @param targetLine y value of a dashed target line, or {@code null} for none
 * @param yMin       y value at the bottom of the plot
 * @param yMax       y value at the top of the plot; values outside the range are clamped to it
 */
public record LineChart(String title, String xLabel, String yLabel, List<String> xTicks, List<Series> series,
                        Double targetLine, double yMin, double yMax) {

    /** Checks that texts are present, the y range is valid and every series fits the ticks. */
    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        xTicks = List.copyOf(xTicks);
        series = List.copyOf(series);
        Frame.requireRange(yMin, yMax, "y");
        for (Series s : series) {
            if (s.values().size() != xTicks.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + xTicks.size() + " ticks");
            }
        }
    }
}
