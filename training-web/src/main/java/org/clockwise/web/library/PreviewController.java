package org.clockwise.web.library;

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
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.web.learn.QuizForm;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.ErrorPages;

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

    /**
     * {@code emptyMap}: the quiz form's hidden fields (none, nothing is recorded);
     * {@code notice} and {@code result} are null unless there is one.
     */
    record PreviewPage(PublishedCourse course, CatalogView catalog, String publishedAt, Map<String, String> emptyMap,
                       String checkAction, @Nullable UiText notice, @Nullable QuizGrading.Result result) {
    }

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
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noLibraryModule", id);
        }
        return HttpResponse.ok(new ModelAndView<>("library/preview", page(course.get(), Notices.text(notice), null)));
    }

    @Post(value = "/{id}/check", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue Integer version, @Body Map<String, Object> form) {
        // A map, not a record: the answers come as q<n>, one per question of whichever quiz this
        // is (a value per ticked option, or the typed text), and QuizForm reads them.
        Optional<PublishedCourse> course = courses.version(id, version);
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noLibraryModule", id);
        }
        return HttpResponse.ok(new ModelAndView<>("library/preview",
                page(course.get(), null, QuizGrading.grade(course.get().quiz(), QuizForm.answers(form)))));
    }

    private PreviewPage page(PublishedCourse course, UiText notice, QuizGrading.Result result) {
        return new PreviewPage(course, courses.catalog(), Dates.utc(course.publishedAt()), Map.of(),
                "/library/modules/" + course.id() + "/check?version=" + course.version() + "#feedback", notice, result);
    }
}
