package org.clockwise.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.people.Role;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.web.security.CurrentUser;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /team/teams}: every team the viewer may see side by side, from the daily summaries
 * (for an admin the whole organisation, with a count of reps in no team); each team links to its
 * dashboard. The totals cover every team; the table shows {@value #PAGE_SIZE} teams a page
 * ({@code ?page=N}, in name order), so an organisation of hundreds of teams stays one quick page.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamsOverviewController {

    /**
     * The model of {@code team/teams}.
     *
     * @param org        the teams' rows and their total
     * @param parents    a team's id to the name of the team it is part of, when the viewer sees that one too
     * @param unassigned reps of the admin's organisation in no team (0 for a manager)
     * @param rows       the teams of this page
     * @param page       this page, from 1
     * @param pages      how many pages there are (1 or more)
     * @param first      the position of this page's first team, from 1
     * @param last       the position of its last team
     * @param previous   the link to the page before, or null on the first
     * @param next       the link to the page after, or null on the last
     * @param asOf       when the figures were computed, in the viewer's zone ({@code HH:mm:ss})
     * @param maxAge     how many seconds old the figures may be (issue 13: they are not recomputed on every view)
     */
    record TeamsPage(OrgOverviewQueries.Overview org, Map<Long, String> parents, int unassigned,
                     List<OrgOverviewQueries.TeamRow> rows, int page, int pages, int first, int last,
                     @Nullable String previous, @Nullable String next, String asOf, long maxAge) {
    }

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Teams per page of the table. */
    static final int PAGE_SIZE = 50;

    private final TeamScopes scopes;
    private final OrgOverviewQueries org;

    TeamsOverviewController(TeamScopes scopes, OrgOverviewQueries org) {
        this.scopes = scopes;
        this.org = org;
    }

    @Get(value = "/teams", produces = MediaType.TEXT_HTML)
    ModelAndView<TeamsPage> teams(Authentication authentication, @Nullable @QueryValue String page) {
        CurrentUser viewer = CurrentUser.of(authentication);
        List<TeamAccessQueries.Team> teams = scopes.visibleTeams(viewer);
        Map<Long, String> names = new HashMap<>();
        teams.forEach(t -> names.put(t.id(), t.name()));
        Map<Long, String> parents = new HashMap<>();
        teams.stream().filter(t -> t.parentId() != null && names.containsKey(t.parentId()))
                .forEach(t -> parents.put(t.id(), names.get(t.parentId())));
        int unassigned = viewer.has(Role.ADMIN) ? org.repsWithoutTeam(viewer.id()) : 0;
        TeamScopes.AgedOverview aged = scopes.recentOverview(viewer, teams);
        OrgOverviewQueries.Overview overview = aged.overview();
        int pages = Math.max(1, (overview.teams().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber(page), pages);
        int from = (current - 1) * PAGE_SIZE;
        int to = Math.min(overview.teams().size(), from + PAGE_SIZE);
        return new ModelAndView<>("team/teams", new TeamsPage(overview, parents, unassigned, overview.teams().subList(from, to),
                current, pages, from + 1, to, current > 1 ? link(current - 1) : null, current < pages ? link(current + 1) : null,
                AS_OF.format(aged.asOf()), aged.maxAge().toSeconds()));
    }

    /** The page asked for, from 1; anything else (missing, not a number, 0 or less) is the first. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(int page) {
        return "/team/teams?page=" + page + "#teams-heading";
    }
}
