package org.clockwise.core.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.PeopleStore;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.core.team.metrics.RepInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 13, "Speed" (wt-team2): what the team pages read of the people structure (a manager's reps, the
 * teams a viewer sees, a team's reps, the count of reps in no team) is kept while V28's version is
 * unchanged, and is never stale: after each kind of change (a rep joining, leaving, renamed, deactivated,
 * losing the rep role; a team renamed, nested, given a manager) the next read equals a fresh read of the
 * database, and a change rolled back leaves nothing behind.
 */
class PeopleStructureCacheIT {

    private final TeamAccessQueries access = CoreContext.bean(TeamAccessQueries.class);
    private final OrgOverviewQueries org = CoreContext.bean(OrgOverviewQueries.class);
    private final PeopleStore people = CoreContext.bean(PeopleStore.class);
    private final TeamStore teams = CoreContext.bean(TeamStore.class);

    private static <T> T read(Supplier<T> read) {
        return Db.transactions().executeRead(s -> read.get());
    }

    private static void write(Runnable write) {
        Db.transactions().executeWrite(s -> {
            write.run();
            return null;
        });
    }

    /** Every kept read equals the same read done afresh, now. */
    private void assertFresh(User manager, User admin, Team team) {
        assertEquals(read(() -> access.readVisibleReps(manager.id(), false)), read(() -> access.visibleReps(manager.id(), false)));
        assertEquals(read(() -> access.readVisibleTeams(manager.id(), false)), read(() -> access.visibleTeams(manager.id(), false)));
        assertEquals(read(() -> access.readVisibleTeams(admin.id(), true)), read(() -> access.visibleTeams(admin.id(), true)));
        assertEquals(read(() -> access.readRepsBelow(team.id())),
                read(() -> access.openTeam(admin.id(), true, team.id()).orElseThrow().reps()));
        assertEquals(read(() -> org.countRepsWithoutTeam(admin.id())), read(() -> org.repsWithoutTeam(admin.id())));
    }

    private static List<String> names(List<RepInfo> reps) {
        return reps.stream().map(RepInfo::name).toList();
    }

    @Test
    void keptWhileNothingChangesAndFreshAfterEveryKindOfChange() {
        Organisation o = Fixtures.anOrganisation();
        User admin = Fixtures.aUser(o, Role.ADMIN);
        User manager = Fixtures.aUser(o, Role.MANAGER);
        User other = Fixtures.aUser(o, Role.MANAGER);
        User ann = Fixtures.aUser(o, Role.REP);
        User bob = Fixtures.aUser(o, Role.REP);
        User cat = Fixtures.aUser(o, Role.REP);
        Team top = Fixtures.aTeam(o, manager, ann);
        Team below = Fixtures.aTeam(o, other, bob);

        // Nothing changed: the same lists come back, not read again (this fails when every view reads).
        List<RepInfo> first = read(() -> access.visibleReps(manager.id(), false));
        assertSame(first, read(() -> access.visibleReps(manager.id(), false)));
        assertSame(read(() -> access.visibleTeams(admin.id(), true)), read(() -> access.visibleTeams(admin.id(), true)));
        assertSame(read(() -> access.openTeam(manager.id(), false, top.id()).orElseThrow().reps()),
                read(() -> access.openTeam(manager.id(), false, top.id()).orElseThrow().reps()));
        assertEquals(List.of(ann.displayName()), names(first));
        assertEquals(1, read(() -> org.repsWithoutTeam(admin.id())), "Cat is in no team");
        assertFresh(manager, admin, top);

        write(() -> teams.move(below.id(), top.id()));
        assertEquals(2, read(() -> access.visibleReps(manager.id(), false)).size(), "the team below is the manager's too");
        assertFresh(manager, admin, top);

        write(() -> people.setTeam(cat.id(), below.id()));
        assertEquals(0, read(() -> org.repsWithoutTeam(admin.id())), "Cat joined a team");
        assertEquals(3, read(() -> access.openTeam(manager.id(), false, top.id()).orElseThrow().reps()).size());
        assertFresh(manager, admin, top);

        write(() -> people.update(o.id(), bob.id(), new PeopleStore.Details(bob.email(), "Bob Renamed", bob.hireDate(), "Europe/Amsterdam")));
        List<RepInfo> renamed = read(() -> access.visibleReps(manager.id(), false));
        assertEquals("Europe/Amsterdam", renamed.stream().filter(r -> r.id() == bob.id()).findFirst().orElseThrow().zone().getId());
        assertFresh(manager, admin, top);

        write(() -> people.setActive(o.id(), ann.id(), false, Instant.now()));
        assertEquals(2, read(() -> access.visibleReps(manager.id(), false)).size(), "Ann is no longer listed");
        assertFresh(manager, admin, top);

        write(() -> people.setRoles(bob.id(), Set.of(Role.AUTHOR)));
        assertEquals(List.of(cat.displayName()), names(read(() -> access.visibleReps(manager.id(), false))));
        assertFresh(manager, admin, top);

        write(() -> teams.rename(top.id(), "Renamed " + Fixtures.unique()));
        write(() -> teams.addManager(top.id(), other.id()));
        List<TeamAccessQueries.Team> seen = read(() -> access.visibleTeams(admin.id(), true));
        assertEquals(2, seen.size());
        assertNotEquals(top.name(), seen.stream().filter(t -> t.id() == top.id()).findFirst().orElseThrow().name());
        assertFresh(manager, admin, top);

        write(() -> people.setTeam(cat.id(), null));
        assertEquals(1, read(() -> org.repsWithoutTeam(admin.id())), "Cat left her team");
        assertFresh(manager, admin, top);
    }

    @Test
    void aChangeRolledBackLeavesNothingKept() {
        Organisation o = Fixtures.anOrganisation();
        User admin = Fixtures.aUser(o, Role.ADMIN);
        User manager = Fixtures.aUser(o, Role.MANAGER);
        User ann = Fixtures.aUser(o, Role.REP);
        User bob = Fixtures.aUser(o, Role.REP);
        Team team = Fixtures.aTeam(o, manager, ann);
        assertEquals(1, read(() -> access.visibleReps(manager.id(), false)).size());

        // Read inside a transaction that adds Bob and then fails: what it read must never be served afterwards.
        assertThrows(IllegalStateException.class, () -> Db.transactions().executeWrite(s -> {
            people.setTeam(bob.id(), team.id());
            assertEquals(2, access.visibleReps(manager.id(), false).size(), "the transaction sees its own change");
            assertEquals(0, org.repsWithoutTeam(admin.id()));
            throw new IllegalStateException("rolled back");
        }));
        assertEquals(List.of(ann.displayName()), names(read(() -> access.visibleReps(manager.id(), false))));
        assertEquals(1, read(() -> org.repsWithoutTeam(admin.id())));
        // Another change after it: its version is new, never the rolled-back one's.
        write(() -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE users SET display_name = display_name || ' Jr' WHERE id = ?", ps -> {
                    ps.setLong(1, ann.id());
                    return ps.executeUpdate();
                }));
        assertEquals(List.of(ann.displayName() + " Jr"), names(read(() -> access.visibleReps(manager.id(), false))));
        assertFresh(manager, admin, team);
    }
}
