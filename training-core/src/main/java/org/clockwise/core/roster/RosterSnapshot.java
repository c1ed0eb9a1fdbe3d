package org.clockwise.core.roster;

import org.clockwise.core.people.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the organisation holds now, as far as a roster can change it.
 *
 * @param defaultTimeZone  for rows with an empty time zone
 * @param people           everyone in the organisation, active or not
 * @param teams            the team tree
 * @param emailsElsewhere  lower-cased addresses of the file that belong to another organisation
 */
public record RosterSnapshot(String defaultTimeZone, List<Person> people, List<TeamNode> teams, Set<String> emailsElsewhere) {

    public record Person(long id, String email, String name, LocalDate hireDate, String timeZone, boolean active,
                         Set<Role> roles, Long teamId, Set<Long> managedTeamIds) {
    }

    public record TeamNode(long id, String name, Long parentId) {
    }

    /** An organisation that does not exist yet (a dry run before the first import creates it). */
    public static RosterSnapshot empty(Set<String> emailsElsewhere) {
        return new RosterSnapshot("UTC", List.of(), List.of(), emailsElsewhere);
    }

    public RosterSnapshot {
        people = List.copyOf(people);
        teams = List.copyOf(teams);
        emailsElsewhere = Set.copyOf(emailsElsewhere);
    }
}
