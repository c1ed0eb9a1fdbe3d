package org.clockwise.web.learn;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.web.security.CurrentUser;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import org.clockwise.core.people.UserStore;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** A rep's own progress: skills against targets, coverage of the buying cycle, history, all modules. */
@Controller(produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgressPagesController {

    static final int TREND_WEEKS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /**
     * A skill line with its trend as SVG polyline points (0..100 wide, 0..30 high), and the texts and
     * the bar's class its row shows, made here once rather than by expressions per row (issue 13,
     * rendering speed).
     */
    record SkillView(SkillReport.SkillLine line, String trendPoints, String trendText, String percentText,
                     String targetText, String barClass) {

        static SkillView of(SkillReport.SkillLine line) {
            List<Integer> trend = line.trend();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < trend.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(trend.get(i)).append('%');
            }
            return new SkillView(line, points(trend), text.toString(), line.percent() + "%", line.targetPercent() + "%",
                    line.onTarget() ? "bar-ok" : "bar-low");
        }
    }

    /** A persona's row of the coverage table: per phase, the count and its cell's class. */
    record CoverageRow(String persona, List<Integer> counts, List<CoverageCell> cells) {
    }

    record CoverageCell(int count, String css) {
        static CoverageCell of(int count) {
            return new CoverageCell(count, count == 0 ? "gap" : "covered");
        }
    }

    /** One question the rep keeps missing, with the day it was last answered (UTC) as text. */
    record LeechView(MasteryQueries.Leech leech, String lastAnswered) {
    }

    record SkillsPage(List<SkillView> skills, List<CatalogView.Entry> phases, List<CoverageRow> coverage, int weeks,
                      List<LeechView> leeches, MasteryQueries.Mastered mastered, boolean hasLeeches) {
    }

    /**
     * One line of History: a quiz attempt ({@code review} false: {@code correct}/{@code total}) or
     * an answered review ({@code review} true: {@code correct} is 1 or 0 of 1), at its time in the
     * rep's zone; {@code href} opens its result or feedback.
     */
    record HistoryEntry(boolean review, ZonedDateTime when, String title, int correct, int total, boolean firstCompletion,
                        String href) {
        public int percent() {
            return total == 0 ? 100 : correct * 100 / total;
        }
    }

    record HistoryPage(List<HistoryEntry> rows, String zone) {
    }

    private final SkillReport skills;
    private final HistoryQueries history;
    private final CourseQueries courses;
    private final MasteryQueries mastery;
    private final UserStore users;
    private final ModuleFinder finder;
    private final SkillPageSections sections;

    ProgressPagesController(SkillReport skills, HistoryQueries history, CourseQueries courses, MasteryQueries mastery,
                            UserStore users, ModuleFinder finder, SkillPageSections sections) {
        this.sections = sections;
        this.skills = skills;
        this.history = history;
        this.courses = courses;
        this.mastery = mastery;
        this.users = users;
        this.finder = finder;
    }


    @Get("/skills")
    ModelAndView<SkillsPage> skills(Authentication authentication) {
        long userId = CurrentUser.of(authentication).id();
        SkillReport.Report report = skills.report(userId, TREND_WEEKS);
        List<SkillView> views = report.skills().stream().map(SkillView::of).toList();
        SkillPageSections.Sections kept = sections.of(userId, report.stamp(), () -> new SkillPageSections.Sections(
                Map.copyOf(history.coverage(userId)), List.copyOf(mastery.leeches(userId)), mastery.mastered(userId)));
        CatalogView catalog = courses.catalog();
        Map<String, Integer> cells = kept.coverage();
        List<CoverageRow> coverage = catalog.personas().stream().map(pe -> {
            List<Integer> counts = catalog.phases().stream().map(ph -> cells.getOrDefault(ph.id() + "|" + pe.id(), 0)).toList();
            return new CoverageRow(pe.name(), counts, counts.stream().map(CoverageCell::of).toList());
        }).toList();
        List<LeechView> leeches = kept.leeches().stream()
                .map(l -> new LeechView(l, l.lastAnswered() == null ? "" : DAY.format(l.lastAnswered()))).toList();
        return new ModelAndView<>("learn/skills", new SkillsPage(views, catalog.phases(), coverage, TREND_WEEKS,
                leeches, kept.mastered(), !leeches.isEmpty()));
    }

    @Get("/history")
    ModelAndView<HistoryPage> history(Authentication authentication) {
        long userId = CurrentUser.of(authentication).id();
        ZoneId zone = users.findById(userId).orElseThrow().zone();
        List<HistoryEntry> rows = new ArrayList<>();
        history.attempts(userId, 200).forEach(r -> rows.add(new HistoryEntry(false, r.submittedAt().atZone(zone), r.title(),
                r.correct(), r.total(), r.firstCompletion(), "/attempts/" + r.attemptId())));
        history.reviews(userId, 200).forEach(r -> rows.add(new HistoryEntry(true, r.reviewedAt().atZone(zone), r.title(),
                r.correct() ? 1 : 0, 1, false, "/reviews/answered/" + r.eventId())));
        rows.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return new ModelAndView<>("learn/history", new HistoryPage(rows.stream().limit(200).toList(), zone.getId()));
    }

    @Get("/modules{?q,skill,phase,persona,track}")
    ModelAndView<ModuleFinder.Page> modules(@Nullable @QueryValue String q, @Nullable @QueryValue String skill,
                                            @Nullable @QueryValue String phase, @Nullable @QueryValue String persona,
                                            @Nullable @QueryValue String track, Authentication authentication) {
        return new ModelAndView<>("learn/modules", finder.page(CurrentUser.of(authentication).id(),
                new ModuleFinder.Filter(q, skill, phase, persona, track)));
    }

    static String points(List<Integer> trend) {
        if (trend.isEmpty()) {
            return "";
        }
        double step = trend.size() == 1 ? 0 : 100.0 / (trend.size() - 1);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < trend.size(); i++) {
            points.append(i == 0 ? "" : " ").append(oneDecimal(i * step)).append(',').append(height(trend.get(i)));
        }
        return points.toString();
    }

    // Issue 13 (rendering speed): a trend point's x and height take few values (8 weeks; 0..100%), so each
    // is formatted once with String.format, as before, and kept; the map's bound guards against surprises.
    private static final Map<Double, String> FORMATTED = new ConcurrentHashMap<>();
    private static final String[] HEIGHTS = IntStream.rangeClosed(0, 100).mapToObj(p -> oneDecimal(30 - p * 0.3))
            .toArray(String[]::new);

    private static String height(int percent) {
        return percent >= 0 && percent <= 100 ? HEIGHTS[percent] : oneDecimal(30 - percent * 0.3);
    }

    private static String oneDecimal(double value) {
        String cached = FORMATTED.get(value);
        if (cached == null) {
            cached = String.format(Locale.ROOT, "%.1f", value);
            if (FORMATTED.size() < 1_000) {
                FORMATTED.put(value, cached);
            }
        }
        return cached;
    }
}
