package org.clockwise.web.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.LibraryEditing;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.PublishResult;
import org.clockwise.core.course.Refusal;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The authors' library: every module with its catalog tags, filters, and the last refused publish. */
@Controller(value = "/library", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class LibraryController {

    /** One filter: its query parameter, the message key of its label, the choices and the chosen id. */
    record FilterKind(String key, String label, List<CatalogView.Entry> entries, String selected) {
    }

    /** {@code refusal} (with {@code refusalAt}) and {@code notice} are null unless there is one. */
    record LibraryPage(List<LibraryRow> modules, int totalMinutes, List<FilterKind> filterKinds,
                       @Nullable Refusal refusal, @Nullable String refusalAt, @Nullable UiText notice,
                       List<MasteryQueries.AuthorLeech> leeches) {
    }

    private final CourseQueries courses;
    private final LibraryEditing editing;
    private final MasteryQueries mastery;

    LibraryController(CourseQueries courses, LibraryEditing editing, MasteryQueries mastery) {
        this.courses = courses;
        this.editing = editing;
        this.mastery = mastery;
    }

    @Get
    ModelAndView<LibraryPage> index(@Nullable @QueryValue String skill, @Nullable @QueryValue String phase,
                                     @Nullable @QueryValue String persona, @Nullable @QueryValue String track,
                                     @Nullable @QueryValue String notice, Authentication authentication) {
        CatalogView catalog = courses.catalog();
        List<CourseSummary> shown = courses.all().stream()
                .filter(matches(skill, CourseSummary::skills))
                .filter(matches(phase, CourseSummary::phases))
                .filter(matches(persona, CourseSummary::personas))
                .filter(c -> blank(track) || track.equals(c.track()))
                .toList();
        Refusal refusal = courses.lastRefusal().orElse(null);
        return new ModelAndView<>("library/index", new LibraryPage(
                shown.stream().map(c -> LibraryRow.of(c, catalog)).toList(),
                shown.stream().filter(c -> !c.retired()).mapToInt(CourseSummary::minutes).sum(),
                List.of(new FilterKind("skill", "library.filter.skill", catalog.skills(), skill),
                        new FilterKind("phase", "library.filter.phase", catalog.phases(), phase),
                        new FilterKind("persona", "library.filter.persona", catalog.personas(), persona),
                        new FilterKind("track", "library.filter.track", catalog.tracks(), track)),
                refusal, refusal == null ? null : Dates.utc(refusal.at()),
                Notices.text(notice),
                // Only the author's own organisation's reps: another organisation's answers are not theirs to see.
                mastery.forAuthors(CurrentUser.of(authentication).id())));
    }

    /** Publishes whatever the library folder holds now (e.g. after a git pull). */
    @Post(value = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Authentication authentication) {
        PublishResult result = editing.publishFolder(PublishOrigin.AUTHOR, CurrentUser.of(authentication).id());
        return HttpResponse.seeOther(URI.create("/library?notice=" + Notices.code(result)));
    }

    private static Predicate<CourseSummary> matches(String wanted, Function<CourseSummary, List<String>> values) {
        return c -> blank(wanted) || values.apply(c).contains(wanted);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
