package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

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

    SkillReport(SkillStatuses statuses, EvidenceQueries evidence, CourseQueries courses, UserStore users, TargetQueries targets,
                Clock clock) {
        this.statuses = statuses;
        this.evidence = evidence;
        this.targets = targets;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    public List<SkillLine> skills(long userId, int weeks) {
        Instant now = clock.instant();
        User user = users.findById(userId).orElseThrow();
        SkillStatuses.Current current = statuses.of(user.rep(), now);
        LocalDate lastWeek = current.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return current.skills().stream().map(s -> new SkillLine(s.skillId(), s.skillName(), percent(s.proficiency()),
                        percent(s.target()), model.trend(s.skillId(), current.evidence(), lastWeek, weeks, user.zone()).stream()
                        .map(p -> percent(p.proficiency())).toList()))
                .toList();
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
