package org.clockwise.web.team;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.people.Role;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.web.security.CurrentUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /team/teams}: every team the viewer may see side by side, from the daily summaries
 * (for an admin the whole organisation, with a count of reps in no team); each team links to its
 * dashboard.
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
     */
    record TeamsPage(OrgOverviewQueries.Overview org, Map<Long, String> parents, int unassigned) {
    }

    private final TeamScopes scopes;
    private final OrgOverviewQueries org;

    TeamsOverviewController(TeamScopes scopes, OrgOverviewQueries org) {
        this.scopes = scopes;
        this.org = org;
    }

    @Get(value = "/teams", produces = MediaType.TEXT_HTML)
    ModelAndView<TeamsPage> teams(Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        List<TeamAccessQueries.Team> teams = scopes.visibleTeams(viewer);
        Map<Long, String> names = new HashMap<>();
        teams.forEach(t -> names.put(t.id(), t.name()));
        Map<Long, String> parents = new HashMap<>();
        teams.stream().filter(t -> t.parentId() != null && names.containsKey(t.parentId()))
                .forEach(t -> parents.put(t.id(), names.get(t.parentId())));
        int unassigned = viewer.has(Role.ADMIN) ? org.repsWithoutTeam(viewer.id()) : 0;
        return new ModelAndView<>("team/teams", new TeamsPage(scopes.overview(viewer, teams), parents, unassigned));
    }
}
