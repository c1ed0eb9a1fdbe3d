package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.plan.NextLesson;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.skill.SkillStatus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All modules for a rep: searched by title and summary, filtered by skill, phase, persona and
 * track, with a few recommended first. Recommending adds no rule of its own: it is the lesson the
 * daily plan would give next ({@link PlanService#nextLessons}) and, for the rep's largest gaps in
 * the plan's order ({@link SkillStatus#LARGEST_GAP_FIRST}), a module not taken yet that trains the skill.
 */
@Singleton
class ModuleFinder {

    static final int GAP_SKILLS = 2;

    /** What the rep asked for; blank or unknown values mean "any". */
    record Filter(@Nullable String q, @Nullable String skill, @Nullable String phase, @Nullable String persona,
                  @Nullable String track) {
        Filter {
            q = q == null ? "" : q.strip();
            q = q.length() > 100 ? q.substring(0, 100) : q;
            skill = blankToNull(skill);
            phase = blankToNull(phase);
            persona = blankToNull(persona);
            track = blankToNull(track);
        }

        public boolean any() {
            return !q.isEmpty() || skill != null || phase != null || persona != null || track != null;
        }

        boolean matches(CourseSummary m) {
            String needle = q.toLowerCase(Locale.ROOT);
            return (needle.isEmpty() || m.title().toLowerCase(Locale.ROOT).contains(needle)
                    || (m.summary() != null && m.summary().toLowerCase(Locale.ROOT).contains(needle)))
                    && (skill == null || m.skills().contains(skill))
                    && (phase == null || m.phases().contains(phase))
                    && (persona == null || m.personas().contains(persona))
                    && (track == null || track.equals(m.track()));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * A recommended module and why: {@code key} is a message key, {@code args} its arguments
     * (the plan's next lesson: none; a gap: the skill's name, percent and target).
     */
    record Recommended(CourseSummary module, String key, List<String> args) {
    }

    record Page(Filter filter, List<Recommended> recommended, List<CourseSummary> modules, int totalModules, Set<String> done,
                CatalogView catalog, List<CatalogView.Entry> tracks) {
    }

    private final CourseQueries courses;
    private final HistoryQueries history;
    private final PlanService plans;
    private final Clock clock;

    ModuleFinder(CourseQueries courses, HistoryQueries history, PlanService plans, Clock clock) {
        this.courses = courses;
        this.history = history;
        this.plans = plans;
        this.clock = clock;
    }

    Page page(long userId, Filter filter) {
        List<CourseSummary> live = courses.all().stream().filter(c -> !c.retired()).toList();
        Set<String> done = history.attempts(userId, 10_000).stream().map(HistoryQueries.Row::courseId).collect(Collectors.toSet());
        CatalogView catalog = courses.catalog();
        List<CatalogView.Entry> tracks = courses.tracks().stream()
                .map(t -> new CatalogView.Entry(t.id(), t.name(), "")).toList();
        List<CourseSummary> shown = live.stream().filter(filter::matches).toList();
        return new Page(filter, filter.any() ? List.of() : recommended(userId, live, done), shown, live.size(), done, catalog, tracks);
    }

    List<Recommended> recommended(long userId, List<CourseSummary> live, Set<String> done) {
        Map<String, CourseSummary> byId = live.stream().collect(Collectors.toMap(CourseSummary::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        NextLesson next = plans.nextLessons(List.of(userId), clock.instant()).get(userId);
        List<Recommended> picks = new ArrayList<>();
        if (next != null && next.lesson() != null && byId.containsKey(next.lesson().moduleId())) {
            picks.add(new Recommended(byId.get(next.lesson().moduleId()), "modules.recommended.next", List.of()));
        }
        List<SkillStatus> gaps = next == null ? List.of() : next.skills().stream().filter(s -> s.gap() > 0)
                .sorted(SkillStatus.LARGEST_GAP_FIRST).limit(GAP_SKILLS).toList();
        for (SkillStatus gap : gaps) {
            live.stream()
                    .filter(m -> m.skills().contains(gap.skillId()) && !done.contains(m.id()))
                    .filter(m -> picks.stream().noneMatch(p -> p.module().id().equals(m.id())))
                    .findFirst()
                    .ifPresent(m -> picks.add(new Recommended(m, "modules.recommended.gap",
                            List.of(gap.skillName(), Integer.toString(gap.percent()), Integer.toString(gap.targetPercent())))));
        }
        return picks;
    }
}
