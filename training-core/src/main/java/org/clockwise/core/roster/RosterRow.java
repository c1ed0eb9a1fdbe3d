package org.clockwise.core.roster;

import org.clockwise.core.people.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One person as the file states them, already checked on its own.
 *
 * @param line     the physical line the row starts on
 * @param email    as written (trimmed)
 * @param name     as written (trimmed; a leading {@code =} is kept, never evaluated)
 * @param roles    at least one
 * @param team     the team they belong to, or {@code null}
 * @param manages  the teams they manage (only for a MANAGER)
 * @param hireDate {@code null} when empty (allowed when not a REP)
 * @param timeZone {@code null} when empty: the organisation's default
 * @param active   {@code true} when empty
 */
public record RosterRow(int line, String email, String name, Set<Role> roles, TeamPath team, List<TeamPath> manages,
                        LocalDate hireDate, String timeZone, boolean active) {

    /** The same person with the same data, whatever line they are on. */
    boolean sameDataAs(RosterRow other) {
        return email.equalsIgnoreCase(other.email) && name.equals(other.name) && roles.equals(other.roles)
                && Objects.equals(team == null ? null : team.key(), other.team == null ? null : other.team.key())
                && manages.stream().map(TeamPath::key).toList().equals(other.manages.stream().map(TeamPath::key).toList())
                && Objects.equals(hireDate, other.hireDate) && Objects.equals(timeZone, other.timeZone)
                && active == other.active;
    }
}
