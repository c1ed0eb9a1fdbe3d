package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.assignment.AssignmentPolicy;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserRepository;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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

    private final EvidenceStore evidence;
    private final CourseQueries courses;
    private final UserRepository users;
    private final ProficiencyModel model = new ProficiencyModel();
    private final TargetSource targets;
    private final Clock clock;

    SkillReport(EvidenceStore evidence, CourseQueries courses, UserRepository users, TargetSource targets, Clock clock) {
        this.evidence = evidence;
        this.targets = targets;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    public List<SkillLine> skills(long userId, int weeks) {
        Instant now = clock.instant();
        User user = users.findById(userId).orElseThrow();
        LocalDate today = AssignmentPolicy.localDay(now, user.zone());
        int tenure = AssignmentPolicy.tenureDays(user.hireDate(), today);
        List<Evidence> all = evidence.evidence(userId, now);
        Map<String, Double> levels = model.proficiency(all, now);
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        CatalogView catalog = courses.catalog();
        TargetPolicy policy = targets.policy();
        return catalog.skills().stream().map(s -> new SkillLine(s.id(), s.name(),
                percent(levels.getOrDefault(s.id(), 0.0)), percent(policy.target(s.id(), tenure)),
                model.trend(s.id(), all, lastWeek, weeks, user.zone()).stream().map(p -> percent(p.proficiency())).toList()))
                .toList();
    }

    /** How an attempt submitted at {@code at} moved the given skills: proficiency just before and just after. */
    public record Move(String id, String name, int before, int after, int target) {
    }

    public List<Move> moved(long userId, List<String> skillIds, Instant at) {
        User user = users.findById(userId).orElseThrow();
        int tenure = AssignmentPolicy.tenureDays(user.hireDate(), AssignmentPolicy.localDay(at, user.zone()));
        List<Evidence> upTo = evidence.evidence(userId, at).stream().filter(e -> !e.answeredAt().isAfter(at)).toList();
        List<Evidence> before = upTo.stream().filter(e -> e.answeredAt().isBefore(at)).toList();
        CatalogView catalog = courses.catalog();
        return skillIds.stream().map(id -> new Move(id, catalog.name(catalog.skills(), id),
                percent(model.proficiency(id, before, at)), percent(model.proficiency(id, upTo, at)),
                percent(targets.policy().target(id, tenure)))).toList();
    }

    private static int percent(double value) {
        return (int) Math.round(value * 100);
    }
}
