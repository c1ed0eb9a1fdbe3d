package org.clockwise.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TeamStore extends CrudRepository<Team, Long> {

    @Query("INSERT INTO team_managers (team_id, manager_id) VALUES (:teamId, :managerId) ON CONFLICT DO NOTHING")
    void addManager(long teamId, long managerId);

    /** Moves the rep: a rep belongs to one team at a time. */
    @Query("INSERT INTO team_members (user_id, team_id) VALUES (:userId, :teamId) "
            + "ON CONFLICT (user_id) DO UPDATE SET team_id = EXCLUDED.team_id")
    void putMember(long userId, long teamId);

    /** The teams a manager oversees: the ones they manage and, recursively, their sub-teams. */
    @Query(value = """
            WITH RECURSIVE managed AS (
                SELECT t.* FROM teams t JOIN team_managers m ON m.team_id = t.id WHERE m.manager_id = :managerId
                UNION
                SELECT t.* FROM teams t JOIN managed p ON t.parent_team_id = p.id
            )
            SELECT * FROM managed ORDER BY name""", nativeQuery = true)
    List<Team> findManagedBy(long managerId);

    @Query(value = "SELECT u.* FROM users u JOIN team_members m ON m.user_id = u.id WHERE m.team_id = :teamId ORDER BY u.display_name",
            nativeQuery = true)
    List<User> findMembers(long teamId);

    @Query("UPDATE teams SET name = :name WHERE id = :teamId")
    void rename(long teamId, String name);

    /** Puts the team under another ({@code null}: at the top); callers refuse loops first. */
    @Query("UPDATE teams SET parent_team_id = :parentId WHERE id = :teamId")
    void move(long teamId, @Nullable Long parentId);

    /** The team's own desired retention; {@code null}: inherit (bounds checked by RetentionPolicy and a CHECK). */
    @Query("UPDATE teams SET desired_retention = :value WHERE id = :teamId")
    void setDesiredRetention(long teamId, @Nullable BigDecimal value);

    /** The team's managers become none (then {@link #addManager} each one it should have). */
    @Query("DELETE FROM team_managers WHERE team_id = :teamId")
    void clearManagers(long teamId);
}
