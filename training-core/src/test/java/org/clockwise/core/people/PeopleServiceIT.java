package org.clockwise.core.people;

import org.clockwise.core.signin.SignInResult;
import org.clockwise.core.signin.SignInService;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's changes to people and teams, against the real database. */
class PeopleServiceIT {

    PeopleService service;
    PeopleQueries queries;
    TeamStore teams;
    Organisation org;
    User admin;
    User manager;
    Team team;

    @BeforeEach
    void organisation() {
        service = CoreContext.bean(PeopleService.class);
        queries = CoreContext.bean(PeopleQueries.class);
        teams = CoreContext.bean(TeamStore.class);
        org = Fixtures.anOrganisation();
        admin = Fixtures.aUser(org, Role.ADMIN);
        manager = Fixtures.aUser(org, Role.MANAGER);
        team = Fixtures.aTeam(org, manager);
    }

    private PersonPolicy.Input rep(String email) {
        return new PersonPolicy.Input("Jo " + Fixtures.unique(), email, List.of("REP"), team.id().toString(), List.of(),
                "2026-01-05", "Europe/Amsterdam");
    }

    private static String email() {
        return "new." + Fixtures.unique() + "@example.test";
    }

    @Test
    void anAddedPersonIsActivePendingAndInTheirTeam() {
        String email = email();
        long id = service.add(admin.id(), rep(email));

        PeopleQueries.Person person = queries.person(org.id(), id).orElseThrow();
        assertEquals(email, person.email());
        assertEquals(Set.of(Role.REP), person.roles());
        assertEquals(team.id(), person.teamId());
        assertEquals("Europe/Amsterdam", person.timeZone());
        assertTrue(person.active());
        assertTrue(person.pending(), "no password until the invitation is followed");
        PeopleQueries.Page pending = queries.list(org.id(), new PeopleQueries.Filter(null, null, null, null, true), 1, 50);
        assertEquals(List.of(id), pending.rows().stream().map(PeopleQueries.Row::id).toList());
    }

    @Test
    void anEditChangesDetailsRolesAndManagedTeams() {
        long id = service.add(admin.id(), rep(email()));
        Team other = teams.save(new Team(null, org.id(), "Other " + Fixtures.unique(), null, null));
        String email = email();
        service.edit(admin.id(), id, new PersonPolicy.Input("Renamed Person", email.toUpperCase(), List.of("REP", "MANAGER"),
                other.id().toString(), List.of(team.id().toString()), "2025-12-01", "Asia/Tokyo"), null);

        PeopleQueries.Person person = queries.person(org.id(), id).orElseThrow();
        assertEquals("Renamed Person", person.name());
        assertEquals(email.toUpperCase(), person.email());
        assertEquals(Set.of(Role.REP, Role.MANAGER), person.roles());
        assertEquals(other.id(), person.teamId());
        assertEquals(Set.of(team.id()), person.managedTeamIds());
        assertEquals("Asia/Tokyo", person.timeZone());
    }

    @Test
    void aDuplicateEmailIsRefusedWhateverItsCaseAndNothingIsWritten() {
        String email = email();
        service.add(admin.id(), rep(email));
        long before = Db.count("SELECT count(*) FROM users WHERE org_id = ?", org.id());

        InvalidInput refused = assertThrows(InvalidInput.class, () -> service.add(admin.id(), rep(email.toUpperCase())));
        assertTrue(refused.problems().get("email").contains("already uses"), refused.problems().toString());
        assertEquals(before, Db.count("SELECT count(*) FROM users WHERE org_id = ?", org.id()));
    }

