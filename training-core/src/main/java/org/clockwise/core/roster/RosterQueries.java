package org.clockwise.core.roster;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.people.Role;

import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads what a roster import compares the file with, and serialises imports. */
@Singleton
@Connectable
public class RosterQueries {

    /** Any constant works: every import of every organisation takes the same lock (addresses are unique across organisations). */
    private static final long LOCK_KEY = 0x526f73746572L; // "Roster"

    private final JdbcOperations jdbc;

    RosterQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other import runs; held until the caller's transaction ends. */
    void lock() {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(?)", ps -> {
            ps.setLong(1, LOCK_KEY);
            ps.executeQuery().close();
            return null;
        });
    }

    /** The organisation's people, their roles, teams and managed teams, and the team tree. */
    RosterSnapshot snapshot(long orgId, Collection<String> fileEmails) {
        String zone = jdbc.prepareStatement("SELECT default_time_zone FROM organisations WHERE id = ?", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "UTC";
            }
        });
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.prepareStatement("SELECT r.user_id, r.role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.org_id = ?", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
                }
            }
            return null;
        });
        Map<Long, Set<Long>> managed = new HashMap<>();
        jdbc.prepareStatement("SELECT m.manager_id, m.team_id FROM team_managers m JOIN teams t ON t.id = m.team_id WHERE t.org_id = ?", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    managed.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
            return null;
        });
        List<RosterSnapshot.Person> people = jdbc.prepareStatement("""
                SELECT u.id, u.email, u.display_name, u.hire_date, u.time_zone, u.active, m.team_id
                FROM users u LEFT JOIN team_members m ON m.user_id = u.id WHERE u.org_id = ? ORDER BY u.id""", ps -> {
            ps.setLong(1, orgId);
            List<RosterSnapshot.Person> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long team = rs.getLong(7);
                    Long teamId = rs.wasNull() ? null : team;
                    list.add(new RosterSnapshot.Person(id, rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            rs.getString(5), rs.getBoolean(6), roles.getOrDefault(id, Set.of()), teamId,
                            managed.getOrDefault(id, Set.of())));
                }
            }
            return list;
        });
        List<RosterSnapshot.TeamNode> teams = jdbc.prepareStatement("SELECT id, name, parent_team_id FROM teams WHERE org_id = ? ORDER BY id", ps -> {
            ps.setLong(1, orgId);
            List<RosterSnapshot.TeamNode> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(3);
                    list.add(new RosterSnapshot.TeamNode(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : parent));
                }
            }
            return list;
        });
        return new RosterSnapshot(zone, people, teams, emailsElsewhere(orgId, fileEmails));
    }

    /** Which of these addresses belong to people of another organisation ({@code orgId} null: any organisation). */
    Set<String> emailsElsewhere(Long orgId, Collection<String> emails) {
        return jdbc.prepareStatement("SELECT lower(email) FROM users WHERE lower(email) = ANY (?) AND org_id IS DISTINCT FROM ?", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray()));
            if (orgId == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, orgId);
            }
            Set<String> found = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }
}
