package org.clockwise.core.demo;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.OrganisationStore;
import org.clockwise.core.people.PersonAdded;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation a newcomer meets on first start: an admin, an author, two managers with a
 * team each, a sub-team with its own manager and 22 reps hired from last week to
 * three years ago, across time zones; and one rep who starts today and has not yet followed their
 * invitation (the email is in the outbox folder on first start).
 */
@Singleton
public class DemoOrganisation {

    /** Shown on the login page in demo mode; demo accounts only. */
    public static final String PASSWORD = "clockwise-demo";
    public static final String NAME = "Northwind Software (demo)";

    /**
     * bcrypt (cost 12) of {@link #PASSWORD}, made once when it was written, for every demo account (issue 13, first
     * start: hashing at start cost the organisation's thread about a second of CPU while the library was published).
     * The password is published on the sign-in page, so a salt shared by every demo install hides nothing; accounts
     * people make, and passwords they set, are hashed with the configured cost as ever.
     */
    static final String PASSWORD_HASH = "$2a$12$Q87hn7GNtl7n9YCDHkBgmO8vC69/.g6UBJbAYa/Zi0T3CJ0LMyG7a";

    record Person(String email, String name, int daysSinceHire, String zone, Set<Role> roles, String team) {
    }

    /** A sub-team of Enterprise East: its own manager sees it alone, Enterprise East's manager sees it too. */
    static final String STRATEGIC = "Strategic Accounts";
    static final Map<String, String> PARENTS = Map.of(STRATEGIC, "Enterprise East");

    static final List<Person> PEOPLE = List.of(
            new Person("admin@demo.clockwise.test", "Alex Admin", 1500, "Europe/London", Set.of(Role.ADMIN), null),
            new Person("author@demo.clockwise.test", "Ana Author", 900, "Europe/Madrid", Set.of(Role.AUTHOR), null),
            new Person("maya.manager@demo.clockwise.test", "Maya Okafor", 2100, "America/New_York", Set.of(Role.MANAGER), "Enterprise East"),
            new Person("tom.manager@demo.clockwise.test", "Tom Lindqvist", 1800, "Europe/Stockholm", Set.of(Role.MANAGER), "Mid-Market West"),
            new Person("nadia.manager@demo.clockwise.test", "Nadia Kovacs", 1400, "America/New_York", Set.of(Role.MANAGER), STRATEGIC),
            new Person("rep@demo.clockwise.test", "Riley Chen", 12, "America/New_York", Set.of(Role.REP), "Enterprise East"),
            new Person("jordan.rep@demo.clockwise.test", "Jordan Patel", 7, "America/Chicago", Set.of(Role.REP), "Enterprise East"),
            new Person("sam.rep@demo.clockwise.test", "Sam Müller", 26, "Europe/Berlin", Set.of(Role.REP), "Mid-Market West"),
            new Person("lena.rep@demo.clockwise.test", "Lena Rossi", 41, "Europe/Rome", Set.of(Role.REP), "Mid-Market West"),
            new Person("omar.rep@demo.clockwise.test", "Omar Haddad", 55, "America/New_York", Set.of(Role.REP), "Enterprise East"),
            new Person("kim.rep@demo.clockwise.test", "Kim Nguyen", 78, "America/Los_Angeles", Set.of(Role.REP), "Enterprise East"),
            new Person("ines.rep@demo.clockwise.test", "Inês Costa", 95, "Europe/Lisbon", Set.of(Role.REP), "Mid-Market West"),
            new Person("noah.rep@demo.clockwise.test", "Noah Williams", 130, "America/Chicago", Set.of(Role.REP), "Enterprise East"),
            new Person("priya.rep@demo.clockwise.test", "Priya Raman", 170, "Asia/Kolkata", Set.of(Role.REP), "Mid-Market West"),
            new Person("lucas.rep@demo.clockwise.test", "Lucas Martin", 220, "Europe/Paris", Set.of(Role.REP), "Mid-Market West"),
            new Person("grace.rep@demo.clockwise.test", "Grace Kim", 290, "America/New_York", Set.of(Role.REP), STRATEGIC),
            new Person("diego.rep@demo.clockwise.test", "Diego Alvarez", 365, "America/Mexico_City", Set.of(Role.REP), "Enterprise East"),
            new Person("hana.rep@demo.clockwise.test", "Hana Sato", 450, "Asia/Tokyo", Set.of(Role.REP), "Mid-Market West"),
            new Person("ben.rep@demo.clockwise.test", "Ben Carter", 540, "America/Denver", Set.of(Role.REP), STRATEGIC),
            new Person("zoe.rep@demo.clockwise.test", "Zoë Dubois", 620, "Europe/Brussels", Set.of(Role.REP), "Mid-Market West"),
            new Person("ivan.rep@demo.clockwise.test", "Ivan Petrov", 710, "Europe/Warsaw", Set.of(Role.REP), "Mid-Market West"),
            new Person("chloe.rep@demo.clockwise.test", "Chloe Bennett", 800, "America/New_York", Set.of(Role.REP), STRATEGIC),
            new Person("felix.rep@demo.clockwise.test", "Felix Wagner", 880, "Europe/Vienna", Set.of(Role.REP), "Mid-Market West"),
            new Person("amara.rep@demo.clockwise.test", "Amara Obi", 960, "Africa/Lagos", Set.of(Role.REP), STRATEGIC),
            new Person("leo.rep@demo.clockwise.test", "Leo Fischer", 1030, "Europe/Zurich", Set.of(Role.REP, Role.AUTHOR), "Mid-Market West"),
            new Person("sofia.rep@demo.clockwise.test", "Sofia Lindgren", 1095, "Europe/Stockholm", Set.of(Role.REP), "Mid-Market West"),
            new Person("ethan.rep@demo.clockwise.test", "Ethan Brooks", 1090, "America/Chicago", Set.of(Role.REP), "Enterprise East"));

