package org.clockwise.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.people.Role;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.util.Optional;

/**
 * {@code GET /team/reps/{id}}: one rep as their manager (or an admin of their organisation) sees
 * them: today's plan as a preview that stores nothing, skills against targets with the weekly
 * trend as a chart (weeks before the hire date left out), recent quizzes with their dates, and the
 * rep's assignments with a form to assign one more ({@code ?notice=assigned} confirms it). A rep
 * the viewer may not see answers 403, whatever the id.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RepPageController {

    private final TeamAccessQueries access;
    private final RepPages pages;
    private final ErrorPages errorPages;

    RepPageController(TeamAccessQueries access, RepPages pages, ErrorPages errorPages) {
        this.access = access;
        this.pages = pages;
        this.errorPages = errorPages;
    }

    @Get(value = "/reps/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> rep(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String notice,
                        Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        Optional<RepInfo> rep = access.visibleRep(viewer.id(), viewer.has(Role.ADMIN), id);
        if (rep.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourRep");
        }
        // A manager looking must not fix the rep's plan for the day: RepPages peeks, never today().
        return HttpResponse.ok(new ModelAndView<>("team/rep", pages.page(rep.get(), "assigned".equals(notice), null, null)));
    }
}
