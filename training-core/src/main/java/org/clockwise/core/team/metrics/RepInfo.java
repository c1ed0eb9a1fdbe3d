package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A rep of the team being measured, as team pages list them.
 *
 * @param id       the rep
 * @param name     display name
 * @param hireDate first working day, in the rep's zone (required, like {@code people.Rep})
 * @param email    sign-in address ("" when not known)
 * @param zone     the rep's time zone
 * @param team     the name of the rep's team ("" when not known)
 */
public record RepInfo(long id, String name, LocalDate hireDate, String email, ZoneId zone, String team) {

    /** Checks that name, hire date and zone are present. */
    public RepInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(zone, "zone");
        email = email == null ? "" : email;
        team = team == null ? "" : team;
    }

    /** A rep known only by id, name and hire date: all the metrics need. */
    public RepInfo(long id, String name, LocalDate hireDate) {
        this(id, name, hireDate, "", ZoneId.of("UTC"), "");
    }
}
