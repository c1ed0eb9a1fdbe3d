package org.clockwise.core.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database itself refuses bad rows, whatever the code above it does. */
class SchemaConstraintsIT {

    static Organisation org;

    @BeforeAll
    static void setUp() {
        org = Fixtures.anOrganisation();
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        User user = Fixtures.aUser(org, Role.REP);
        SQLException e = sqlError("INSERT INTO users (org_id, email, display_name, password_hash, hire_date) "
                + "VALUES (" + org.id() + ", '" + user.email().toUpperCase() + "', 'Twin', '" + "x".repeat(60) + "', current_date)");
        assertEquals("23505", e.getSQLState(), e.getMessage());
        assertTrue(e.getMessage().contains("users_email_lower_key"));
    }

    @Test
    void unknownRolesAreRefused() {
        User user = Fixtures.aUser(org, Role.REP);
        SQLException e = sqlError("INSERT INTO user_roles (user_id, role) VALUES (" + user.id() + ", 'SUPERUSER')");
        assertEquals("23514", e.getSQLState());
    }

    @Test
    void unknownTimeZonesAreRefused() {
        SQLException e = sqlError("INSERT INTO users (org_id, email, display_name, password_hash, hire_date, time_zone) "
                + "VALUES (" + org.id() + ", 'tz-" + Fixtures.unique() + "@example.test', 'Zed', '" + "x".repeat(60)
                + "', current_date, 'Mars/Olympus_Mons')");
        assertEquals("23514", e.getSQLState());
    }

    @Test
    void malformedEmailsAndBlankNamesAreRefused() {
        assertEquals("23514", sqlError("INSERT INTO users (org_id, email, display_name, password_hash, hire_date) VALUES ("
                + org.id() + ", 'not-an-address', 'Name', '" + "x".repeat(60) + "', current_date)").getSQLState());
        assertEquals("23514", sqlError("INSERT INTO users (org_id, email, display_name, password_hash, hire_date) VALUES ("
                + org.id() + ", 'blank-" + Fixtures.unique() + "@example.test', '   ', '" + "x".repeat(60) + "', current_date)").getSQLState());
    }

    @Test
    void rolesAndMembershipsNeedARealUserAndTeam() {
        assertEquals("23503", sqlError("INSERT INTO user_roles (user_id, role) VALUES (-1, 'REP')").getSQLState());
        User rep = Fixtures.aUser(org, Role.REP);
        assertEquals("23503", sqlError("INSERT INTO team_members (user_id, team_id) VALUES (" + rep.id() + ", -1)").getSQLState());
    }

    @Test
    void aPersonCanHoldSeveralRoles() {
        User user = Fixtures.aUser(org, Role.REP, Role.MANAGER);
        assertEquals(List.of("MANAGER", "REP"), CoreContext.bean(UserStore.class).findRoleNames(user.id()));
    }

    @Test
    void aManagerOverseesTheirTeamsAndTheSubTeamsBelow() {
        User boss = Fixtures.aUser(org, Role.MANAGER);
        User rep = Fixtures.aUser(org, Role.REP);
        Team parent = Fixtures.aTeam(org, boss);
        TeamStore teams = CoreContext.bean(TeamStore.class);
        Team child = teams.save(new Team(null, org.id(), "Sub " + Fixtures.unique(), parent.id(), null));
        teams.putMember(rep.id(), child.id());

        List<Long> managed = teams.findManagedBy(boss.id()).stream().map(Team::id).toList();

        assertEquals(2, managed.size());
        assertTrue(managed.containsAll(List.of(parent.id(), child.id())));
        assertEquals(List.of(rep.id()), teams.findMembers(child.id()).stream().map(User::id).toList());
    }

    @Test
    void theEntityRefusesAnUnknownZoneBeforeTheDatabaseDoes() {
        assertThrows(DateTimeException.class, () -> User.newUser(org.id(), "z@example.test", "Z", "x".repeat(60),
                LocalDate.now(), "Nowhere/Special"));
    }

    private static SQLException sqlError(String sql) {
        TransactionOperations<Connection> tx = Db.transactions();
        JdbcOperations jdbc = CoreContext.bean(JdbcOperations.class);
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> tx.executeWrite(status ->
                jdbc.prepareStatement(sql, ps -> ps.executeUpdate())));
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof SQLException, "expected a database refusal, got " + thrown);
        return (SQLException) cause;
    }
}
