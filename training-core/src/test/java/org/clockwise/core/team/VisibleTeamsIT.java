package org.clockwise.core.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 13 (speed of the teams overview): {@link TeamAccessQueries#visibleTeams} gives what its earlier
 * statement gave (kept here as the reference) for an admin and a manager, and no longer looks the managers'
 * names up with a subquery per team, which read every manager row once per team of the organisation.
 */
class VisibleTeamsIT {

    /** The statement before issue 13's change: a correlated subquery per team for its managers' names. */
    private static final String REFERENCE = """
            WITH RECURSIVE managed AS (%s)
            SELECT t.id, t.name, t.parent_team_id,
                   coalesce((SELECT string_agg(u.display_name, ', ' ORDER BY u.display_name)
                             FROM team_managers tm JOIN users u ON u.id = tm.manager_id WHERE tm.team_id = t.id AND u.active), '')
            FROM teams t WHERE t.id IN (SELECT id FROM managed) ORDER BY t.name, t.id""";

    private static final String MANAGED = """
            SELECT t.id FROM teams t JOIN team_managers tm ON tm.team_id = t.id WHERE tm.manager_id = ?
                AND EXISTS (SELECT 1 FROM users v WHERE v.id = tm.manager_id AND v.active)
            UNION
            SELECT t.id FROM teams t JOIN managed p ON t.parent_team_id = p.id""";

    @Test
    void sameTeamsNamesAndManagersAsBeforeForAnAdminAndAManager() {
        Organisation org = Fixtures.anOrganisation();
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User m1 = Fixtures.aUser(org, Role.MANAGER);
        User m2 = Fixtures.aUser(org, Role.MANAGER);
        User m3 = Fixtures.aUser(org, Role.MANAGER);
        TeamStore store = CoreContext.bean(TeamStore.class);
        Team a = Fixtures.aTeam(org, m1, Fixtures.aUser(org, Role.REP));
        store.addManager(a.id(), m2.id());
        Team b = store.save(new Team(null, org.id(), "B & <b> 'quoted'", a.id(), null));
        store.addManager(b.id(), m3.id());
        Team c = Fixtures.aTeam(org, m2);
        Team noManager = store.save(new Team(null, org.id(), "Zed " + Fixtures.unique(), null, null));
        Db.transactions().executeWrite(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "UPDATE users SET active = false WHERE id = ?", ps -> {
                    ps.setLong(1, m3.id());
                    return ps.executeUpdate();
                }));
        TeamAccessQueries queries = CoreContext.bean(TeamAccessQueries.class);

        List<TeamAccessQueries.Team> all = queries.visibleTeams(admin.id(), true);
        assertEquals(reference("SELECT id FROM teams WHERE org_id = (SELECT org_id FROM users WHERE id = ?)", admin.id()), all);
        assertEquals(java.util.Set.of(a.id(), b.id(), c.id(), noManager.id()),
                java.util.Set.copyOf(all.stream().map(TeamAccessQueries.Team::id).toList()));
        assertEquals(List.of("", ""), all.stream().filter(t -> t.id() == b.id() || t.id() == noManager.id())
                .map(TeamAccessQueries.Team::managers).toList(), "an inactive manager's name is not listed");
        assertEquals(2, all.stream().filter(t -> t.id() == a.id()).findFirst().orElseThrow().managers().split(", ").length);
        assertEquals(reference(MANAGED, m1.id()), queries.visibleTeams(m1.id(), false));
        assertEquals(reference(MANAGED, m2.id()), queries.visibleTeams(m2.id(), false));
        assertEquals(2, queries.visibleTeams(m1.id(), false).size(), "a manager sees their team and the one below");
    }

    @Test
    void theManagersNamesAreNotLookedUpTeamByTeam() {
        for (boolean admin : new boolean[]{true, false}) {
            String plan = plan(TeamAccessQueries.visibleTeamsSql(admin).replace("?", "1"));
            assertFalse(plan.contains("SubPlan"), "no subquery run per team: " + plan);
        }
    }

    private static List<TeamAccessQueries.Team> reference(String scope, long viewer) {
        return Db.transactions().executeRead(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                REFERENCE.formatted(scope), ps -> {
                    ps.setLong(1, viewer);
                    List<TeamAccessQueries.Team> teams = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long parent = rs.getLong(3);
                            Long parentId = rs.wasNull() ? null : parent;
                            teams.add(new TeamAccessQueries.Team(rs.getLong(1), rs.getString(2), parentId, rs.getString(4)));
                        }
                    }
                    return teams;
                }));
    }

    private static String plan(String sql) {
        return Db.transactions().executeRead(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "EXPLAIN (FORMAT TEXT) " + sql, ps -> {
                    StringBuilder out = new StringBuilder();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getString(1)).append('\n');
                        }
                    }
                    return out.toString();
                }));
    }
}
