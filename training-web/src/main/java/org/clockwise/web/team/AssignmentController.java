package org.clockwise.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.plan.PlanService;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /team/assignments}: a manager assigns a published module, due on a date, to one rep
 * or to the whole team ({@code rep=team}) of the dashboard the form is on ({@code team=<id>}, or
 * their whole span). Success redirects (303) to the same dashboard with {@code notice=assigned}.
 * Input that cannot be used re-renders the dashboard with 422 and the reason; a rep or team that
 * is not the viewer's answers 403, and an admin without a team 400.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentController {

    /** The assignment form: a rep id or {@code team}, a module id, a due date (ISO) and the dashboard's team. */
    @Serdeable
    record AssignForm(@Nullable String rep, @Nullable String module, @Nullable String due, @Nullable String team) {
    }

    private final TeamScopes scopes;
    private final DashboardPages pages;
    private final CourseQueries courses;
    private final PlanService plans;
    private final ErrorPages errorPages;
    private final Clock clock;

    AssignmentController(TeamScopes scopes, DashboardPages pages, CourseQueries courses, PlanService plans,
                         ErrorPages errorPages, Clock clock) {
        this.scopes = scopes;
        this.pages = pages;
        this.courses = courses;
        this.plans = plans;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    @Post(value = "/assignments", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assign(HttpRequest<?> request, @Body AssignForm form, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (TeamScopes.needsTeam(viewer, form.team())) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "error.assignNeedsTeam");
        }
        Optional<TeamScope> found = scopes.scope(viewer, form.team());
        if (found.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourTeam");
        }
        TeamScope scope = found.get();
        List<Long> repIds;
        if ("team".equals(form.rep())) {
            repIds = scope.repIds();
        } else {
            long repId;
            try {
                repId = Long.parseLong(form.rep() == null ? "" : form.rep());
            } catch (NumberFormatException e) {
                return invalid(viewer, scope, "team.assign.error.rep");
            }
            if (!scope.repIds().contains(repId)) {
                return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourRep");
            }
            repIds = List.of(repId);
        }
        if (form.module() == null || courses.live(form.module()).filter(c -> !c.retired()).isEmpty()) {
            return invalid(viewer, scope, "team.assign.error.module");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(form.due() == null ? "" : form.due());
        } catch (DateTimeParseException e) {
            return invalid(viewer, scope, "team.assign.error.dueFormat");
        }
        LocalDate today = LocalDate.now(clock);
        if (due.isBefore(today) || due.isAfter(today.plusYears(1))) {
            return invalid(viewer, scope, "team.assign.error.dueRange");
        }
        if (repIds.isEmpty()) {
            return invalid(viewer, scope, "team.assign.error.noReps");
        }
        plans.assign(viewer.id(), repIds, form.module(), due);
        return HttpResponse.seeOther(URI.create("/team?notice=assigned" + (scope.query().isEmpty() ? "" : "&" + scope.query())));
    }

    /** The dashboard again, with the reason the form was refused (a message key). */
    private HttpResponse<?> invalid(CurrentUser viewer, TeamScope scope, String why) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("team/dashboard", pages.page(viewer, scope, null, null, null, UiText.of(why))));
    }
}
