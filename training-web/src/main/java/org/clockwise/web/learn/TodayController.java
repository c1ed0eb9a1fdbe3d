package org.clockwise.web.learn;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.web.security.CurrentUser;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A rep's Today page: the plan for their local day, progress, reviews due, streak. */
@Controller(value = "/today", produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class TodayController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final PlanService plans;
    private final CourseQueries courses;

    TodayController(PlanService plans, CourseQueries courses) {
        this.plans = plans;
        this.courses = courses;
    }

    @Get
    ModelAndView<Map<String, Object>> today(Authentication authentication) {
        PlanService.Today today = plans.today(CurrentUser.of(authentication).id());
        Map<String, CourseSummary> modules = courses.all().stream().collect(Collectors.toMap(CourseSummary::id, Function.identity()));
        Map<String, Object> model = new HashMap<>();
        model.put("today", today);
        model.put("dayLabel", DAY.format(today.day()));
        PlanService.Line lesson = today.lesson();
        if (lesson != null) {
            model.put("lesson", lesson);
            model.put("lessonModule", modules.get(lesson.item().moduleId()));
        }
        model.put("reviewLines", today.lines().stream().filter(l -> l.item().kind().name().equals("REVIEW")).toList());
        return new ModelAndView<>("learn/today", model);
    }
}
