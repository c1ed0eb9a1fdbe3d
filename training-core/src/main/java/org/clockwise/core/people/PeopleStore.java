package org.clockwise.core.people;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The people of an organisation as the admin and the HR roster change them: the one writer of
 * users (beyond sign-in's password and language), user_roles, team_members and team_managers.
 * Callers hold the transaction; every method changes exactly what it names.
 */
@Singleton
@Connectable
public class PeopleStore {

    /** What a person is, as an admin or a roster row states it. */
    public record Details(String email, String name, LocalDate hireDate, String timeZone) {
    }

    private final JdbcOperations jdbc;

    PeopleStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an active person without a password (they set it through their invitation); returns the id. */
    public long insert(long orgId, Details d) {
        return jdbc.prepareStatement("""
                INSERT INTO users (org_id, email, display_name, password_hash, hire_date, time_zone, active)
                VALUES (?, ?, ?, NULL, ?, ?, true) RETURNING id""", ps -> {
            ps.setLong(1, orgId);
            ps.setString(2, d.email().trim());
            ps.setString(3, d.name().trim());
            ps.setDate(4, Date.valueOf(d.hireDate()));
            ps.setString(5, d.timeZone());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rewrites the person's details; a person of another organisation is left alone. */
    public void update(long orgId, long userId, Details d) {
        jdbc.prepareStatement("""
                UPDATE users SET email = ?, display_name = ?, hire_date = ?, time_zone = ? WHERE id = ? AND org_id = ?""", ps -> {
            ps.setString(1, d.email().trim());
            ps.setString(2, d.name().trim());
            ps.setDate(3, Date.valueOf(d.hireDate()));
            ps.setString(4, d.timeZone());
            ps.setLong(5, userId);
            ps.setLong(6, orgId);
            return ps.executeUpdate();
        });
    }

    /** The person's roles become exactly these. */
    public void setRoles(long userId, Set<Role> roles) {
        jdbc.prepareStatement("DELETE FROM user_roles WHERE user_id = ? AND NOT (role = ANY (?))", ps -> {
            ps.setLong(1, userId);
            ps.setArray(2, ps.getConnection().createArrayOf("text", roles.stream().map(Role::name).toArray()));
            return ps.executeUpdate();
        });
        for (Role role : roles) {
            jdbc.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING", ps -> {
                ps.setLong(1, userId);
                ps.setString(2, role.name());
                return ps.executeUpdate();
            });
        }
    }

    /** The person's team (a rep belongs to one team at a time); {@code null} takes them out of every team. */
    public void setTeam(long userId, Long teamId) {
        if (teamId == null) {
            jdbc.prepareStatement("DELETE FROM team_members WHERE user_id = ?", ps -> {
                ps.setLong(1, userId);
                return ps.executeUpdate();
            });
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO team_members (user_id, team_id) VALUES (?, ?)
                ON CONFLICT (user_id) DO UPDATE SET team_id = EXCLUDED.team_id""", ps -> {
            ps.setLong(1, userId);
            ps.setLong(2, teamId);
            return ps.executeUpdate();
        });
    }

    /** The teams the person manages become exactly these. */
    public void setManaged(long userId, Collection<Long> teamIds) {
        jdbc.prepareStatement("DELETE FROM team_managers WHERE manager_id = ? AND NOT (team_id = ANY (?))", ps -> {
            ps.setLong(1, userId);
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", teamIds.toArray()));
            return ps.executeUpdate();
        });
        for (long teamId : teamIds) {
            jdbc.prepareStatement("INSERT INTO team_managers (team_id, manager_id) VALUES (?, ?) ON CONFLICT DO NOTHING", ps -> {
                ps.setLong(1, teamId);
                ps.setLong(2, userId);
                return ps.executeUpdate();
            });
        }
    }

    /**
     * Deactivates or reactivates the person. Deactivating ends every session at once; nothing of
     * their history is deleted. Returns whether anything changed.
     */
    public boolean setActive(long orgId, long userId, boolean active, Instant now) {
        int changed = jdbc.prepareStatement("UPDATE users SET active = ? WHERE id = ? AND org_id = ? AND active <> ?", ps -> {
            ps.setBoolean(1, active);
            ps.setLong(2, userId);
            ps.setLong(3, orgId);
            ps.setBoolean(4, active);
            return ps.executeUpdate();
        });
        if (changed > 0 && !active) {
            endSessions(userId, now);
        }
        return changed > 0;
    }

    /** Ends every open session of the person (deactivation, a password reset). */
    public void endSessions(long userId, Instant now) {
        jdbc.prepareStatement("UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, userId);
            return ps.executeUpdate();
        });
    }
}
