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
import io.micronaut.http.annotation.PathVariable;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.people.Role;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.metrics.RepInfo;
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
 * their whole span). The module is the search box's title ({@code find}) when filled, else the
 * list's choice ({@code module}). Success redirects (303) to the same dashboard with
 * {@code notice=assigned}, back at the form ({@code #assign}). Input that cannot be used
 * re-renders the dashboard with 422, the reason and what was typed; a rep or team that is not the
 * viewer's answers 403, and an admin without a team 400.
 * <p>
 * {@code POST /team/reps/{id}/assignments}: the same from a rep's page, for that rep only; the
 * rep must be one the viewer may see (403 otherwise), and success returns to the rep's
 * assignments ({@code #assignments}).
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentController {

    /** The assignment form: a rep id or {@code team}, a module id or a title to find, a due date (ISO) and the dashboard's team. */
    @Serdeable
    record AssignForm(@Nullable String rep, @Nullable String module, @Nullable String find, @Nullable String due,
                      @Nullable String team) {

        DashboardPage.AssignInput typed() {
            return new DashboardPage.AssignInput(rep, module, find, due);
        }
    }

    /** A module and due date that can be assigned, or the message key of why not. */
    private record Checked(String moduleId, LocalDate due, String error) {
    }

    private final TeamScopes scopes;
    private final DashboardPages pages;
    private final RepPages repPages;
    private final TeamAccessQueries access;
    private final CourseQueries courses;
    private final PlanService plans;
    private final ErrorPages errorPages;
    private final Clock clock;

    AssignmentController(TeamScopes scopes, DashboardPages pages, RepPages repPages, TeamAccessQueries access,
                         CourseQueries courses, PlanService plans, ErrorPages errorPages, Clock clock) {
        this.scopes = scopes;
        this.pages = pages;
        this.repPages = repPages;
        this.access = access;
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
                return invalid(request, viewer, scope, form, "team.assign.error.rep");
            }
            if (!scope.repIds().contains(repId)) {
                return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourRep");
            }
            repIds = List.of(repId);
        }
        Checked checked = check(form);
        if (checked.error() != null) {
            return invalid(request, viewer, scope, form, checked.error());
        }
        if (repIds.isEmpty()) {
            return invalid(request, viewer, scope, form, "team.assign.error.noReps");
        }
        plans.assign(viewer.id(), repIds, checked.moduleId(), checked.due());
        return HttpResponse.seeOther(URI.create("/team?notice=assigned" + (scope.query().isEmpty() ? "" : "&" + scope.query())
                + "#assign"));
    }

    @Post(value = "/reps/{id}/assignments", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assignToRep(HttpRequest<?> request, @PathVariable long id, @Body AssignForm form, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        Optional<RepInfo> rep = access.visibleRep(viewer.id(), viewer.has(Role.ADMIN), id);
        if (rep.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourRep");
        }
        Checked checked = check(form);
        if (checked.error() != null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("team/rep",
                    repPages.page(rep.get(), false, UiText.of(checked.error()), form.typed())));
        }
        plans.assign(viewer.id(), List.of(id), checked.moduleId(), checked.due());
        return HttpResponse.seeOther(URI.create("/team/reps/" + id + "?notice=assigned#assignments"));
    }

    /** The module (searched by title, or chosen from the list) and the due date, within a year from today. */
    private Checked check(AssignForm form) {
        List<CourseSummary> live = courses.all().stream().filter(c -> !c.retired()).toList();
        Optional<String> module = ModulePicker.chosen(live, form.find(), form.module());
        if (module.isEmpty()) {
            return new Checked(null, null, "team.assign.error.module");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(form.due() == null ? "" : form.due());
        } catch (DateTimeParseException e) {
            return new Checked(null, null, "team.assign.error.dueFormat");
        }
        LocalDate today = LocalDate.now(clock);
        if (due.isBefore(today) || due.isAfter(today.plusYears(1))) {
            return new Checked(null, null, "team.assign.error.dueRange");
        }
        return new Checked(module.get(), due, null);
    }

    /** The dashboard again, with the reason the form was refused (a message key) and what was typed. */
    private HttpResponse<?> invalid(HttpRequest<?> request, CurrentUser viewer, TeamScope scope, AssignForm form, String why) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("team/dashboard",
                pages.page(request, viewer, scope, null, null, null, null, UiText.of(why), form.typed())));
    }
}
