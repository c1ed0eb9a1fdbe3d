package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
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
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.AttemptQueries;
import org.clockwise.core.progress.AttemptView;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The result of a recorded attempt: score, per-option feedback, explanations. Only its owner sees it. */
@Controller(value = "/attempts", produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttemptController {

    record ResultPage(PublishedCourse course, AttemptView attempt, QuizGrading.Result result, CatalogView catalog,
                      List<SkillReport.Move> skillsMoved, @Nullable String again, @Nullable Integer planDone) {
    }

    private final AttemptQueries attempts;
    private final CourseQueries courses;
    private final ErrorPages errorPages;
    private final SkillReport skills;
    private final PlanService plans;

    AttemptController(AttemptQueries attempts, CourseQueries courses, ErrorPages errorPages, SkillReport skills, PlanService plans) {
        this.plans = plans;
        this.attempts = attempts;
        this.courses = courses;
        this.errorPages = errorPages;
        this.skills = skills;
    }

    /** With the "plan done" banner when the submit that recorded it completed today's plan ({@link PlanDoneMark}). */
    @Get("/{id}")
    HttpResponse<?> result(HttpRequest<?> request, @PathVariable String id, Authentication authentication) {
        Optional<AttemptView> attempt = parse(id).flatMap(attempts::attempt);
        if (attempt.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noAttempt");
        }
        AttemptView a = attempt.get();
        if (a.userId() != CurrentUser.of(authentication).id()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourAttempt");
        }
        PublishedCourse course = courses.version(a.courseId(), a.version()).orElseThrow();
        QuizGrading.Result result = QuizGrading.grade(course.quiz(), a.answers());
        return HttpResponse.ok(new ModelAndView<>("learn/result", new ResultPage(course, a, result, courses.catalog(),
                skills.moved(a.userId(), course.skills(), a.submittedAt()), again(a), planDone(a.userId(), PlanDoneMark.names(request, a.id().toString())))));
    }

    private @Nullable Integer planDone(long userId, boolean marked) {
        if (!marked) {
            return null;
        }
        PlanService.Today today = plans.today(userId);
        return today.complete() ? today.streak() : null;
    }

    /** A new take of the module's live quiz, only ever started from a link the rep follows. */
    private @Nullable String again(AttemptView a) {
        return courses.live(a.courseId()).filter(c -> !c.retired() && !c.quiz().isEmpty())
                .map(c -> "/modules/" + c.id() + "/quiz?take=" + (attempts.attemptIds(a.userId(), c.id(), c.version()).size() + 1))
                .orElse(null);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
