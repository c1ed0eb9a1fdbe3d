package org.clockwise.core.assignment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The rep a plan is for.
 *
 * @param id       rep id
 * @param hireDate first working day, in the rep's zone
 * @param zone     the rep's time zone: decides which local day "today" is
 */
public record Rep(long id, LocalDate hireDate, ZoneId zone) {

    /** Checks that hire date and zone are present. */
    public Rep {
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(zone, "zone");
    }
}
