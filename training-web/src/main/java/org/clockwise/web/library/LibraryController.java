package org.clockwise.web.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import org.clockwise.core.course.ModuleDrafts;
import org.clockwise.core.course.PublishOrigin;
import org.clockwise.core.course.PublishResult;
import org.clockwise.core.course.Refusal;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.core.summary.AgedCache;
import org.clockwise.core.summary.OverviewSettings;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The authors' library: every module with its catalog tags, filters, and the last refused publish. */
@Controller(value = "/library", produces = MediaType.TEXT_HTML)
@Secured({"AUTHOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class LibraryController {

    /**
     * One filter: its query parameter, the message key of its label, the choices and the chosen id;
     * the field's id and each choice with whether it is the chosen one, made here once (issue 13).
     */
    record FilterKind(String key, String label, List<CatalogView.Entry> entries, String selected, String fieldId,
                      List<FilterOption> options) {

        static FilterKind of(String key, String label, List<CatalogView.Entry> entries, String selected) {
            return new FilterKind(key, label, entries, selected, "filter-" + key,
                    entries.stream().map(e -> new FilterOption(e.id(), e.name(), e.id().equals(selected))).toList());
        }
    }

    record FilterOption(String id, String name, boolean selected) {
    }

    /** A leech of the author's organisation with the texts its row shows (issue 13, rendering speed). */
    record LeechRow(MasteryQueries.AuthorLeech leech, String versionText, String indexText, String wrongText) {

        static LeechRow of(MasteryQueries.AuthorLeech l) {
            return new LeechRow(l, "v" + l.version(), l.questionIndex() + ". ",
                    l.wrongPercent() == null ? "–" : l.wrongPercent() + "%");
        }
    }

    /** A sortable column header: its link (toggling the direction when it is the sorted one) and its aria-sort. */
    record SortLink(String key, String label, String href, String ariaSort, String arrow) {
    }

    /** A saved draft as the library lists it; {@code label} is its module id, or its path before it has one. */
    record DraftRow(long id, String path, String courseId, String savedAt, String savedBy, String label) {
    }

    /**
     * {@code refusal} (with {@code refusalAt}) and {@code notice} are null unless there is one;
     * {@code published} is the id of the module just published, highlighted in the table.
     */
    record LibraryPage(List<LibraryRow> modules, int totalMinutes, List<FilterKind> filterKinds,
                       @Nullable Refusal refusal, @Nullable String refusalAt, @Nullable UiText notice,
                       List<MasteryQueries.AuthorLeech> leeches, String query, String sort, String dir,
                       List<SortLink> sortLinks, @Nullable String published, List<DraftRow> drafts,
                       String leechesAsOf, long leechesMaxAge, int moduleCount, List<LeechRow> leechRows,
                       boolean hasLeeches, boolean hasDrafts, int problemCount) {
    }

    /** The confirmation step before publishing the whole folder. */
    record ConfirmPage(int drafts) {
    }

    private final CourseQueries courses;
    private final LibraryEditing editing;
    private final MasteryQueries mastery;
    private final ModuleDrafts drafts;
    /**
     * Issue 13 ("Speed"): the leech list reads every rep's items and review answers, so it is computed
     * at most once per {@link OverviewSettings#maxAgeSeconds} for an author, and again at once after a
     * publication; the page says as of when.
     */
    private final AgedCache<Long, List<MasteryQueries.AuthorLeech>> leeches;

    LibraryController(CourseQueries courses, LibraryEditing editing, MasteryQueries mastery, ModuleDrafts drafts,
                      Clock clock, OverviewSettings settings) {
        this.courses = courses;
        this.editing = editing;
        this.mastery = mastery;
        this.drafts = drafts;
        this.leeches = new AgedCache<>(clock, Duration.ofSeconds(settings.maxAgeSeconds()), 256);
    }

    @Get
    ModelAndView<LibraryPage> index(@Nullable @QueryValue String skill, @Nullable @QueryValue String phase,
                                     @Nullable @QueryValue String persona, @Nullable @QueryValue String track,
                                     @Nullable @QueryValue String notice, @Nullable @QueryValue String q,
                                     @Nullable @QueryValue String sort, @Nullable @QueryValue String dir,
                                     @Nullable @QueryValue String published, Authentication authentication) {
        CatalogView catalog = courses.catalog();
        LibrarySort by = LibrarySort.of(sort);
        boolean descending = "desc".equals(dir);
        List<CourseSummary> shown = by.sort(courses.all().stream()
                .filter(c -> LibrarySort.matches(c, q))
                .filter(matches(skill, CourseSummary::skills))
                .filter(matches(phase, CourseSummary::phases))
                .filter(matches(persona, CourseSummary::personas))
                .filter(c -> blank(track) || track.equals(c.track()))
                .toList(), descending);
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("q", q);
        kept.put("skill", skill);
        kept.put("phase", phase);
        kept.put("persona", persona);
        kept.put("track", track);
        Refusal refusal = courses.lastRefusal().orElse(null);
        long author = CurrentUser.of(authentication).id();
        // Only the author's own organisation's reps: another organisation's answers are not theirs to see.
        AgedCache.Aged<List<MasteryQueries.AuthorLeech>> leechList =
                leeches.get(author, courses.publication(), () -> mastery.forAuthors(author));
        List<DraftRow> draftRows = drafts.all().stream().map(d -> new DraftRow(d.id(), d.path(), d.courseId(),
                Dates.utc(d.savedAt()), d.savedBy(), d.courseId() != null ? d.courseId() : d.path())).toList();
        return new ModelAndView<>("library/index", new LibraryPage(
                shown.stream().map(c -> LibraryRow.of(c, catalog, published)).toList(),
                shown.stream().filter(c -> !c.retired()).mapToInt(CourseSummary::minutes).sum(),
                List.of(FilterKind.of("skill", "library.filter.skill", catalog.skills(), skill),
                        FilterKind.of("phase", "library.filter.phase", catalog.phases(), phase),
                        FilterKind.of("persona", "library.filter.persona", catalog.personas(), persona),
                        FilterKind.of("track", "library.filter.track", catalog.tracks(), track)),
                refusal, refusal == null ? null : Dates.utc(refusal.at()),
                Notices.text(notice),
                leechList.value(),
                q == null ? "" : q, by.key(), descending ? "desc" : "asc", sortLinks(kept, by, descending), published,
                draftRows,
                Dates.utc(leechList.asOf()), leeches.maxAge().toSeconds(), shown.size(),
                leechList.value().stream().map(LeechRow::of).toList(), !leechList.value().isEmpty(), !draftRows.isEmpty(),
                refusal == null ? 0 : refusal.problems().size()));
    }

    /** Publishing the whole folder puts every change in it in front of reps: confirm first. */
    @Get("/publish")
    ModelAndView<ConfirmPage> confirmPublish() {
        return new ModelAndView<>("library/confirm", new ConfirmPage(drafts.all().size()));
    }

    private static List<SortLink> sortLinks(Map<String, String> kept, LibrarySort current, boolean descending) {
        List<SortLink> links = new ArrayList<>();
        for (LibrarySort s : LibrarySort.values()) {
            boolean sorted = s == current;
            StringBuilder href = new StringBuilder("/library?sort=").append(s.key())
                    .append("&dir=").append(sorted && !descending ? "desc" : "asc");
            kept.forEach((k, v) -> {
                if (!blank(v)) {
                    href.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            href.append("#modules-table");
            links.add(new SortLink(s.key(), s.label(), href.toString(),
                    sorted ? (descending ? "descending" : "ascending") : "none", sorted ? (descending ? "▼" : "▲") : ""));
        }
        return links;
    }

    /** Publishes whatever the library folder holds now (e.g. after a git pull). */
    @Post(value = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@Body Map<String, Object> form, Authentication authentication) {
        if (!"yes".equals(String.valueOf(form.get("confirm")))) {
            return HttpResponse.seeOther(URI.create("/library/publish"));
        }
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
