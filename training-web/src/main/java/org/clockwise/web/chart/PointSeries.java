package org.clockwise.web.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named set of points of a {@link ScatterChart}.
 *
 * @param name     legend text (escaped on output)
 * @param points   the points, in any order
 * @param cssClass extra class names, or {@code null} (sanitised as in {@link Series})
 */
public record PointSeries(String name, List<Point> points, String cssClass) {

    /** Checks the name and copies the points. */
    public PointSeries {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
    }
}
