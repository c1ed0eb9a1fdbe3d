package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.team.metrics.ActivityWindows;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.core.team.metrics.TeamMetrics;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per team for an organisation-wide view, from the summaries only: the daily_activity
 * rollup (last 28 days) and rep_skill_status (one row per rep). Definitions match the team
 * dashboard's overview ({@link TeamMetrics#overview}): active means any activity in the 7 days
 * ending today, quiet means 7 days or more since the last activity (or the hire date).
 */
@Singleton
@Connectable
public class OrgOverviewQueries {

    /**
     * A team's figures. Reps count once, in their own team (not again in the teams above it).
     *
     * @param skillsAtTarget rep × skill cells at or above target, of {@code skillCells}
     * @param proficiencySum sum over those cells of proficiency (0–1), for the team average
     * @param targetSum      sum over those cells of the target (0–1)
     */
    public record TeamRow(long teamId, String name, String managers, int reps, int activeThisWeek, int plansCompleted7d,
                          long seconds7d, int skillsAtTarget, int skillCells, double proficiencySum, double targetSum,
                          int quiet) {

        /** Reps active in the 7 days ending today, in percent of the team (0 for an empty team). */
        public int activePercent() {
            return reps == 0 ? 0 : Math.round(activeThisWeek * 100f / reps);
        }

        /** Mean minutes of learning per rep over the 7 days ending today. */
        public double minutesPerRep7d() {
            return reps == 0 ? 0 : seconds7d / 60.0 / reps;
        }

        /** Share of rep × skill cells at or above target, in percent. */
        public int atTargetPercent() {
            return skillCells == 0 ? 0 : Math.round(skillsAtTarget * 100f / skillCells);
        }

        /** Mean proficiency across the team's rep × skill cells, in percent. */
        public int proficiencyPercent() {
            return skillCells == 0 ? 0 : (int) Math.round(proficiencySum * 100 / skillCells);
        }

        /** Mean target across the team's rep × skill cells, in percent. */
        public int targetPercent() {
            return skillCells == 0 ? 0 : (int) Math.round(targetSum * 100 / skillCells);
        }

        TeamRow plus(TeamRow o) {
            return new TeamRow(teamId, name, managers, reps + o.reps, activeThisWeek + o.activeThisWeek,
                    plansCompleted7d + o.plansCompleted7d, seconds7d + o.seconds7d, skillsAtTarget + o.skillsAtTarget,
                    skillCells + o.skillCells, proficiencySum + o.proficiencySum, targetSum + o.targetSum, quiet + o.quiet);
        }
    }

    /** The teams' rows (in the order given) and their total. */
    public record Overview(List<TeamRow> teams, TeamRow total) {
    }

    private final JdbcOperations jdbc;

    private final PeopleStructureQueries structure;
    /** Issue 13 (wt-team2): the count of reps in no team per admin, kept while the people structure is unchanged. */
    private final StampedCache<Long, Integer> withoutTeam = new StampedCache<>(256);

    OrgOverviewQueries(JdbcOperations jdbc, PeopleStructureQueries structure) {
        this.jdbc = jdbc;
        this.structure = structure;
    }

    /** Figures for these teams as of {@code today} (the viewer's local date). */
    public Overview of(List<TeamAccessQueries.Team> teams, LocalDate today) {
        return assemble(teams, figures(teams, today));
    }