    @Test
    void badInputNamesEachField() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> service.add(admin.id(), new PersonPolicy.Input(
                "", "not-an-email", List.of("REP", "BOSS"), "", List.of("12"), "yesterday", "Mars/Olympus")));
        assertEquals(Set.of("name", "email", "roles", "team", "manages", "hireDate", "timeZone"), refused.problems().keySet());
        assertTrue(refused.problems().get("timeZone").contains("Mars/Olympus"));
    }

    @Test
    void deactivationEndsSessionsHidesTheRepAndReactivationRestoresThem() {
        User rep = Fixtures.aUser(org, Role.REP);
        teams.putMember(rep.id(), team.id());
        SignInService signIn = CoreContext.bean(SignInService.class);
        SignInResult.SignedIn session = (SignInResult.SignedIn) signIn.signIn(rep.email(), Fixtures.PASSWORD);
        assertTrue(signIn.isSessionActive(session.sessionId()));
        TeamAccessQueries access = CoreContext.bean(TeamAccessQueries.class);
        UserStore users = CoreContext.bean(UserStore.class);
        assertTrue(repIds(access.visibleReps(manager.id(), false)).contains(rep.id()));

        service.deactivate(admin.id(), rep.id());

        assertFalse(signIn.isSessionActive(session.sessionId()), "their session ended at once");
        assertEquals(0, Db.count("SELECT count(*) FROM sessions WHERE user_id = ? AND ended_at IS NULL", rep.id()));
        assertFalse(repIds(access.visibleReps(manager.id(), false)).contains(rep.id()), "gone from the manager's reps");
        assertFalse(repIds(access.visibleReps(admin.id(), true)).contains(rep.id()), "gone from the admin's reps");
        assertFalse(users.findActiveRepIds().contains(rep.id()), "gone from the reps whose plans and snapshots run");
        assertTrue(access.openTeam(manager.id(), false, team.id()).orElseThrow().reps().isEmpty());
        assertEquals(1, Db.count("SELECT count(*) FROM users WHERE id = ?", rep.id()), "never deleted");

        service.reactivate(admin.id(), rep.id());

        assertTrue(repIds(access.visibleReps(manager.id(), false)).contains(rep.id()));
        assertTrue(users.findActiveRepIds().contains(rep.id()));
        assertEquals(team.id(), queries.person(org.id(), rep.id()).orElseThrow().teamId(), "back in their team");
    }

    @Test
    void aDeactivatedManagerDisappearsFromTheTeamsManagers() {
        User lead = Fixtures.aUser(org, Role.MANAGER);
        teams.addManager(team.id(), lead.id());
        TeamAccessQueries access = CoreContext.bean(TeamAccessQueries.class);
        service.deactivate(admin.id(), lead.id());
        String managers = access.visibleTeams(admin.id(), true).stream().filter(t -> t.id() == team.id()).findFirst()
                .orElseThrow().managers();
        assertFalse(managers.contains(lead.displayName()), managers);
        assertTrue(managers.contains(manager.displayName()), managers);
    }

    @Test
    void anAdminCannotDeactivateThemselvesNorDropTheirOwnAdminRole() {
        assertThrows(InvalidInput.class, () -> service.deactivate(admin.id(), admin.id()));
        InvalidInput dropped = assertThrows(InvalidInput.class, () -> service.edit(admin.id(), admin.id(),
                new PersonPolicy.Input(admin.displayName(), admin.email(), List.of("AUTHOR"), "", List.of(), "", "UTC"), null));
        assertTrue(dropped.problems().containsKey("roles"));
        assertEquals(Set.of(Role.ADMIN), queries.person(org.id(), admin.id()).orElseThrow().roles());
    }

    @Test
    void aMoveThatWouldMakeALoopIsRefused() {
        long child = service.createTeam(admin.id(), "Child", team.id());
        long grandChild = service.createTeam(admin.id(), "Grandchild", child);

        InvalidInput loop = assertThrows(InvalidInput.class, () -> service.moveTeam(admin.id(), team.id(), grandChild));
        assertTrue(loop.problems().get("parent").contains("loop"), loop.problems().toString());
        assertThrows(InvalidInput.class, () -> service.moveTeam(admin.id(), team.id(), team.id()));

        service.moveTeam(admin.id(), grandChild, null);
        PeopleQueries.TeamNode moved = queries.team(org.id(), grandChild).orElseThrow();
        assertEquals(0, moved.depth());
        assertEquals("Grandchild", moved.path());
        service.renameTeam(admin.id(), child, "Renamed");
        assertEquals(team.name() + " / Renamed", queries.team(org.id(), child).orElseThrow().path());
    }

    @Test
    void aTeamWithMembersOrSubTeamsIsNotRemovedAnEmptyOneIs() {
        User rep = Fixtures.aUser(org, Role.REP);
        teams.putMember(rep.id(), team.id());
        service.deactivate(admin.id(), rep.id());
        InvalidInput members = assertThrows(InvalidInput.class, () -> service.removeTeam(admin.id(), team.id()));
        assertTrue(members.problems().get("team").contains("member"), members.problems().toString());

        long parent = service.createTeam(admin.id(), "Parent " + Fixtures.unique(), null);
        long child = service.createTeam(admin.id(), "Child", parent);
        InvalidInput subTeams = assertThrows(InvalidInput.class, () -> service.removeTeam(admin.id(), parent));
        assertTrue(subTeams.problems().get("team").contains("sub-team"));

        service.removeTeam(admin.id(), child);
        service.removeTeam(admin.id(), parent);
        assertTrue(queries.team(org.id(), parent).isEmpty());
    }

    @Test
    void siblingNamesAreUniqueAndManagersAreSet() {
        service.createTeam(admin.id(), "East", team.id());
        InvalidInput same = assertThrows(InvalidInput.class, () -> service.createTeam(admin.id(), " east ", team.id()));
        assertTrue(same.problems().containsKey("name"));
        User lead = Fixtures.aUser(org, Role.MANAGER);
        service.setManagers(admin.id(), team.id(), Set.of(lead.id()));
        assertEquals(List.of(lead.id()), queries.team(org.id(), team.id()).orElseThrow().managerIds());
        User rep = Fixtures.aUser(org, Role.REP);
        assertThrows(InvalidInput.class, () -> service.setManagers(admin.id(), team.id(), Set.of(rep.id())));
    }

    @Test
    void anotherOrganisationsIdsAreRefusedAsNotFound() {
        Organisation other = Fixtures.anOrganisation();
        User stranger = Fixtures.aUser(other, Role.REP);
        Team theirs = Fixtures.aTeam(other, Fixtures.aUser(other, Role.MANAGER), stranger);

        assertThrows(NotInOrganisation.class, () -> service.deactivate(admin.id(), stranger.id()));
        assertThrows(NotInOrganisation.class, () -> service.edit(admin.id(), stranger.id(), rep(email()), null));
        assertThrows(NotInOrganisation.class, () -> service.renameTeam(admin.id(), theirs.id(), "Mine now"));
        assertThrows(NotInOrganisation.class, () -> service.moveTeam(admin.id(), team.id(), theirs.id()));
        assertThrows(NotInOrganisation.class, () -> service.removeTeam(admin.id(), theirs.id()));
        InvalidInput intoTheirs = assertThrows(InvalidInput.class, () -> service.add(admin.id(),
                new PersonPolicy.Input("X", email(), List.of("REP"), theirs.id().toString(), List.of(), "2026-01-01", "")));
        assertTrue(intoTheirs.problems().containsKey("team"));
        assertTrue(queries.person(org.id(), stranger.id()).isEmpty());
        assertTrue(Db.count("SELECT count(*) FROM users WHERE id = ? AND active", stranger.id()) == 1);
    }

    @Test
    void theListSearchesFiltersAndPagesTenThousandPeopleQuickly() {
        Organisation big = Fixtures.anOrganisation();
        String tag = Fixtures.unique().replace("-", "");
        Db.transactions().executeWrite(status -> CoreContext.bean(io.micronaut.data.jdbc.runtime.JdbcOperations.class)
                .prepareStatement("""
                        INSERT INTO users (org_id, email, display_name, password_hash, hire_date, time_zone, active)
                        SELECT ?, 'p' || g || '.' || ? || '@example.test', 'Person ' || lpad(g::text, 5, '0'), NULL, DATE '2025-01-01',
                               'UTC', g % 10 <> 0
                        FROM generate_series(1, 10000) g""", ps -> {
                    ps.setLong(1, big.id());
                    ps.setString(2, tag);
                    return ps.executeUpdate();
                }));
        queries.list(big.id(), PeopleQueries.Filter.none(), 1, 50); // warm up
        long start = System.nanoTime();
        PeopleQueries.Page last = queries.list(big.id(), PeopleQueries.Filter.none(), 200, 50);
        PeopleQueries.Page found = queries.list(big.id(), new PeopleQueries.Filter("PERSON 0999", null, null, null, false), 1, 50);
        PeopleQueries.Page inactive = queries.list(big.id(), new PeopleQueries.Filter(null, null, null, false, false), 1, 50);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(10_000, last.total());
        assertEquals("Person 10000", last.rows().get(last.rows().size() - 1).name());
        assertEquals(10, found.total(), "Person 09990..09999");
        assertEquals(1_000, inactive.total());
        assertTrue(millis < 2_000, "three pages in " + millis + " ms");
    }

    private static List<Long> repIds(List<RepInfo> reps) {
        return reps.stream().map(RepInfo::id).toList();
    }
}
