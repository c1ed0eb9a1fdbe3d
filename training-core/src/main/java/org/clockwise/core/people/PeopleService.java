package org.clockwise.core.people;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An admin changes the people and teams of their own organisation: each method checks every id
 * against the admin's organisation ({@link NotInOrganisation} otherwise, so other organisations
 * stay invisible), refuses bad input with {@link InvalidInput} naming the field before writing
 * anything, and writes in one transaction.
 */
@Singleton
public class PeopleService {

    private final PeopleQueries queries;
    private final PeopleStore people;
    private final TeamStore teams;
    private final ApplicationEventPublisher<PersonAdded> added;
    private final ApplicationEventPublisher<PersonDeactivated> deactivated;
    private final ApplicationEventPublisher<RolesChanged> rolesChanged; // issue 13, item 8
    private final Clock clock;

    PeopleService(PeopleQueries queries, PeopleStore people, TeamStore teams, ApplicationEventPublisher<PersonAdded> added,
                  ApplicationEventPublisher<PersonDeactivated> deactivated,
                  ApplicationEventPublisher<RolesChanged> rolesChanged, Clock clock) {
        this.rolesChanged = rolesChanged;
        this.queries = queries;
        this.people = people;
        this.teams = teams;
        this.added = added;
        this.deactivated = deactivated;
        this.clock = clock;
    }

    /** Adds an active person without a password; their invitation goes out with the same commit. */
    @Transactional
    public long add(long adminId, PersonPolicy.Input input) {
        long orgId = org(adminId);
        PersonPolicy.Checked p = check(orgId, null, input);
        long id = people.insert(orgId, new PeopleStore.Details(p.email(), p.name(), p.hireDate(), p.timeZone()));
        people.setRoles(id, p.roles());
        people.setTeam(id, p.teamId());
        people.setManaged(id, p.managedTeamIds());
        added.publishEvent(new PersonAdded(orgId, id, adminId));
        return id;
    }

    /** Rewrites the person's details, roles and teams; {@code active} null leaves it as it is. */
    @Transactional
    public void edit(long adminId, long userId, PersonPolicy.Input input, @Nullable Boolean active) {
        long orgId = org(adminId);
        PeopleQueries.Person before = person(orgId, userId);
        PersonPolicy.Checked p = check(orgId, userId, input);
        if (userId == adminId && !p.roles().contains(Role.ADMIN)) {
            throw InvalidInput.of("roles", "Roles: you cannot remove your own ADMIN role; ask another admin.");
        }
        if (userId == adminId && Boolean.FALSE.equals(active)) {
            throw InvalidInput.of("active", "Active: you cannot deactivate yourself; ask another admin.");
        }
        people.update(orgId, userId, new PeopleStore.Details(p.email(), p.name(), p.hireDate(), p.timeZone()));
        people.setRoles(userId, p.roles());
        people.setTeam(userId, p.teamId());
        people.setManaged(userId, p.managedTeamIds());
        if (active != null && active != before.active()) {
            setActive(orgId, userId, active);
        }
        rolesChanged.publishEvent(new RolesChanged(orgId, userId));
    }

    /** Ends their sessions at once and hides them from plans, nudges and dashboards; deletes nothing. */
    @Transactional
    public void deactivate(long adminId, long userId) {
        long orgId = org(adminId);
        person(orgId, userId);
        if (userId == adminId) {
            throw InvalidInput.of("active", "You cannot deactivate yourself; ask another admin.");
        }
        setActive(orgId, userId, false);
    }

    /** Brings them back with their history, roles and teams as they were. */
    @Transactional
    public void reactivate(long adminId, long userId) {
        long orgId = org(adminId);
        person(orgId, userId);
        setActive(orgId, userId, true);
    }

    private void setActive(long orgId, long userId, boolean active) {
        if (people.setActive(orgId, userId, active, clock.instant()) && !active) {
            deactivated.publishEvent(new PersonDeactivated(orgId, userId));
        }
    }

    /** A new team at the top ({@code parentId} null) or under a team of the organisation. */
    @Transactional
    public long createTeam(long adminId, String name, @Nullable Long parentId) {
        long orgId = org(adminId);
        queries.lockTeamTree(orgId);
        String checked = teamName(name);
        if (parentId != null) {
            team(orgId, parentId);
        }
        siblingFree(orgId, null, parentId, checked);
        return teams.save(new Team(null, orgId, checked, parentId, null)).id();
    }

    @Transactional
    public void renameTeam(long adminId, long teamId, String name) {
        long orgId = org(adminId);
        queries.lockTeamTree(orgId);
        PeopleQueries.TeamNode team = team(orgId, teamId);
        String checked = teamName(name);
        siblingFree(orgId, teamId, team.parentId(), checked);
        teams.rename(teamId, checked);
    }

