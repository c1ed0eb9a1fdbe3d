package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Rep;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A rep's skills against their targets, with the trend of the last weeks. */
@Singleton
public class SkillReport {

    public record SkillLine(String id, String name, int percent, int targetPercent, List<Integer> trend) {
        public boolean onTarget() {
            return percent >= targetPercent;
        }
    }

    private final SkillStatuses statuses;
    private final EvidenceQueries evidence;
    private final CourseQueries courses;
    private final UserStore users;
    private final ProficiencyModel model = new ProficiencyModel();
    private final TargetQueries targets;
    private final Clock clock;
    private final SkillHistoryCache cache;

    SkillReport(SkillStatuses statuses, EvidenceQueries evidence, CourseQueries courses, UserStore users, TargetQueries targets,
                Clock clock, SkillHistoryCache cache) {
        this.cache = cache;
        this.statuses = statuses;
        this.evidence = evidence;
        this.targets = targets;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The rep's skills now, each with its trend over the last {@code weeks} weeks. The trends and
     * each question's latest answer come from {@link SkillHistoryCache} while the rep's evidence
     * stamp holds (issue 13, "Speed"); proficiency, targets and the catalog are as of now.
     */
    public List<SkillLine> skills(long userId, int weeks) {
        return skills(userId, weeks, clock.instant());
    }

    List<SkillLine> skills(long userId, int weeks, Instant now) {
        User user = users.findById(userId).orElseThrow();
        Rep rep = user.rep();
        LocalDate lastWeek = rep.day(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SkillHistoryCache.Key key = new SkillHistoryCache.Key(evidence.stamp(userId), user.zone(), lastWeek, weeks);
        SkillHistoryCache.Entry entry = cache.get(userId, key);
        if (entry != null && !entry.lastAnswered().isAfter(now)) {
            List<Evidence> latest = new ArrayList<>(entry.latest().size());
            entry.latest().forEach(a -> latest.add(evidence.asOf(a, now)));
            SkillStatuses.Current current = statuses.of(rep, now, latest);
            if (current.skills().stream().allMatch(s -> entry.trends().containsKey(s.skillId()))) {
                return lines(current, entry.trends());
            }
        }
        List<EvidenceQueries.Answer> answers = evidence.answers(userId);
        List<Evidence> all = new ArrayList<>(answers.size());
        answers.forEach(a -> all.add(evidence.asOf(a, now)));
        SkillStatuses.Current current = statuses.of(rep, now, all);
        Map<String, List<Integer>> trends = new HashMap<>();
        for (SkillStatus skill : current.skills()) {
            trends.put(skill.skillId(), model.trend(skill.skillId(), all, lastWeek, weeks, user.zone()).stream()
                    .map(p -> percent(p.proficiency())).toList());
        }
        Instant lastAnswered = all.stream().map(Evidence::answeredAt).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        // An answer after now (another instance's clock a little ahead) does not count yet: the whole history serves then.
        if (!lastAnswered.isAfter(now)) {
            cache.put(userId, new SkillHistoryCache.Entry(key, Map.copyOf(trends), SkillHistoryCache.latest(answers, all), lastAnswered));
        }
        return lines(current, trends);
    }

    private static List<SkillLine> lines(SkillStatuses.Current current, Map<String, List<Integer>> trends) {
        return current.skills().stream().map(s -> new SkillLine(s.skillId(), s.skillName(), percent(s.proficiency()),
                percent(s.target()), trends.get(s.skillId()))).toList();
    }

    /** How an attempt submitted at {@code at} moved the given skills: proficiency just before and just after. */
    public record Move(String id, String name, int before, int after, int target) {
    }

    public List<Move> moved(long userId, List<String> skillIds, Instant at) {
        User user = users.findById(userId).orElseThrow();
        int tenure = user.rep().tenureOn(user.rep().day(at));
        List<Evidence> upTo = evidence.evidence(userId, at).stream().filter(e -> !e.answeredAt().isAfter(at)).toList();
        List<Evidence> before = upTo.stream().filter(e -> e.answeredAt().isBefore(at)).toList();
        CatalogView catalog = courses.catalog();
        double retention = statuses.retention(user.rep());
        return skillIds.stream().map(id -> new Move(id, catalog.name(catalog.skills(), id),
                percent(model.proficiency(id, before, at, retention)), percent(model.proficiency(id, upTo, at, retention)),
                percent(targets.policy().forRetention(retention).target(id, tenure)))).toList();
    }

    private static int percent(double value) {
        return (int) Math.round(value * 100);
    }
}
