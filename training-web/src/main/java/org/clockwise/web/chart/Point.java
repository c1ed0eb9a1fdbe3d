package org.clockwise.web.chart;

/**
 * A point of a {@link ScatterChart}; a non-finite coordinate makes it skipped.
 *
 * @param x x value, e.g. days since hire
 * @param y y value, e.g. proficiency
 */
public record Point(double x, double y) {
}