    /** Puts the team (with its sub-teams) under another team, or at the top; a loop is refused. */
    @Transactional
    public void moveTeam(long adminId, long teamId, @Nullable Long parentId) {
        long orgId = org(adminId);
        queries.lockTeamTree(orgId);
        List<PeopleQueries.TeamNode> tree = queries.teamTree(orgId);
        PeopleQueries.TeamNode team = find(tree, teamId);
        if (parentId != null) {
            PeopleQueries.TeamNode parent = find(tree, parentId);
            if (parentId == teamId || isBelow(tree, parentId, teamId)) {
                throw InvalidInput.of("parent", "Move under: \"" + parent.path() + "\" is " + (parentId == teamId ? "this team itself"
                        : "below \"" + team.name() + "\"") + ", so the move would make a loop; choose a team outside it.");
            }
        }
        if (Objects.equals(team.parentId(), parentId)) {
            return;
        }
        siblingFree(orgId, teamId, parentId, team.name());
        teams.move(teamId, parentId);
    }

    /** The team's managers become exactly these active people with the MANAGER role. */
    @Transactional
    public void setManagers(long adminId, long teamId, Set<Long> managerIds) {
        long orgId = org(adminId);
        team(orgId, teamId);
        Set<Long> allowed = queries.managers(orgId).stream().map(PeopleQueries.Manager::id).collect(Collectors.toSet());
        List<Long> unknown = PersonPolicy.unknown(managerIds, allowed);
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("managers", "Managers: choose active people with the MANAGER role from the list.");
        }
        teams.clearManagers(teamId);
        managerIds.forEach(id -> teams.addManager(teamId, id));
    }

    /** Removes a team that has no members (deactivated included) and no sub-teams. */
    @Transactional
    public void removeTeam(long adminId, long teamId) {
        long orgId = org(adminId);
        queries.lockTeamTree(orgId);
        PeopleQueries.TeamNode team = team(orgId, teamId);
        if (team.subTeams() > 0) {
            throw InvalidInput.of("team", "\"" + team.path() + "\" has " + team.subTeams()
                    + " sub-team(s): move or remove them first.");
        }
        if (team.allMembers() > 0) {
            throw InvalidInput.of("team", "\"" + team.path() + "\" has " + team.allMembers()
                    + " member(s), deactivated people included: move them to another team first.");
        }
        teams.deleteById(teamId);
    }

    private long org(long adminId) {
        return queries.orgOf(adminId).orElseThrow(() -> new NotInOrganisation("admin"));
    }

    private PeopleQueries.Person person(long orgId, long userId) {
        return queries.person(orgId, userId).orElseThrow(() -> new NotInOrganisation("person"));
    }

    private PeopleQueries.TeamNode team(long orgId, long teamId) {
        return queries.team(orgId, teamId).orElseThrow(() -> new NotInOrganisation("team"));
    }

    private static PeopleQueries.TeamNode find(List<PeopleQueries.TeamNode> tree, long teamId) {
        return tree.stream().filter(t -> t.id() == teamId).findFirst().orElseThrow(() -> new NotInOrganisation("team"));
    }

    /** Whether {@code candidate} is somewhere below {@code ancestor}. */
    private static boolean isBelow(List<PeopleQueries.TeamNode> tree, long candidate, long ancestor) {
        Map<Long, Long> parents = new LinkedHashMap<>();
        tree.forEach(t -> parents.put(t.id(), t.parentId()));
        Set<Long> seen = new HashSet<>();
        Long at = parents.get(candidate);
        while (at != null && seen.add(at)) {
            if (at == ancestor) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    private static String teamName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw InvalidInput.of("name", "Team name: enter a name.");
        }
        if (trimmed.length() > 200) {
            throw InvalidInput.of("name", "Team name: at most 200 characters.");
        }
        return trimmed;
    }

    private void siblingFree(long orgId, @Nullable Long teamId, @Nullable Long parentId, String name) {
        boolean taken = queries.teamTree(orgId).stream().anyMatch(t -> !Objects.equals(t.id(), teamId)
                && Objects.equals(t.parentId(), parentId) && t.name().trim().equalsIgnoreCase(name.trim()));
        if (taken) {
            throw InvalidInput.of("name", "Team name: there is already a team called \"" + name + "\" "
                    + (parentId == null ? "at the top" : "in the same place") + ".");
        }
    }

    private PersonPolicy.Checked check(long orgId, @Nullable Long userId, PersonPolicy.Input input) {
        Map<String, String> problems = new LinkedHashMap<>();
        PersonPolicy.Checked p = PersonPolicy.check(input, LocalDate.now(clock), queries.defaultTimeZone(orgId), problems);
        if (!input.email().isEmpty() && !problems.containsKey("email")) {
            queries.emailOwner(input.email()).filter(owner -> !owner.equals(userId)).ifPresent(owner ->
                    problems.put("email", "Email: another person already uses " + input.email() + "."));
        }
        if (p != null) {
            Set<Long> teamIds = queries.teamTree(orgId).stream().map(PeopleQueries.TeamNode::id).collect(Collectors.toSet());
            if (p.teamId() != null && !teamIds.contains(p.teamId())) {
                problems.put("team", "Team: choose a team from the list.");
            }
            if (!PersonPolicy.unknown(p.managedTeamIds(), teamIds).isEmpty()) {
                problems.put("manages", "Manages: choose teams from the list.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return p;
    }
}
