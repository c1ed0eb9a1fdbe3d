package org.clockwise.core.roster;

import org.clockwise.core.people.Role;
import org.clockwise.core.roster.RosterPlan.Added;
import org.clockwise.core.roster.RosterPlan.Changed;
import org.clockwise.core.roster.RosterPlan.Deactivated;
import org.clockwise.core.roster.RosterPlan.FieldChange;
import org.clockwise.core.roster.RosterPlan.Wanted;
import org.clockwise.core.roster.RosterSnapshot.Person;
import org.clockwise.core.roster.RosterSnapshot.TeamNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules that need the whole file and the organisation as it is: the team tree a file
 * describes, addresses of other organisations, the admin who runs the import, and the plan
 * itself (an upsert keyed on the address, compared without regard to case).
 *
 * <p>Team paths name teams from the top, so {@code East / Strategic Accounts} and
 * {@code West / Strategic Accounts} are two teams. A name above other teams (an inner name) must
 * sit in one place only: {@code Sales / EMEA / Benelux} beside {@code EMEA / France} puts EMEA
 * under two parents, and {@code A / B} beside {@code B / A / C} is a loop; both are problems.
 */
public final class RosterPolicy {

    /**
     * @param deactivateMissing deactivate active people of the organisation that the file leaves out
     * @param actingUserId      the admin running the import from the browser ({@code null} on the command line)
     */
    public record Options(boolean deactivateMissing, Long actingUserId) {
    }

    /** Either problems (nothing may be written) or the plan. */
    public record Verdict(List<RosterProblem> problems, RosterPlan plan) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    private RosterPolicy() {
    }

    public static Verdict check(RosterParser.Parsed parsed, RosterSnapshot org, Options options, LocalDate today) {
        List<RosterProblem> problems = new ArrayList<>(parsed.problems());
        teamTree(parsed.rows(), org.teams(), problems);
        Map<String, Person> byEmail = new HashMap<>();
        org.people().forEach(p -> byEmail.put(p.email().toLowerCase(Locale.ROOT), p));
        Set<String> inFile = new HashSet<>();
        for (RosterRow row : parsed.rows()) {
            String key = row.email().toLowerCase(Locale.ROOT);
            inFile.add(key);
            if (org.emailsElsewhere().contains(key)) {
                problems.add(new RosterProblem(row.line(), "email", row.email() + " already belongs to an account of another organisation"));
            }
            Person existing = byEmail.get(key);
            if (!row.active() && existing != null && Objects.equals(existing.id(), options.actingUserId())) {
                problems.add(new RosterProblem(row.line(), "active", "this would deactivate you, the admin running the import"));
            }
        }
        if (options.deactivateMissing() && options.actingUserId() != null) {
            org.people().stream().filter(p -> p.id() == options.actingUserId() && p.active()
                            && !inFile.contains(p.email().toLowerCase(Locale.ROOT)))
                    .forEach(p -> problems.add(new RosterProblem(1, "email", "you (" + p.email()
                            + ") are not in the file, so deactivating people missing from it would deactivate you, the admin running the import")));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            return new Verdict(List.copyOf(problems), null);
        }
        return new Verdict(List.of(), plan(parsed.rows(), org, options, today, byEmail, inFile));
    }

