package org.clockwise.core.team;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rep of the team being measured.
 *
 * @param repId    the rep
 * @param name     display name
 * @param hireDate first working day, in the rep's zone (required, like {@code assignment.Rep})
 */
public record RepInfo(long repId, String name, LocalDate hireDate) {

    /** Checks that name and hire date are present. */
    public RepInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hireDate, "hireDate");
    }
}
