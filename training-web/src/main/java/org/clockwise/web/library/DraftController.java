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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.content.Course;
import org.clockwise.content.Problem;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.ModuleDrafts;
import org.clockwise.core.course.PublishPolicy;
import org.clockwise.core.course.PublishResult;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.web.learn.QuizForm;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saved draft: its problems, a preview whose quiz can be answered (nothing is recorded), the
 * answer key, and the button that publishes this module alone. Authors and admins only.
 */
@Controller(value = "/library/drafts", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class DraftController {

    /**
     * {@code preview} is null while the text does not parse into a module; {@code result} after
     * answering; {@code emptyMap} the quiz form's hidden fields (none).
     */
    record DraftPage(ModuleDrafts.Draft draft, String savedAt, @Nullable Course preview, CatalogView catalog,
                     List<ProblemView> fileProblems, List<ProblemView> otherProblems, @Nullable UiText notice,
                     @Nullable UiText error, @Nullable QuizGrading.Result result, String checkAction, Map<String, String> emptyMap) {
    }

    private final ModuleDrafts drafts;
    private final CourseQueries courses;
    private final ErrorPages errorPages;

    DraftController(ModuleDrafts drafts, CourseQueries courses, ErrorPages errorPages) {
        this.drafts = drafts;
        this.courses = courses;
        this.errorPages = errorPages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String notice) {
        Optional<ModuleDrafts.Draft> draft = drafts.find(id);
        if (draft.isEmpty()) {
            return notFound(request, id);
        }
        UiText text = "saved".equals(notice) ? UiText.of("draft.notice.saved") : null;
        return HttpResponse.ok(view(page(draft.get(), drafts.check(draft.get()), text, null, null)));
    }

    @Post(value = "/{id}/check", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> form) {
        Optional<ModuleDrafts.Draft> draft = drafts.find(id);
        if (draft.isEmpty()) {
            return notFound(request, id);
        }
        LibraryEditing.Check check = drafts.check(draft.get());
        QuizGrading.Result result = check.course()
                .map(c -> QuizGrading.grade(c.quiz(), QuizForm.answers(form))).orElse(null);
        return HttpResponse.ok(view(page(draft.get(), check, null, null, result)));
    }

    @Post(value = "/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable long id, Authentication authentication) {
        Optional<ModuleDrafts.Draft> draft = drafts.find(id);
        if (draft.isEmpty()) {
            return notFound(request, id);
        }
        LibraryEditing.Outcome outcome = drafts.publish(draft.get(), CurrentUser.of(authentication).id());
        if (outcome instanceof LibraryEditing.Outcome.Done done && !(done.result() instanceof PublishResult.Refused)) {
            String courseId = done.check().course().map(Course::id).orElseThrow();
            return HttpResponse.seeOther(URI.create("/library?published=" + courseId + "&notice=" + Notices.code(done.result())
                    + "#module-" + courseId));
        }
        LibraryEditing.Check check = drafts.check(draft.get());
        DraftPage page;
        if (outcome instanceof LibraryEditing.Outcome.Done done && done.result() instanceof PublishResult.Refused refused) {
            page = page(draft.get(), check, null, UiText.of("draft.error.refused"), null, refused.problems());
        } else if (outcome instanceof LibraryEditing.Outcome.Conflict) {
            page = page(draft.get(), check, null, UiText.of("draft.error.changed"), null);
        } else {
            page = page(draft.get(), check, null, UiText.of("editor.error.invalid"), null);
        }
        return HttpResponse.status(outcome instanceof LibraryEditing.Outcome.Conflict ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_ENTITY).body(view(page));
    }

    @Post(value = "/{id}/discard", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> discard(HttpRequest<?> request, @PathVariable long id) {
        if (drafts.find(id).isEmpty()) {
            return notFound(request, id);
        }
        drafts.discard(id);
        return HttpResponse.seeOther(URI.create("/library?notice=discarded"));
    }

    private DraftPage page(ModuleDrafts.Draft draft, LibraryEditing.Check check, UiText notice, UiText error,
                           QuizGrading.Result result) {
        return page(draft, check, notice, error, result, List.of());
    }

    private DraftPage page(ModuleDrafts.Draft draft, LibraryEditing.Check check, UiText notice, UiText error,
                           QuizGrading.Result result, List<Problem> refused) {
        List<Problem> file = new java.util.ArrayList<>(check.fileProblems());
        List<Problem> other = new java.util.ArrayList<>(check.otherProblems());
        // What publishing would refuse beyond the file's own problems (the template, too few questions), shown up front.
        List<Problem> beyond = refused.isEmpty() && check.course().isPresent()
                ? PublishPolicy.problems(check.course().get()) : refused;
        for (Problem p : beyond) {
            (p.path().equals(check.path()) ? file : other).add(p);
        }
        return new DraftPage(draft, Dates.utc(draft.savedAt()), check.course().orElse(null), courses.catalog(),
                ProblemView.of(file), ProblemView.of(other), notice, error, result,
                "/library/drafts/" + draft.id() + "/check#feedback", Map.of());
    }

    private static ModelAndView<DraftPage> view(DraftPage page) {
        return new ModelAndView<>("library/draft", page);
    }

    private HttpResponse<?> notFound(HttpRequest<?> request, long id) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noDraft", String.valueOf(id));
    }
}
