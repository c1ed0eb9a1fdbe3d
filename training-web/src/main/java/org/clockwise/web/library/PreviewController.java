package org.clockwise.web.library;

import org.clockwise.web.learn.QuizForm;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.web.security.ErrorPages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An author's preview of a published module exactly as a rep sees it, quiz included, with
 * feedback after answering. Nothing is recorded.
 */
@Controller(value = "/library/modules", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class PreviewController {

    private final CourseQueries courses;
    private final ErrorPages errorPages;

    PreviewController(CourseQueries courses, ErrorPages errorPages) {
        this.courses = courses;
        this.errorPages = errorPages;
    }

    @Get("/{id}")
    HttpResponse<?> preview(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue Integer version, @Nullable @QueryValue String notice) {
        Optional<PublishedCourse> course = courses.version(id, version);
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no module \"" + id + "\" in the library.");
        }
        Map<String, Object> model = model(course.get());
        if (notice != null) {
            model.put("notice", Notices.text(notice));
        }
        return HttpResponse.ok(new ModelAndView<>("library/preview", model));
    }

    @Post(value = "/{id}/check", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue Integer version, @Body Map<String, Object> form) {
        Optional<PublishedCourse> course = courses.version(id, version);
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no module \"" + id + "\" in the library.");
        }
        Map<String, Object> model = model(course.get());
        model.put("result", QuizGrading.grade(course.get().quiz(), QuizForm.answers(form)));
        return HttpResponse.ok(new ModelAndView<>("library/preview", model));
    }

    private Map<String, Object> model(PublishedCourse course) {
        Map<String, Object> model = new HashMap<>();
        model.put("course", course);
        model.put("catalog", courses.catalog());
        model.put("publishedAt", Dates.utc(course.publishedAt()));
        model.put("emptyMap", Map.of());
        model.put("checkAction", "/library/modules/" + course.id() + "/check?version=" + course.version());
        return model;
    }
}
