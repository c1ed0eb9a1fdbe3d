package org.clockwise.core.team;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import org.clockwise.content.testing.TestLibrary;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Organisation;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.Team;
import org.clockwise.core.people.TeamStore;
import org.clockwise.core.people.User;
import org.clockwise.core.summary.SummaryUpkeep;
import org.clockwise.core.team.metrics.ActivityWindows;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.core.team.metrics.RepDay;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.TeamMetrics;
import org.clockwise.core.testing.CoreContext;
import org.clockwise.core.testing.Db;
import org.clockwise.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisation-wide team overview through the real database: which teams a viewer sees
 * ({@link TeamAccessQueries#visibleTeams}, {@link TeamAccessQueries#openTeam}), one row per team from the
 * daily_activity rollup and rep_skill_status ({@link OrgOverviewQueries}), and how
 * {@link org.clockwise.core.summary.SummaryUpkeep#refreshSkills} keeps rep_skill_status equal to the rep's current-week
 * skill_snapshots without letting an older refresh overwrite a newer one.
 *
 * <p>Reps live in UTC and dates are relative to a "today" taken once per test, so the tests pass
 * on any weekday and at any hour (instants may lie in the future: recorders and refresh take the
 * instant given). Each test builds its own organisation. The test catalog has two skills and no
 * {@code targets:}, so the default bands apply: both 0.7 from tenure day 91, both 0.6 on days
 * 31-60, 0.5 + 0.3 on days 0-30.
 */
class OrgOverviewQueriesIT {

    private final Organisation org = Fixtures.anOrganisation();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Instant noon = at(today, LocalTime.NOON);
    private final String suffix = Fixtures.unique();

    @Test
    void adminsSeeTheirOrganisationsTeamsAndManagersTheirSubtree() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User ma = Fixtures.aUser(org, Role.MANAGER);
        User mb = Fixtures.aUser(org, Role.MANAGER);
        User mc = Fixtures.aUser(org, Role.MANAGER);
        User a1 = rep(today.minusDays(100));
        User a2 = rep(today.minusDays(100));
        User b1 = rep(today.minusDays(100));
        Team alpha = team("Alpha", null, ma, a1, a2);
        Team bravo = team("Bravo", alpha.id(), mb, b1); // a sub-team of Alpha
        Team charlie = team("Charlie", null, mc);        // nobody in it
        Organisation otherOrg = Fixtures.anOrganisation();
        User otherAdmin = Fixtures.aUser(otherOrg, Role.ADMIN);
        Team other = Fixtures.aTeam(otherOrg, Fixtures.aUser(otherOrg, Role.MANAGER), Fixtures.aUser(otherOrg, Role.REP));

        TeamAccessQueries access = CoreContext.bean(TeamAccessQueries.class);
        TeamAccessQueries.Team alphaRow = new TeamAccessQueries.Team(alpha.id(), alpha.name(), null, ma.displayName());
        TeamAccessQueries.Team bravoRow = new TeamAccessQueries.Team(bravo.id(), bravo.name(), alpha.id(), mb.displayName());
        TeamAccessQueries.Team charlieRow = new TeamAccessQueries.Team(charlie.id(), charlie.name(), null, mc.displayName());
        // The admin's organisation holds exactly these three (it is new), sorted by name; not the other org's team.
        assertEquals(List.of(alphaRow, bravoRow, charlieRow), access.visibleTeams(admin.id(), true));
        assertEquals(List.of(other.id()), access.visibleTeams(otherAdmin.id(), true).stream().map(TeamAccessQueries.Team::id).toList());
        // A manager sees their team and everything below it; Bravo's manager only Bravo; a rep nothing.
        assertEquals(List.of(alphaRow, bravoRow), access.visibleTeams(ma.id(), false));
        assertEquals(List.of(bravoRow), access.visibleTeams(mb.id(), false));
        assertEquals(List.of(charlieRow), access.visibleTeams(mc.id(), false));
        assertEquals(List.of(), access.visibleTeams(a1.id(), false));

        // Alpha's reps include its sub-team's, each listed under their own team, for its manager and the admin.
        Map<Long, String> alphaReps = Map.of(a1.id(), alpha.name(), a2.id(), alpha.name(), b1.id(), bravo.name());
        assertEquals(alphaReps, teamOf(teamReps(access, ma.id(), false, alpha.id()).orElseThrow()));
        assertEquals(alphaReps, teamOf(teamReps(access, admin.id(), true, alpha.id()).orElseThrow()));
        assertEquals(Map.of(b1.id(), bravo.name()), teamOf(teamReps(access, mb.id(), false, bravo.id()).orElseThrow()));
        assertEquals(Optional.of(List.of()), teamReps(access, admin.id(), true, charlie.id()), "visible, but empty");
        // Not theirs (each empty): a parent team, a sibling, another organisation's team both ways, a team that does not exist.
        assertEquals(Collections.nCopies(5, Optional.empty()), List.of(teamReps(access, mb.id(), false, alpha.id()), teamReps(access, ma.id(), false,
                charlie.id()), teamReps(access, admin.id(), true, other.id()), teamReps(access, otherAdmin.id(), true, alpha.id()),
                teamReps(access, ma.id(), false, Long.MAX_VALUE)));
    }

    @Test
    void oneRowPerTeamFromTheRollupAndSkillStatusWithTheirTotal() {
        User admin = Fixtures.aUser(org, Role.ADMIN);
        User ma = Fixtures.aUser(org, Role.MANAGER);
        User a1 = rep(today.minusDays(100)); // an attempt (real recorder) on today-2, a completed plan on today-1
        User a2 = rep(today.minusDays(100)); // last active exactly today-7: quiet and not active
        User a3 = rep(today);                // hired today, nothing yet: neither quiet nor active
        User b1 = rep(today.minusDays(30));  // never active (one all-zero row): quiet by hire date
        User b2 = rep(today.minusDays(100)); // today-7 (outside the week), today-6 and a plan today
        Team alpha = team("Alpha", null, ma, a1, a2, a3);
        CoreContext.bean(TeamStore.class).putMember(ma.id(), alpha.id()); // a member, but not a rep
        Team bravo = team("Bravo", alpha.id(), Fixtures.aUser(org, Role.MANAGER), b1, b2);
        team("Charlie", null, Fixtures.aUser(org, Role.MANAGER));

        String module = Fixtures.publish(TestLibrary.create(), "org").get(0);
        Fixtures.takeQuiz(a1, module, at(today.minusDays(2), LocalTime.NOON), 90);
        assertEquals(90, Db.count("SELECT seconds FROM daily_activity WHERE user_id = ? AND day = ? AND lessons = 1",
                a1.id(), Date.valueOf(today.minusDays(2))), "the recorder's rollup row: one lesson of 90 s");
        day(a1, today.minusDays(1), 1, 0, 60, true);
        day(a2, today.minusDays(30), 1, 0, 900, false); // outside the 28 days read
        day(a2, today.minusDays(7), 1, 0, 600, true);
        day(b1, today.minusDays(1), 0, 0, 0, false);    // no lesson, review, time or plan: not activity
        day(b2, today.minusDays(7), 1, 0, 300, false);
        day(b2, today.minusDays(6), 0, 1, 120, false);
        day(b2, today, 1, 0, 30, true);
        List.of(a3, b1, b2).forEach(rep -> refresh(rep, noon)); // a1 has its status from the attempt; a2 has none

        List<TeamAccessQueries.Team> teams = CoreContext.bean(TeamAccessQueries.class).visibleTeams(admin.id(), true);
        OrgOverviewQueries.Overview overview = CoreContext.bean(OrgOverviewQueries.class).of(teams, today);
        OrgOverviewQueries.TeamRow a = overview.teams().get(0);
        OrgOverviewQueries.TeamRow b = overview.teams().get(1);
        OrgOverviewQueries.TeamRow c = overview.teams().get(2);
        OrgOverviewQueries.TeamRow total = overview.total();
        assertEquals(List.of(alpha.id(), alpha.name(), ma.displayName(), bravo.id(), 3), List.of(a.teamId(), a.name(), a.managers(),
                b.teamId(), overview.teams().size()));

        // Alpha: a1, a2, a3 (the manager member is no rep; Bravo's reps count only in Bravo). Active in
        // [today-6, today]: a1 alone. Plans in the week: a1's today-1 (a2's today-7 is out). Seconds: a1 90 + 60.
        // Quiet (7+ days): a2 (exactly 7); a1 was active yesterday, a3 was hired today.
        // 1 of 3 active = 33 %; 2.5 min / 3 reps.
        assertActivity(a, 3, 1, 1, 150, 1, 33, 150 / 60.0 / 3);
        // Bravo: b1 and b2. Active: b2 (today-6 and today). Plans: b2's today. Seconds: 120 + 30 (not today-7's 300).
        // Quiet: b1 (30 days since hire; its all-zero row is no activity).
        assertActivity(b, 2, 1, 1, 150, 1, 50, 1.25);
        // Charlie: nobody, so every figure and ratio is 0 (never NaN).
        assertEquals(new OrgOverviewQueries.TeamRow(c.teamId(), c.name(), c.managers(), 0, 0, 0, 0, 0, 0, 0, 0, 0), c);
        assertActivity(c, 0, 0, 0, 0, 0, 0, 0.0);
        assertEquals(0, c.atTargetPercent() + c.proficiencyPercent() + c.targetPercent());
        // Total: 5 reps, 2 active (40 %), 2 plans, 300 s = 5 min over 5 reps, 2 quiet.
        assertActivity(total, 5, 2, 2, 300, 2, 40, 1.0);

        // Skills: one rep_skill_status row per rep that has one, summed per team. Alpha: a1 (tenure 99: 2 × 0.7)
        // and a3 (day 1: 0.5 + 0.3, nothing answered); Bravo: b1 (day 31: 2 × 0.6) and b2 (2 × 0.7), none answered.
        assertSkills(a, statusSums(a1, a2, a3), 4, 2.2);
        assertSkills(b, statusSums(b1, b2), 4, 2.6);
        assertEquals(0, b.skillsAtTarget());
        assertEquals(0.0, b.proficiencySum());
        assertEquals(65, b.targetPercent(), "2.6 / 4 cells");
        assertSkills(total, statusSums(a1, a2, a3, b1, b2), 8, 4.8);
    }

    @Test
    void repSkillStatusFollowsTheCurrentWeeksSnapshotsAndIgnoresOlderRefreshes() {
        String module = Fixtures.publish(TestLibrary.create(), "org").get(0);
        assertEquals(2, CoreContext.bean(CourseQueries.class).catalog().skills().size(), "the test catalog's two skills");
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        // A brand-new rep with no answers: proficiency 0 everywhere, so nothing at target (day 1: 0.5 + 0.3).
        User fresh = rep(today);
        refresh(fresh, noon);
        assertEquals(new Status(monday, 2, 0, 0.0, 0.8, noon), status(fresh));
        assertEquals(snapshotSums(fresh, monday), status(fresh));

        // A veteran (tenure 101: 0.7 + 0.7) answers every question of a discovery-questioning module right.
        User rep = rep(today.minusDays(100));
        Fixtures.takeQuiz(rep, module, noon, 30);
        Status afterAttempt = status(rep);
        assertEquals(snapshotSums(rep, monday), afterAttempt);
        assertEquals(new Status(monday, 2, afterAttempt.atTarget(), afterAttempt.proficiencySum(), 1.4, noon), afterAttempt);
        assertTrue(afterAttempt.proficiencySum() > 0, "the right answers count");

        // Older refreshes (a replay of past days), in an earlier week and earlier the same week: both see the
        // rep before the attempt (proficiency 0), and neither may overwrite the row, nor this week's snapshots.
        Instant lastWeek = noon.minus(Duration.ofDays(8));
        refresh(rep, lastWeek);
        LocalDate earlierWeek = today.minusDays(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertEquals(new Status(earlierWeek, 2, 0, 0.0, 1.4, lastWeek), snapshotSums(rep, earlierWeek));
        assertEquals(afterAttempt, status(rep));
        refresh(rep, noon.minusSeconds(60));
        assertEquals(afterAttempt, status(rep));
        assertEquals(snapshotSums(rep, monday), status(rep));

        // A newer refresh does replace it.
        Instant later = noon.plus(Duration.ofHours(1));
        refresh(rep, later);
        assertEquals(later, status(rep).updatedAt());
        assertEquals(snapshotSums(rep, monday), status(rep));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A rep's row in rep_skill_status, or its expectation; sums to 1e-9, as SQL and Java add in different orders. */
    /**
     * "Active this week" and "quiet" are counted in SQL for the teams overview and in Java for the
     * dashboard ({@link TeamMetrics#overview}); on the same rows, around every edge of both windows,
     * the two must agree rep for rep.
     */
    @Test
    void activeAndQuietAgreeBetweenTheOverviewSqlAndTheDashboardRules() {
        User manager = Fixtures.aUser(org, Role.MANAGER);
        List<User> reps = new ArrayList<>();
        // Last activity from today back to 10 days ago, one rep each, plus reps never active hired 5..8 days ago.
        for (int back = 0; back <= 10; back++) {
            User rep = rep(today.minusDays(200));
            day(rep, today.minusDays(back), 0, 1, 30, false);
            reps.add(rep);
        }
        for (int hired = 5; hired <= 8; hired++) {
            reps.add(rep(today.minusDays(hired)));
        }
        Team team = team("Edges", null, manager, reps.toArray(User[]::new));
        TeamAccessQueries access = CoreContext.bean(TeamAccessQueries.class);
        List<RepInfo> members = access.visibleReps(manager.id(), false);
        List<RepDay> days = CoreContext.bean(ActivityQueries.class).since(members.stream().map(RepInfo::id).toList(), today.minusDays(60));

        Overview java = TeamMetrics.overview(members, days, today);
        OrgOverviewQueries.TeamRow sql = CoreContext.bean(OrgOverviewQueries.class)
                .of(List.of(new TeamAccessQueries.Team(team.id(), team.name(), null, manager.displayName())), today).teams().get(0);

        assertEquals(15, sql.reps());
        assertEquals(ActivityWindows.ACTIVE_DAYS, java.activeThisWeek(), "active: last activity 0..6 days ago");
        assertEquals(java.activeThisWeek(), sql.activeThisWeek());
        // Quiet: last activity 7..10 days ago (4 reps) and never-active reps hired 7 or 8 days ago (2).
        assertEquals(6, java.quiet().size());
        assertEquals(java.quiet().size(), sql.quiet());
    }

    private record Status(LocalDate week, int skills, int atTarget, double proficiencySum, double targetSum, Instant updatedAt) {
        Status {
            proficiencySum = Math.round(proficiencySum * 1e9) / 1e9;
            targetSum = Math.round(targetSum * 1e9) / 1e9;
        }
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }

    private User rep(LocalDate hireDate) {
        return Fixtures.aUser(org, hireDate, "UTC", Role.REP);
    }

    private Team team(String name, Long parentId, User manager, User... members) {
        TeamStore teams = CoreContext.bean(TeamStore.class);
        Team team = teams.save(new Team(null, org.id(), name + " " + suffix, parentId, null));
        teams.addManager(team.id(), manager.id());
        for (User member : members) {
            teams.putMember(member.id(), team.id());
        }
        return team;
    }

    private static void refresh(User rep, Instant at) {
        Db.transactions().executeWrite(s -> {
            CoreContext.bean(SummaryUpkeep.class).refreshSkills(rep.id(), at);
            return null;
        });
    }

    /** A daily_activity row written directly, as the rollup would hold it. */
    private static void day(User rep, LocalDate day, int lessons, int reviews, int seconds, boolean plan) {
        Db.transactions().executeWrite(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(
                "INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds, plan_completed) VALUES (?, ?, ?, ?, ?, ?)",
                ps -> bind(ps, rep.id(), Date.valueOf(day), lessons, reviews, seconds, plan).executeUpdate()));
    }

    private static Status status(User rep) {
        return query("SELECT week_start, skills, at_target, proficiency_sum, target_sum, updated_at FROM rep_skill_status "
                + "WHERE user_id = ?", rep.id());
    }

    /** What rep_skill_status should say, computed from the rep's skill_snapshots rows of that week. */
    private static Status snapshotSums(User rep, LocalDate week) {
        return query("""
                SELECT max(week_start), count(*), count(*) FILTER (WHERE proficiency >= target), sum(proficiency), sum(target),
                       max(updated_at) FROM skill_snapshots WHERE user_id = ? AND week_start = ?""", rep.id(), Date.valueOf(week));
    }

    /** Sums over these reps' rep_skill_status rows; the week is left null. */
    private static Status statusSums(User... reps) {
        return query("""
                SELECT NULL::date, coalesce(sum(skills), 0), coalesce(sum(at_target), 0), coalesce(sum(proficiency_sum), 0),
                       coalesce(sum(target_sum), 0), NULL::timestamptz FROM rep_skill_status WHERE user_id = ANY (?)""",
                (Object) Arrays.stream(reps).map(User::id).toArray(Long[]::new));
    }

    private static Status query(String sql, Object... params) {
        return Db.transactions().executeRead(s -> CoreContext.bean(JdbcOperations.class).prepareStatement(sql, ps -> {
            try (ResultSet rs = bind(ps, params).executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Status(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5),
                        Optional.ofNullable(rs.getTimestamp(6)).map(Timestamp::toInstant).orElse(null));
            }
        }));
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i] instanceof Long[] ids ? ps.getConnection().createArrayOf("bigint", ids) : params[i]);
        }
        return ps;
    }

    private static void assertActivity(OrgOverviewQueries.TeamRow row, int reps, int active, int plans, long seconds, int quiet,
                                       int activePercent, double minutesPerRep) {
        assertEquals(List.of(reps, active, plans, seconds, quiet, activePercent), List.of(row.reps(), row.activeThisWeek(),
                row.plansCompleted7d(), row.seconds7d(), row.quiet(), row.activePercent()), row.name());
        assertEquals(minutesPerRep, row.minutesPerRep7d(), 1e-9, row.name());
    }

    /** The row's skill columns equal the sums of its reps' rep_skill_status rows, and the hand-known cells and targets. */
    private static void assertSkills(OrgOverviewQueries.TeamRow row, Status sums, int cells, double targetSum) {
        assertEquals(sums, new Status(null, row.skillCells(), row.skillsAtTarget(), row.proficiencySum(), row.targetSum(), null));
        assertEquals(List.of(cells, targetSum), List.of(sums.skills(), sums.targetSum()), row.name());
    }

    private static Map<Long, String> teamOf(List<RepInfo> reps) {
        return reps.stream().collect(Collectors.toMap(RepInfo::id, RepInfo::team));
    }

    /** The reps of a team the viewer may open, as the dashboard scopes them. */
    private static Optional<List<RepInfo>> teamReps(TeamAccessQueries access, long viewerId, boolean admin, long teamId) {
        return access.openTeam(viewerId, admin, teamId).map(TeamAccessQueries.OpenTeam::reps);
    }
}
