package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rep who has not learned for a while.
 *
 * @param repId      the rep
 * @param name       display name
 * @param lastActive last day with activity, or {@code null} if the rep never had any
 * @param daysQuiet  days since {@code lastActive}, or since the hire date when never active
 */
public record Quiet(long repId, String name, LocalDate lastActive, int daysQuiet) {

    /** Checks that the name is present. */
    public Quiet {
        Objects.requireNonNull(name, "name");
    }
}
