package org.clockwise.web.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.people.Role;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /team/reps/{id}}: one rep as their manager (or an admin of their organisation) sees
 * them: today's plan as a preview that stores nothing, skills against targets with the weekly
 * trend, and recent quizzes. A rep the viewer may not see answers 403, whatever the id.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RepPageController {

    /** The model of {@code team/rep}. */
    record RepPage(RepInfo rep, List<SkillReport.SkillLine> skills, List<HistoryQueries.Row> history, PlanService.Today today) {
    }

    private final TeamAccessQueries access;
    private final SkillReport skills;
    private final HistoryQueries history;
    private final PlanService plans;
    private final ErrorPages errorPages;

    RepPageController(TeamAccessQueries access, SkillReport skills, HistoryQueries history, PlanService plans,
                      ErrorPages errorPages) {
        this.access = access;
        this.skills = skills;
        this.history = history;
        this.plans = plans;
        this.errorPages = errorPages;
    }

    @Get(value = "/reps/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> rep(HttpRequest<?> request, @PathVariable long id, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        Optional<RepInfo> rep = access.visibleRep(viewer.id(), viewer.has(Role.ADMIN), id);
        if (rep.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourRep");
        }
        // A manager looking must not fix the rep's plan for the day: peek, never today().
        RepPage page = new RepPage(rep.get(), skills.skills(id, 8), history.attempts(id, 20), plans.peek(id));
        return HttpResponse.ok(new ModelAndView<>("team/rep", page));
    }
}
