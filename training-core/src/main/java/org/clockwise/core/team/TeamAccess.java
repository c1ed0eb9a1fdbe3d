package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a viewer may see: a manager sees the reps of the teams they manage and of every team
 * below those; an admin sees every rep of their organisation; nobody else sees anyone.
 */
@Singleton
@Connectable
public class TeamAccess {

    /** A rep as team pages list them. */
    public record TeamRep(long id, String name, String email, LocalDate hireDate, ZoneId zone, String team) {
    }

    private final JdbcOperations jdbc;

    TeamAccess(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<TeamRep> visibleReps(long viewerId, boolean admin) {
        String sql = admin ? """
                SELECT u.id, u.display_name, u.email, u.hire_date, u.time_zone, t.name
                FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP'
                LEFT JOIN team_members m ON m.user_id = u.id LEFT JOIN teams t ON t.id = m.team_id
                WHERE u.active AND u.org_id = (SELECT org_id FROM users WHERE id = ?)
                ORDER BY u.display_name, u.id""" : """
                WITH RECURSIVE managed AS (
                    SELECT t.id FROM teams t JOIN team_managers tm ON tm.team_id = t.id WHERE tm.manager_id = ?
                    UNION
                    SELECT t.id FROM teams t JOIN managed p ON t.parent_team_id = p.id
                )
                SELECT u.id, u.display_name, u.email, u.hire_date, u.time_zone, t.name
                FROM managed x JOIN team_members m ON m.team_id = x.id JOIN users u ON u.id = m.user_id
                JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' JOIN teams t ON t.id = m.team_id
                WHERE u.active ORDER BY u.display_name, u.id""";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, viewerId);
            List<TeamRep> reps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reps.add(new TeamRep(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                            ZoneId.of(rs.getString(5)), rs.getString(6)));
                }
            }
            return reps;
        });
    }

    public Optional<TeamRep> visibleRep(long viewerId, boolean admin, long repId) {
        return visibleReps(viewerId, admin).stream().filter(r -> r.id() == repId).findFirst();
    }
}
