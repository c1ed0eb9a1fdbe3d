package org.clockwise.web.learn;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.progress.AttemptNotYoursException;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;
import org.clockwise.web.security.Signatures;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** A module for a rep: the lesson, then its quiz; submitting records the attempt exactly once. */
@Controller(value = "/modules", produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class LessonController {

    record LessonPage(PublishedCourse course, CatalogView catalog) {
    }

    /** {@code ticket}: the signed hidden fields; {@code action}: where the form posts. */
    record QuizPage(PublishedCourse course, Map<String, String> ticket, String action) {
    }

    private final CourseQueries courses;
    private final AttemptRecorder recorder;
    private final Signatures signatures;
    private final ErrorPages errorPages;
    private final Clock clock;

    LessonController(CourseQueries courses, AttemptRecorder recorder, Signatures signatures, ErrorPages errorPages, Clock clock) {
        this.courses = courses;
        this.recorder = recorder;
        this.signatures = signatures;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    /** Anyone signed in may read a lesson (links between lessons work for every role). */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> lesson(HttpRequest<?> request, @PathVariable String id) {
        Optional<PublishedCourse> course = courses.live(id).filter(c -> !c.retired());
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noModule", id);
        }
        return HttpResponse.ok(new ModelAndView<>("learn/lesson", new LessonPage(course.get(), courses.catalog())));
    }

    @Get("/{id}/quiz")
    @Secured("REP")
    HttpResponse<?> quiz(HttpRequest<?> request, @PathVariable String id, Authentication authentication) {
        Optional<PublishedCourse> course = courses.live(id).filter(c -> !c.retired() && !c.quiz().isEmpty());
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noQuiz", id);
        }
        AttemptTicket ticket = AttemptTicket.mint(id, course.get().version(), clock.instant());
        return HttpResponse.ok(new ModelAndView<>("learn/quiz", new QuizPage(course.get(),
                ticket.fields(CurrentUser.of(authentication).id(), signatures), "/modules/" + id + "/quiz")));
    }

    @Post(value = "/{id}/quiz", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("REP")
    HttpResponse<?> submit(HttpRequest<?> request, @PathVariable String id, @Body Map<String, Object> form,
                           Authentication authentication) {
        // A map, not a record: the answers come as q<n> (a value per chosen option, or the typed
        // text) and c<n>, one pair per question of whichever quiz this is; QuizForm reads them and
        // AttemptTicket the signed fields beside them.
        long userId = CurrentUser.of(authentication).id();
        Optional<AttemptTicket> ticket = AttemptTicket.read(form, userId, id, signatures);
        if (ticket.isEmpty()) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "error.quizForm");
        }
        AttemptTicket t = ticket.get();
        try {
            recorder.record(new Submission(t.attemptId(), userId, id, t.version(), t.servedAt(),
                    QuizForm.answers(form), QuizForm.confidence(form)));
        } catch (AttemptNotYoursException e) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourAttempt");
        }
        return HttpResponse.seeOther(URI.create("/attempts/" + t.attemptId()));
    }
}
