package org.clockwise.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.util.Optional;

/**
 * {@code GET /team}: a team's dashboard (overview, progression, ramp-up, coverage, culture,
 * coaching list, assignment form and heatmap). A manager gets their whole span by default, or one
 * team and the teams below it with {@code ?team=<id>}; {@code ?sort=rep|skill:<id>} orders the
 * heatmap ({@code &dir=desc} the other way round), {@code ?skill=<id>} picks the progression chart and {@code ?notice=assigned} confirms an
 * assignment. An admin without {@code ?team=} is redirected (303) to {@code /team/teams}, since a
 * dashboard of every rep does not fit on a page; a team that is not the viewer's, or not a number,
 * answers 403.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamPageController {

    private final TeamScopes scopes;
    private final DashboardPages pages;
    private final ErrorPages errorPages;

    TeamPageController(TeamScopes scopes, DashboardPages pages, ErrorPages errorPages) {
        this.scopes = scopes;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String sort,
                              @Nullable @QueryValue String dir,
                              @Nullable @QueryValue String skill, @Nullable @QueryValue String notice,
                              @Nullable @QueryValue String team) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (TeamScopes.needsTeam(viewer, team)) {
            return HttpResponse.seeOther(URI.create("/team/teams"));
        }
        Optional<TeamScope> scope = scopes.scope(viewer, team);
        if (scope.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourTeam");
        }
        return HttpResponse.ok(new ModelAndView<>("team/dashboard", pages.page(request, viewer, scope.get(), sort, dir, skill, notice, null)));
    }
}