    private static RosterPlan plan(List<RosterRow> rows, RosterSnapshot org, Options options, LocalDate today,
                                   Map<String, Person> byEmail, Set<String> inFile) {
        Map<Long, TeamPath> paths = paths(org.teams());
        List<Added> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (RosterRow row : rows) {
            Person existing = byEmail.get(row.email().toLowerCase(Locale.ROOT));
            LocalDate hireDate = row.hireDate() != null ? row.hireDate() : existing != null ? existing.hireDate() : today;
            Wanted wanted = new Wanted(row.email(), row.name(), hireDate, row.timeZone() != null ? row.timeZone() : org.defaultTimeZone(),
                    row.roles(), row.team(), row.manages(), row.active());
            if (existing == null) {
                added.add(new Added(row.line(), wanted));
                continue;
            }
            List<FieldChange> changes = changes(existing, wanted, paths);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Changed(row.line(), existing.id(), wanted, changes));
            }
        }
        List<Deactivated> deactivated = !options.deactivateMissing() ? List.of() : org.people().stream()
                .filter(p -> p.active() && !inFile.contains(p.email().toLowerCase(Locale.ROOT)))
                .map(p -> new Deactivated(p.id(), p.email(), p.name())).toList();
        Set<String> known = paths.values().stream().map(TeamPath::key).collect(Collectors.toSet());
        Map<String, TeamPath> newTeams = new TreeMap<>();
        rows.stream().flatMap(r -> Stream.concat(Stream.ofNullable(r.team()), r.manages().stream())).forEach(path -> {
            for (TeamPath p = path; p != null && !known.contains(p.key()); p = p.parent()) {
                newTeams.putIfAbsent(p.key(), p); // keys sort a parent before its children
            }
        });
        return new RosterPlan(added, changed, unchanged, deactivated, List.copyOf(newTeams.values()));
    }

    private static List<FieldChange> changes(Person p, Wanted w, Map<Long, TeamPath> paths) {
        List<FieldChange> changes = new ArrayList<>();
        diff(changes, "email", p.email(), w.email());
        diff(changes, "name", p.name(), w.name());
        diff(changes, "roles", roles(p.roles()), roles(w.roles()));
        TeamPath team = p.teamId() == null ? null : paths.get(p.teamId());
        if (!Objects.equals(key(team), key(w.team()))) {
            changes.add(new FieldChange("team", text(team), text(w.team())));
        }
        List<TeamPath> managed = p.managedTeamIds().stream().map(paths::get).filter(Objects::nonNull)
                .sorted((a, b) -> a.key().compareTo(b.key())).toList();
        if (!managed.stream().map(TeamPath::key).toList().equals(w.manages().stream().map(TeamPath::key).toList())) {
            changes.add(new FieldChange("manages", manages(managed), manages(w.manages())));
        }
        diff(changes, "hire_date", p.hireDate().toString(), w.hireDate().toString());
        diff(changes, "time_zone", p.timeZone(), w.timeZone());
        diff(changes, "active", Boolean.toString(p.active()), Boolean.toString(w.active()));
        return changes;
    }

    private static void diff(List<FieldChange> changes, String field, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(";"));
    }

    private static String manages(List<TeamPath> paths) {
        return paths.stream().map(TeamPath::toString).collect(Collectors.joining("; "));
    }

    private static String key(TeamPath path) {
        return path == null ? null : path.key();
    }

    private static String text(TeamPath path) {
        return path == null ? "" : path.toString();
    }

    /** Each team's path from the top. */
    static Map<Long, TeamPath> paths(List<TeamNode> teams) {
        Map<Long, TeamNode> byId = new HashMap<>();
        teams.forEach(t -> byId.put(t.id(), t));
        Map<Long, TeamPath> paths = new HashMap<>();
        for (TeamNode team : teams) {
            List<String> parts = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (TeamNode t = team; t != null && seen.add(t.id()); t = t.parentId() == null ? null : byId.get(t.parentId())) {
                parts.add(0, t.name());
            }
            paths.put(team.id(), new TeamPath(parts));
        }
        return paths;
    }

    /** Loops and inner names under two parents, in the file and against the existing tree. */
    private static void teamTree(List<RosterRow> rows, List<TeamNode> existing, List<RosterProblem> problems) {
        Map<String, Map<String, String>> parentsOf = new HashMap<>(); // inner name -> parent name -> where
        Map<String, String> shown = new HashMap<>();
        for (TeamPath path : paths(existing).values()) {
            for (int i = 0; i < path.parts().size(); i++) {
                String name = TeamPath.nameKey(path.parts().get(i));
                String parent = i == 0 ? "" : TeamPath.nameKey(path.parts().get(i - 1));
                parentsOf.computeIfAbsent(name, k -> new LinkedHashMap<>()).putIfAbsent(parent, "in the team tree");
                shown.putIfAbsent(name, path.parts().get(i));
            }
        }
        Map<String, Set<String>> below = new HashMap<>(); // name -> names directly below it in the file
        Set<String> reported = new HashSet<>();
        for (RosterRow row : rows) {
            List<TeamPath> paths = new ArrayList<>(row.manages());
            if (row.team() != null) {
                paths.add(0, row.team());
            }
            for (TeamPath path : paths) {
                String column = path == row.team() ? "team" : "manages";
                List<String> names = path.parts().stream().map(TeamPath::nameKey).toList();
                if (new HashSet<>(names).size() < names.size()) {
                    problems.add(new RosterProblem(row.line(), column, "\"" + path + "\" puts a team inside itself (a loop)"));
                    continue;
                }
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    String parent = i == 0 ? "" : names.get(i - 1);
                    shown.putIfAbsent(name, path.parts().get(i));
                    if (i > 0 && reaches(below, name, parent) && reported.add("loop:" + name + "/" + parent)) {
                        problems.add(new RosterProblem(row.line(), column, "\"" + path + "\" puts " + path.parts().get(i)
                                + " under " + path.parts().get(i - 1) + ", but the file puts " + path.parts().get(i - 1)
                                + " under " + path.parts().get(i) + " elsewhere (a loop)"));
                    }
                    if (i > 0) {
                        below.computeIfAbsent(parent, k -> new HashSet<>()).add(name);
                    }
                    if (i < names.size() - 1) {
                        Map<String, String> parents = parentsOf.computeIfAbsent(name, k -> new LinkedHashMap<>());
                        parents.putIfAbsent(parent, "on line " + row.line());
                        if (parents.size() > 1 && reported.add("parents:" + name)) {
                            List<String> where = parents.entrySet().stream()
                                    .map(e -> (e.getKey().isEmpty() ? "at the top" : "under " + shown.getOrDefault(e.getKey(), e.getKey()))
                                            + " " + e.getValue()).toList();
                            problems.add(new RosterProblem(row.line(), column, "team " + path.parts().get(i)
                                    + " is placed under two different parents: " + String.join(" and ", where)));
                        }
                    }
                }
            }
        }
    }

    private static boolean reaches(Map<String, Set<String>> below, String from, String to) {
        List<String> todo = new ArrayList<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            if (name.equals(to)) {
                return true;
            }
            if (seen.add(name)) {
                todo.addAll(below.getOrDefault(name, Set.of()));
            }
        }
        return false;
    }
}
