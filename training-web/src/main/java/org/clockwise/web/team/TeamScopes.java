package org.clockwise.web.team;

import jakarta.inject.Singleton;
import org.clockwise.core.people.Role;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.summary.AgedCache;
import org.clockwise.core.summary.OverviewSettings;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.web.security.CurrentUser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the team pages of one viewer cover: which reps a page is about, and the teams side by side. */
@Singleton
class TeamScopes {

    /** The message key of why an admin's table download without {@code ?team=} answers 400. */
    static final String NEEDS_TEAM = "error.teamNeeded";

    private final TeamAccessQueries access;
    private final OrgOverviewQueries org;
    private final UserStore users;
    private final Clock clock;
    /** Issue 13: the teams overview's figures by the ids of the teams shown, stamped with the viewer's day. */
    private final AgedCache<List<Long>, Map<Long, OrgOverviewQueries.TeamRow>> figures;

    TeamScopes(TeamAccessQueries access, OrgOverviewQueries org, UserStore users, Clock clock, OverviewSettings settings) {
        this.access = access;
        this.org = org;
        this.users = users;
        this.clock = clock;
        this.figures = new AgedCache<>(clock, Duration.ofSeconds(settings.maxAgeSeconds()), 256);
    }

    /** The overview as the page shows it, its figures as of {@code asOf} (in the viewer's zone), at most {@code maxAge} old. */
    record AgedOverview(OrgOverviewQueries.Overview overview, java.time.ZonedDateTime asOf, Duration maxAge) {
    }

    /** An admin's pages are per team: a dashboard of a whole organisation would not fit a page (or a request). */
    static boolean needsTeam(CurrentUser viewer, String team) {
        return viewer.has(Role.ADMIN) && (team == null || team.isBlank());
    }

    /**
     * The reps of the viewer's page: all they may see without {@code team}, else that team and the
     * teams below it. Empty when the team is not theirs, is not a number, or the viewer is an admin
     * without a team ({@link #needsTeam}).
     */
    Optional<TeamScope> scope(CurrentUser viewer, String team) {
        if (needsTeam(viewer, team)) {
            return Optional.empty();
        }
        if (team == null || team.isBlank()) {
            return Optional.of(new TeamScope(null, null, access.visibleReps(viewer.id(), false)));
        }
        long teamId;
        try {
            teamId = Long.parseLong(team.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return access.openTeam(viewer.id(), viewer.has(Role.ADMIN), teamId)
                .map(open -> new TeamScope(teamId, open.team().name(), open.reps()));
    }

    /** Every team the viewer may see: for an admin, the whole organisation. */
    List<TeamAccessQueries.Team> visibleTeams(CurrentUser viewer) {
        return access.visibleTeams(viewer.id(), viewer.has(Role.ADMIN));
    }

    /** These teams side by side, as of the viewer's own date. */
    OrgOverviewQueries.Overview overview(CurrentUser viewer, List<TeamAccessQueries.Team> teams) {
        return org.of(teams, LocalDate.now(clock.withZone(users.findById(viewer.id()).orElseThrow().zone())));
    }

    /**
     * These teams side by side for the page (issue 13, "Speed"): the figures aggregate every rep's
     * activity, so they are computed at most once per {@link OverviewSettings#maxAgeSeconds} for the
     * same teams and day, and the page says as of when. Names and managers are always current.
     */
    AgedOverview recentOverview(CurrentUser viewer, List<TeamAccessQueries.Team> teams) {
        ZoneId zone = users.findById(viewer.id()).orElseThrow().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        AgedCache.Aged<Map<Long, OrgOverviewQueries.TeamRow>> aged = figures.get(
                teams.stream().map(TeamAccessQueries.Team::id).sorted().toList(), today, () -> org.figures(teams, today));
        return new AgedOverview(OrgOverviewQueries.assemble(teams, aged.value()), aged.asOf().atZone(zone), figures.maxAge());
    }
}
