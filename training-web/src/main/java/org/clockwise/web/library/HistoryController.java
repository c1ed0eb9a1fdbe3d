package org.clockwise.web.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.LineDiff;
import org.clockwise.core.course.ModuleHistoryQueries;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.PublishResult;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A module's versions: who published each and when, a line diff of any two, and restore. */
@Controller(value = "/library/modules", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class HistoryController {

    /** One version row, its date formatted. */
    record VersionRow(int version, String title, String publishedAt, String publishedBy, String originKey, boolean current) {
    }

    /** {@code diff} is empty when fewer than two versions exist or both sides are the same version. */
    record HistoryPage(String id, String moduleTitle, List<VersionRow> versions, int from, int to, List<LineDiff.Line> diff,
                       int added, int removed, @Nullable UiText notice, @Nullable UiText error) {
    }

    private final CourseQueries courses;
    private final ModuleHistoryQueries history;
    private final LibraryEditing editing;
    private final ErrorPages errorPages;

    HistoryController(CourseQueries courses, ModuleHistoryQueries history, LibraryEditing editing, ErrorPages errorPages) {
        this.courses = courses;
        this.history = history;
        this.editing = editing;
        this.errorPages = errorPages;
    }

    @Get("/{id}/versions")
    HttpResponse<?> versions(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue Integer from,
                             @Nullable @QueryValue Integer to, @Nullable @QueryValue String notice) {
        Optional<PublishedCourse> live = courses.live(id);
        if (live.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noLibraryModule", id);
        }
        int current = live.get().version();
        int right = to == null ? current : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        Optional<PublishedCourse> a = courses.version(id, left);
        Optional<PublishedCourse> b = courses.version(id, right);
        if (a.isEmpty() || b.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noVersion", id);
        }
        List<LineDiff.Line> diff = left == right ? List.of() : LineDiff.of(a.get().source(), b.get().source());
        UiText text = "restored".equals(notice) ? UiText.of("versions.notice.restored")
                : "unchanged".equals(notice) ? UiText.of("versions.notice.unchanged") : null;
        return HttpResponse.ok(view(page(live.get(), left, right, diff, text, null)));
    }

    @Post(value = "/{id}/versions/{version}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(HttpRequest<?> request, @PathVariable String id, @PathVariable int version,
                            Authentication authentication) {
        Optional<LibraryEditing.Outcome> outcome = editing.restore(id, version, CurrentUser.of(authentication).id());
        if (outcome.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noVersion", id);
        }
        if (outcome.get() instanceof LibraryEditing.Outcome.Done done && !(done.result() instanceof PublishResult.Refused)) {
            String code = done.result() instanceof PublishResult.Unchanged ? "unchanged" : "restored";
            return HttpResponse.seeOther(URI.create("/library/modules/" + id + "/versions?notice=" + code));
        }
        PublishedCourse live = courses.live(id).orElseThrow();
        int current = live.version();
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(page(live, version, current,
                LineDiff.of(courses.version(id, version).map(PublishedCourse::source).orElse(""), live.source()), null,
                UiText.of("versions.error.notRestored", String.valueOf(version)))));
    }

    private HistoryPage page(PublishedCourse live, int from, int to, List<LineDiff.Line> diff, UiText notice, UiText error) {
        List<VersionRow> rows = history.versions(live.id()).stream()
                .map(v -> new VersionRow(v.version(), v.title(), Dates.utc(v.publishedAt()), v.publishedBy(),
                        originKey(v.origin()), v.current()))
                .toList();
        int added = (int) diff.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).count();
        int removed = (int) diff.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED).count();
        return new HistoryPage(live.id(), live.title(), rows, from, to, diff, added, removed, notice, error);
    }

    private static String originKey(PublishOrigin origin) {
        return switch (origin) {
            case STARTUP -> "versions.origin.STARTUP";
            case AUTHOR -> "versions.origin.AUTHOR";
            case EDITOR -> "versions.origin.EDITOR";
            case UPLOAD -> "versions.origin.UPLOAD";
            case RESTORE -> "versions.origin.RESTORE";
        };
    }

    private static ModelAndView<HistoryPage> view(HistoryPage page) {
        return new ModelAndView<>("library/versions", page);
    }
}
