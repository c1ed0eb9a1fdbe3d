package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Rep;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewSchedulers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a rep stands on every skill of the catalog right now: proficiency from their answers,
 * target for their tenure. The daily plan, the skill snapshots and the rep's own skill page all
 * read it here.
 */
@Singleton
public class SkillStatuses {

    /**
     * A rep's skills as of one instant.
     *
     * @param day        the rep's local date
     * @param tenureDays the rep's tenure day on it
     * @param evidence   every answer the proficiencies were computed from (for trends)
     * @param skills     one status per catalog skill, in catalog order
     */
    public record Current(LocalDate day, int tenureDays, List<Evidence> evidence, List<SkillStatus> skills) {
    }

    private final EvidenceQueries evidence;
    private final CourseQueries courses;
    private final TargetQueries targets;
    private final ReviewSchedulers schedulers;
    private final ProficiencyModel model = new ProficiencyModel();

    SkillStatuses(EvidenceQueries evidence, CourseQueries courses, TargetQueries targets, ReviewSchedulers schedulers) {
        this.evidence = evidence;
        this.courses = courses;
        this.targets = targets;
        this.schedulers = schedulers;
    }

    /**
     * The retention the rep's reviews aim for (their team's, organisation's or the global one):
     * right answers score against it and their targets scale with it ({@link TargetPolicy}).
     */
    public double retention(Rep rep) {
        return schedulers.forRep(rep.id()).parameters().desiredRetention();
    }

    /** The rep's skills as of {@code now}. */
    public Current of(Rep rep, Instant now) {
        return of(rep, now, evidence.evidence(rep.id(), now), retention(rep));
    }

    /**
     * The same skills as {@link #of}, read from each question's latest answer only (what the model
     * counts), so {@link Current#evidence} holds no history for trends: for the plan and the skill
     * summaries every answer rewrites (issue 13, "Speed").
     */
    public Current latest(Rep rep, Instant now) {
        return latest(rep, now, retention(rep));
    }

    /**
     * {@link #latest(Rep, Instant)} for several reps, their retention values read in one query
     * (issue 13, the team dashboard's coaching list), and their answers in one more
     * ({@link EvidenceQueries#latest(Collection, Instant)}).
     */
    public Map<Long, Current> latest(Collection<Rep> reps, Instant now) {
        List<Long> ids = reps.stream().map(Rep::id).toList();
        Map<Long, ReviewScheduler> bySchedulers = schedulers.forReps(ids);
        Map<Long, List<Evidence>> answers = evidence.latest(ids, now);
        Map<Long, Current> current = new HashMap<>();
        for (Rep rep : reps) {
            current.put(rep.id(), of(rep, now, answers.get(rep.id()), bySchedulers.get(rep.id()).parameters().desiredRetention()));
        }
        return current;
    }

    /**
     * {@link #latest(Rep, Instant)} at the {@link #retention} the caller has just looked up for the
     * rep in the same transaction (a recorder scheduling the answer), so it is not asked for twice.
     */
    public Current latest(Rep rep, Instant now, double retention) {
        return of(rep, now, evidence.latest(rep.id(), now), retention);
    }

    /** The rep's skills as of {@code now} from these answers (any that the model counts). */
    Current of(Rep rep, Instant now, List<Evidence> answers) {
        return of(rep, now, answers, retention(rep));
    }

    /**
     * The rep's skills as of {@code now} from these answers at this retention: what {@link #latest(Rep, Instant, double)}
     * gives when {@code answers} are the ones it reads (the demo history holds its reps' answers in memory, issue 13).
     */
    public Current of(Rep rep, Instant now, List<Evidence> answers, double retention) {
        LocalDate day = rep.day(now);
        int tenure = rep.tenureOn(day);
        Map<String, Double> levels = model.proficiency(answers, now, retention);
        TargetPolicy policy = targets.policy().forRetention(retention);
        List<SkillStatus> skills = courses.catalog().skills().stream()
                .map(s -> status(s, levels, policy, tenure))
                .toList();
        return new Current(day, tenure, answers, skills);
    }

    private static SkillStatus status(CatalogView.Entry skill, Map<String, Double> levels, TargetPolicy policy, int tenure) {
        return new SkillStatus(skill.id(), skill.name(), levels.getOrDefault(skill.id(), 0.0), policy.target(skill.id(), tenure));
    }
}
