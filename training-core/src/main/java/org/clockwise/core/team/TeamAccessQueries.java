package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.team.metrics.RepInfo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
public class TeamAccessQueries {


    /** A team as the overview lists it, with its managers' names. */
    public record Team(long id, String name, Long parentId, String managers) {
    }

    /** The ids of the teams a manager manages and of every team below those; the one parameter is the manager. */
    private static final String MANAGED = """
            SELECT t.id FROM teams t JOIN team_managers tm ON tm.team_id = t.id WHERE tm.manager_id = ?
                AND EXISTS (SELECT 1 FROM users v WHERE v.id = tm.manager_id AND v.active)
            UNION
            SELECT t.id FROM teams t JOIN managed p ON t.parent_team_id = p.id""";

    private static final String REP_COLUMNS = "SELECT u.id, u.display_name, u.email, u.hire_date, u.time_zone, t.name ";

    private final JdbcOperations jdbc;
    private final PeopleStructureQueries structure;
    /**
     * Issue 13, "Speed" (wt-team2): what was read of the people structure, by what was asked, kept while its
     * version ({@link PeopleStructureQueries}) is the one it was read under: a view reads that one-row version
     * instead of the recursive team queries. The whole organisation's reps (an admin's) are not kept.
     */
    private final StampedCache<Object, Object> kept = new StampedCache<>(KEPT);

    /** Entries kept: a manager's reps, a viewer's teams, a team's reps (each a few KB at most). */
    static final int KEPT = 2048;

    private record Reps(long viewerId) {
    }

    private record Teams(long viewerId, boolean admin) {
    }

    private record Below(long teamId) {
    }

    TeamAccessQueries(JdbcOperations jdbc, PeopleStructureQueries structure) {
        this.jdbc = jdbc;
        this.structure = structure;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> keptList(Object key, java.util.function.Supplier<List<T>> read) {
        // The version first: a change committed after it moves it again, so what is read next is never kept as older.
        return keptList(key, structure.version(), read);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> keptList(Object key, String version, java.util.function.Supplier<List<T>> read) {
        return (List<T>) kept.get(key, version, () -> List.copyOf(read.get()));
    }

    /** The reps a viewer may see, in page order; a manager's are kept while the people structure is unchanged. */
    public List<RepInfo> visibleReps(long viewerId, boolean admin) {
        return admin ? readVisibleReps(viewerId, true) : keptList(new Reps(viewerId), () -> readVisibleReps(viewerId, false));
    }

    List<RepInfo> readVisibleReps(long viewerId, boolean admin) {
        String sql = admin ? REP_COLUMNS + """
                FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP'
                LEFT JOIN team_members m ON m.user_id = u.id LEFT JOIN teams t ON t.id = m.team_id
                WHERE u.active AND u.org_id = (SELECT org_id FROM users WHERE id = ?)
                ORDER BY u.display_name, u.id""" : "WITH RECURSIVE managed AS (" + MANAGED + ") " + REP_COLUMNS + """
                FROM managed x JOIN team_members m ON m.team_id = x.id JOIN users u ON u.id = m.user_id
                JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' JOIN teams t ON t.id = m.team_id
                WHERE u.active ORDER BY u.display_name, u.id""";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, viewerId);
            return reps(ps);
        });
    }

    /**
     * The statement of {@link #visibleTeams}; its one parameter is the viewer. Issue 13 (speed of the
     * teams overview): the managers' names are aggregated in one pass over the teams' manager rows and
     * joined to the teams, not looked up by a subquery per team (which scanned the manager rows once per
     * team: 400 teams, 160,000 rows read a view). Same rows, same order, same names.
     */
    static String visibleTeamsSql(boolean admin) {
        String scope = admin ? "SELECT id FROM teams WHERE org_id = (SELECT org_id FROM users WHERE id = ?)" : MANAGED;
        return "WITH RECURSIVE managed AS (" + scope + "), " + """
                names AS (
                    SELECT tm.team_id, string_agg(u.display_name, ', ' ORDER BY u.display_name) AS managers
                    FROM team_managers tm JOIN users u ON u.id = tm.manager_id
                    WHERE u.active AND tm.team_id IN (SELECT id FROM managed) GROUP BY tm.team_id
                )
                SELECT t.id, t.name, t.parent_team_id, coalesce(n.managers, '')
                FROM teams t LEFT JOIN names n ON n.team_id = t.id
                WHERE t.id IN (SELECT id FROM managed) ORDER BY t.name, t.id""";
    }

    /** The teams a viewer may see: an admin every team of their organisation, a manager theirs and those below. */
    public List<Team> visibleTeams(long viewerId, boolean admin) {
        return keptList(new Teams(viewerId, admin), () -> readVisibleTeams(viewerId, admin));
    }

    List<Team> readVisibleTeams(long viewerId, boolean admin) {
        return jdbc.prepareStatement(visibleTeamsSql(admin), ps -> {
            ps.setLong(1, viewerId);
            List<Team> teams = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(3);
                    Long parentId = rs.wasNull() ? null : parent; // before any other getter: wasNull is about the last one
                    teams.add(new Team(rs.getLong(1), rs.getString(2), parentId, rs.getString(4)));
                }
            }
            return teams;
        });
    }

    /** A team the viewer may see, with the reps of that team and of the teams below it. */
    public record OpenTeam(Team team, List<RepInfo> reps) {
    }

    /**
     * One team as the viewer may see it; empty if it is not theirs or does not exist, so callers
     * answer 403 rather than an empty page.
     */
    public Optional<OpenTeam> openTeam(long viewerId, boolean admin, long teamId) {
        String version = structure.version(); // one read for both: each list is as of this version or later
        return keptList(new Teams(viewerId, admin), version, () -> readVisibleTeams(viewerId, admin)).stream()
                .filter(t -> t.id() == teamId).findFirst()
                .map(team -> new OpenTeam(team, keptList(new Below(teamId), version, () -> readRepsBelow(teamId))));
    }

    private List<RepInfo> repsBelow(long teamId) {
        return keptList(new Below(teamId), () -> readRepsBelow(teamId));
    }

    List<RepInfo> readRepsBelow(long teamId) {
        return jdbc.prepareStatement("""
                WITH RECURSIVE below AS (
                    SELECT id FROM teams WHERE id = ?
                    UNION
                    SELECT t.id FROM teams t JOIN below b ON t.parent_team_id = b.id
                ) """ + REP_COLUMNS + """
                FROM below x JOIN team_members m ON m.team_id = x.id JOIN users u ON u.id = m.user_id
                JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' JOIN teams t ON t.id = m.team_id
                WHERE u.active ORDER BY u.display_name, u.id""", ps -> {
            ps.setLong(1, teamId);
            return reps(ps);
        });
    }

    public Optional<RepInfo> visibleRep(long viewerId, boolean admin, long repId) {
        return visibleReps(viewerId, admin).stream().filter(r -> r.id() == repId).findFirst();
    }

    private static List<RepInfo> reps(PreparedStatement ps) throws SQLException {
        List<RepInfo> reps = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reps.add(new RepInfo(rs.getLong(1), rs.getString(2), rs.getObject(4, LocalDate.class), rs.getString(3),
                        ZoneId.of(rs.getString(5)), rs.getString(6)));
            }
        }
        return reps;
    }
}