    /**
     * Each of these teams' figures as of {@code today}, by team id, without names (a team without
     * reps may be missing). A team's figures do not depend on which other teams are asked for.
     */
    public Map<Long, TeamRow> figures(List<TeamAccessQueries.Team> teams, LocalDate today) {
        Map<Long, TeamRow> byTeam = new HashMap<>();
        if (!teams.isEmpty()) {
            // Only the 7 days ending today are aggregated (through the day index): "active" is any activity in
            // them, and a rep without any is quiet when hired 7 or more days ago, or (the rare rep hired
            // since, with activity before the hire date) when active at all in the 28 days before.
            jdbc.prepareStatement("""
                    WITH members AS (
                        SELECT m.team_id, u.id AS user_id, u.hire_date FROM team_members m JOIN users u ON u.id = m.user_id
                        JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP' WHERE u.active AND m.team_id = ANY (?)
                    ), act AS (
                        SELECT d.user_id, count(*) FILTER (WHERE d.plan_completed) AS plans7, sum(d.seconds) AS seconds7
                        FROM daily_activity d
                        WHERE d.day BETWEEN ? AND ? AND (d.lessons > 0 OR d.reviews > 0 OR d.seconds > 0 OR d.plan_completed)
                          AND d.user_id IN (SELECT user_id FROM members)
                        GROUP BY d.user_id
                    )
                    SELECT m.team_id, count(*), count(a.user_id), coalesce(sum(a.plans7), 0),
                           coalesce(sum(a.seconds7), 0), coalesce(sum(s.at_target), 0), coalesce(sum(s.skills), 0),
                           coalesce(sum(s.proficiency_sum), 0), coalesce(sum(s.target_sum), 0),
                           count(*) FILTER (WHERE a.user_id IS NULL AND CASE WHEN m.hire_date <= ? THEN true ELSE EXISTS (
                               SELECT 1 FROM daily_activity o WHERE o.user_id = m.user_id AND o.day BETWEEN ? AND ?
                                 AND (o.lessons > 0 OR o.reviews > 0 OR o.seconds > 0 OR o.plan_completed)) END)
                    FROM members m LEFT JOIN act a ON a.user_id = m.user_id LEFT JOIN rep_skill_status s ON s.user_id = m.user_id
                    GROUP BY m.team_id""", ps -> {
                LocalDate weekAgo = ActivityWindows.activeFrom(today);
                LocalDate quietBy = ActivityWindows.quietIfLastActiveBy(today);
                ps.setArray(1, ps.getConnection().createArrayOf("bigint", teams.stream().map(TeamAccessQueries.Team::id).toArray()));
                ps.setDate(2, Date.valueOf(weekAgo));
                ps.setDate(3, Date.valueOf(today));
                ps.setDate(4, Date.valueOf(quietBy));
                ps.setDate(5, Date.valueOf(today.minusDays(27)));
                ps.setDate(6, Date.valueOf(quietBy));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byTeam.put(rs.getLong(1), new TeamRow(rs.getLong(1), "", "", rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getDouble(8), rs.getDouble(9), rs.getInt(10)));
                    }
                }
                return null;
            });
        }
        return byTeam;
    }

    /** The rows of these teams (in the order given, with their names) from their {@link #figures}, and their total. */
    public static Overview assemble(List<TeamAccessQueries.Team> teams, Map<Long, TeamRow> byTeam) {
        List<TeamRow> rows = new ArrayList<>();
        TeamRow total = empty(0, "All teams", "");
        for (TeamAccessQueries.Team team : teams) {
            TeamRow row = empty(team.id(), team.name(), team.managers()).plus(byTeam.getOrDefault(team.id(), empty(0, "", "")));
            rows.add(row);
            total = total.plus(row);
        }
        return new Overview(rows, total);
    }

    /** Active reps of the admin's organisation who belong to no team, so appear in no row of the overview. */
    public int repsWithoutTeam(long adminId) {
        // Issue 13, "Speed" (wt-team2): counted live it read every rep of the organisation on each view of the
        // overview; it depends only on the people structure, whose one-row version is read first instead.
        return withoutTeam.get(adminId, structure.version(), () -> countRepsWithoutTeam(adminId));
    }

    int countRepsWithoutTeam(long adminId) {
        return jdbc.prepareStatement("""
                SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'REP'
                WHERE u.active AND u.org_id = (SELECT org_id FROM users WHERE id = ?)
                  AND NOT EXISTS (SELECT 1 FROM team_members m WHERE m.user_id = u.id)""", ps -> {
            ps.setLong(1, adminId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static TeamRow empty(long id, String name, String managers) {
        return new TeamRow(id, name, managers, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
