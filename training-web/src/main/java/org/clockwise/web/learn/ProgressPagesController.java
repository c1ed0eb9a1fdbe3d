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
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.web.security.CurrentUser;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A rep's own progress: skills against targets, coverage of the buying cycle, history, all modules. */
@Controller(produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgressPagesController {

    static final int TREND_WEEKS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A skill line with its trend as SVG polyline points (0..100 wide, 0..30 high). */
    record SkillView(SkillReport.SkillLine line, String trendPoints, String trendText) {
    }

    record CoverageRow(String persona, List<Integer> counts) {
    }

    /** One question the rep keeps missing, with the day it was last answered (UTC) as text. */
    record LeechView(MasteryQueries.Leech leech, String lastAnswered) {
    }

    record SkillsPage(List<SkillView> skills, List<CatalogView.Entry> phases, List<CoverageRow> coverage, int weeks,
                      List<LeechView> leeches, MasteryQueries.Mastered mastered) {
    }

    /** {@code when}: each attempt's time as text, by attempt id. */
    record HistoryPage(List<HistoryQueries.Row> rows, Map<String, String> when) {
    }

    /** {@code done}: the ids of the modules the rep has taken a quiz of. */
    record ModulesPage(List<CourseSummary> modules, Set<String> done) {
    }

    private final SkillReport skills;
    private final HistoryQueries history;
    private final CourseQueries courses;
    private final MasteryQueries mastery;

    ProgressPagesController(SkillReport skills, HistoryQueries history, CourseQueries courses, MasteryQueries mastery) {
        this.skills = skills;
        this.history = history;
        this.courses = courses;
        this.mastery = mastery;
    }

    @Get("/skills")
    ModelAndView<SkillsPage> skills(Authentication authentication) {
        long userId = CurrentUser.of(authentication).id();
        List<SkillView> views = skills.skills(userId, TREND_WEEKS).stream().map(l -> new SkillView(l, points(l.trend()),
                l.trend().stream().map(p -> p + "%").collect(Collectors.joining(", ")))).toList();
        CatalogView catalog = courses.catalog();
        Map<String, Integer> cells = history.coverage(userId);
        List<CoverageRow> coverage = catalog.personas().stream().map(pe -> new CoverageRow(pe.name(),
                catalog.phases().stream().map(ph -> cells.getOrDefault(ph.id() + "|" + pe.id(), 0)).toList())).toList();
        List<LeechView> leeches = mastery.leeches(userId).stream()
                .map(l -> new LeechView(l, l.lastAnswered() == null ? "" : DAY.format(l.lastAnswered()))).toList();
        return new ModelAndView<>("learn/skills", new SkillsPage(views, catalog.phases(), coverage, TREND_WEEKS,
                leeches, mastery.mastered(userId)));
    }

    @Get("/history")
    ModelAndView<HistoryPage> history(Authentication authentication) {
        List<HistoryQueries.Row> rows = history.attempts(CurrentUser.of(authentication).id(), 200);
        return new ModelAndView<>("learn/history", new HistoryPage(rows,
                rows.stream().collect(Collectors.toMap(r -> r.attemptId().toString(), r -> WHEN.format(r.submittedAt())))));
    }

    @Get("/modules")
    ModelAndView<ModulesPage> modules(Authentication authentication) {
        Set<String> done = history.attempts(CurrentUser.of(authentication).id(), 10_000).stream()
                .map(HistoryQueries.Row::courseId).collect(Collectors.toSet());
        return new ModelAndView<>("learn/modules", new ModulesPage(courses.all().stream().filter(c -> !c.retired()).toList(), done));
    }

    static String points(List<Integer> trend) {
        if (trend.isEmpty()) {
            return "";
        }
        double step = trend.size() == 1 ? 0 : 100.0 / (trend.size() - 1);
        List<String> points = new ArrayList<>();
        IntStream.range(0, trend.size()).forEach(i ->
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", i * step, 30 - trend.get(i) * 0.3)));
        return String.join(" ", points);
    }
}