    /** Invited, no password yet: shows a pending invitation (and its email) on first start. */
    static final Person INVITED = new Person("casey.rep@demo.clockwise.test", "Casey Morgan", 0, "Europe/Dublin", Set.of(Role.REP),
            "Mid-Market West");

    private final OrganisationStore organisations;
    private final UserStore users;
    private final TeamStore teams;
    private final ApplicationEventPublisher<PersonAdded> events;

    DemoOrganisation(OrganisationStore organisations, UserStore users, TeamStore teams,
                     ApplicationEventPublisher<PersonAdded> events) {
        this.organisations = organisations;
        this.users = users;
        this.teams = teams;
        this.events = events;
    }

    /** Loads the demo organisation in one transaction: all of it or nothing. */
    @Transactional
    public long load(LocalDate today) {
        Organisation org = organisations.save(new Organisation(null, NAME, true, null));
        // One bcrypt hash for all demo accounts, made in advance: they share a published password anyway.
        String hash = PASSWORD_HASH;
        Map<String, Team> teamsByName = new HashMap<>();
        for (Person p : PEOPLE) {
            User user = users.save(User.newUser(org.id(), p.email(), p.name(), hash, today.minusDays(p.daysSinceHire()), p.zone()));
            p.roles().forEach(r -> users.addRole(user.id(), r.name()));
            if (p.team() == null) {
                continue;
            }
            Team team = team(org, p.team(), teamsByName);
            if (p.roles().contains(Role.MANAGER)) {
                teams.addManager(team.id(), user.id());
            } else {
                teams.putMember(user.id(), team.id());
            }
        }
        User invited = users.save(User.newUser(org.id(), INVITED.email(), INVITED.name(), null,
                today.minusDays(INVITED.daysSinceHire()), INVITED.zone()));
        INVITED.roles().forEach(r -> users.addRole(invited.id(), r.name()));
        teams.putMember(invited.id(), team(org, INVITED.team(), teamsByName).id());
        events.publishEvent(new PersonAdded(org.id(), invited.id(), null));
        return org.id();
    }

    private Team team(Organisation org, String name, Map<String, Team> teamsByName) {
        Team known = teamsByName.get(name);
        if (known != null) {
            return known;
        }
        String parent = PARENTS.get(name);
        Long parentId = parent == null ? null : team(org, parent, teamsByName).id();
        Team created = teams.save(new Team(null, org.id(), name, parentId, null));
        teamsByName.put(name, created);
        return created;
    }

    /** Demo accounts for the login page, in the order above. */
    public static List<DemoAccount> accounts() {
        return PEOPLE.stream()
                .filter(p -> p.email().startsWith("admin") || p.email().startsWith("author") || p.email().startsWith("rep@")
                        || p.email().contains(".manager@"))
                .map(p -> new DemoAccount(p.email(), p.name(), p.roles().stream().map(Role::name).sorted().toList()))
                .toList();
    }

    public record DemoAccount(String email, String name, List<String> roles) {
    }
}
