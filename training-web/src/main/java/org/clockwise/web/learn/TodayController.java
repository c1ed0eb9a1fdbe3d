package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.plan.PlanService;
import org.clockwise.web.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A rep's Today page: the plan for their local day, progress, reviews due, streak. */
@Controller(value = "/today", produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class TodayController {

    /** {@code lesson} and {@code lessonModule} are null on a day without a new lesson. */
    record TodayPage(PlanService.Today today, @Nullable PlanService.Line lesson,
                     @Nullable CourseSummary lessonModule, List<PlanService.Line> reviewLines) {
    }

    private final PlanService plans;
    private final CourseQueries courses;

    TodayController(PlanService plans, CourseQueries courses) {
        this.plans = plans;
        this.courses = courses;
    }

    @Get
    ModelAndView<TodayPage> today(Authentication authentication) {
        PlanService.Today today = plans.today(CurrentUser.of(authentication).id());
        Map<String, CourseSummary> modules = courses.all().stream().collect(Collectors.toMap(CourseSummary::id, Function.identity()));
        PlanService.Line lesson = today.lesson();
        return new ModelAndView<>("learn/today", new TodayPage(today, lesson,
                lesson == null ? null : modules.get(lesson.item().moduleId()),
                today.lines().stream().filter(l -> l.item().kind().name().equals("REVIEW")).toList()));
    }
}
