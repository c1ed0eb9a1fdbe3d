package org.clockwise.web.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of a {@link LineChart}.
 *
 * @param name     legend and table header text (escaped on output)
 * @param values   one value per x tick; {@code null} (or a non-finite value) is a gap in the line
 * @param cssClass extra class names for the stylesheet, or {@code null}; characters other than
 *                 letters, digits, {@code -}, {@code _} and spaces are dropped
 */
public record Series(String name, List<Double> values, String cssClass) {

    /** Checks name and values and copies the values (nulls allowed, unlike {@code List.copyOf}). */
    public Series {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
    }
}
