package org.clockwise.web.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.web.security.CurrentUser;

import java.util.List;

/**
 * {@code GET /team/people}: a manager's people (the active reps of the teams they manage and of
 * the teams below), read-only: who they are, their team, email and hire date. Changing people is
 * the admin's ({@code /admin/people}).
 */
@Controller("/team")
@Secured("MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamPeopleController {

    record PeoplePage(List<RepInfo> reps) {
    }

    private final TeamAccessQueries access;

    TeamPeopleController(TeamAccessQueries access) {
        this.access = access;
    }

    @Get(value = "/people", produces = MediaType.TEXT_HTML)
    HttpResponse<?> people(Authentication authentication) {
        return HttpResponse.ok(new ModelAndView<>("team/people",
                new PeoplePage(access.visibleReps(CurrentUser.of(authentication).id(), false))));
    }
}
