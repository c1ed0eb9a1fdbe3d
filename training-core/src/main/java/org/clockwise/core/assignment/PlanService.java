package org.clockwise.core.assignment;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserRepository;
import org.clockwise.core.review.ReviewStore;
import org.clockwise.core.skill.EvidenceStore;
import org.clockwise.core.team.ActivityRollup;
import org.clockwise.core.team.ManagerAssignments;
import org.clockwise.core.skill.ProficiencyModel;
import org.clockwise.core.skill.TargetPolicy;
import org.clockwise.core.skill.TargetSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rep's day: the plan made once per local day (so a refresh never reshuffles it), what of it
 * is done, the reviews due and the streak of days with the plan completed.
 */
@Singleton
public class PlanService {

    /** One line of the plan with its title and whether it is done. */
    public record Line(PlanItem item, String title, boolean done) {
    }

    public record Today(LocalDate day, ZoneId zone, List<Line> lines, long dueReviews, int streak) {
        public int done() {
            return (int) lines.stream().filter(Line::done).count();
        }

        public int total() {
            return lines.size();
        }

        public boolean complete() {
            return done() == total();
        }

        /** Whole percent of the plan done; 100 for an empty plan. */
        public int percent() {
            return total() == 0 ? 100 : done() * 100 / total();
        }

        public Line lesson() {
            return lines.stream().filter(l -> l.item().kind() == PlanItem.Kind.LESSON).findFirst().orElse(null);
        }
    }

    private final PlanStore store;
    private final CourseQueries courses;
    private final UserRepository users;
    private final EvidenceStore evidence;
    private final ProficiencyModel proficiency = new ProficiencyModel();
    private final TargetSource targets;
    private final AssignmentPolicy policy = new AssignmentPolicy();
    private final Clock clock;
    private final ActivityRollup rollup;
    private final ManagerAssignments assignments;
    private final ReviewStore reviews;
    private final int budgetSeconds;

    PlanService(PlanStore store, CourseQueries courses, UserRepository users, EvidenceStore evidence, TargetSource targets,
                ActivityRollup rollup, ManagerAssignments assignments, ReviewStore reviews, Clock clock,
                @Value("${clockwise.plan.budget-minutes:5}") int budgetMinutes) {
        this.store = store;
        this.assignments = assignments;
        this.reviews = reviews;
        this.rollup = rollup;
        this.targets = targets;
        this.courses = courses;
        this.users = users;
        this.evidence = evidence;
        this.clock = clock;
        this.budgetSeconds = budgetMinutes * 60;
    }

    @Transactional
    public Today today(long userId) {
        return today(userId, clock.instant());
    }

    /** The day as of {@code now} (the demo history replays past days through the same rules). */
    @Transactional
    public Today today(long userId, Instant now) {
        User user = users.findById(userId).orElseThrow();
        LocalDate day = AssignmentPolicy.localDay(now, user.zone());
        if (store.plan(userId, day).isEmpty()) {
            store.insertPlan(userId, policy.plan(request(library(), user, day, now)), budgetSeconds, now);
        }
        PlanStore.StoredPlan stored = store.plan(userId, day).orElseThrow();
        List<Line> lines = lines(user, day, stored.plan());
        // Marked before the streak is counted, so a plan completed just now counts in it.
        if (complete(lines) && stored.completedAt() == null && store.markComplete(userId, day, now)) {
            rollup.planCompleted(userId, day);
        }
        return assemble(user, day, lines, now);
    }

    /**
     * The rep's day as someone else looks at it, storing nothing: today's plan if the rep has opened
     * Today, otherwise the plan they would get now. A manager's look never fixes the rep's plan.
     */
    @Transactional(readOnly = true)
    public Today peek(long userId) {
        Instant now = clock.instant();
        User user = users.findById(userId).orElseThrow();
        LocalDate day = AssignmentPolicy.localDay(now, user.zone());
        DailyPlan plan = store.plan(userId, day).map(PlanStore.StoredPlan::plan)
                .orElseGet(() -> policy.plan(request(library(), user, day, now)));
        return assemble(user, day, lines(user, day, plan), now);
    }

    private List<Line> lines(User user, LocalDate day, DailyPlan plan) {
        long userId = user.id();
        Instant dayStart = day.atStartOfDay(user.zone()).toInstant();
        Set<String> completed = store.completedModules(userId);
        Set<String> reviewed = store.reviewedSince(userId, dayStart);
        Map<String, String> titles = courses.all().stream().collect(Collectors.toMap(CourseSummary::id, CourseSummary::title));
        List<Line> lines = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            boolean done = item.kind() == PlanItem.Kind.LESSON
                    ? completed.contains(item.moduleId())
                    : reviewed.contains(item.moduleId() + "#" + item.questionIndex());
            lines.add(new Line(item, titles.getOrDefault(item.moduleId(), item.moduleId()), done));
        }
        return lines;
    }

    private static boolean complete(List<Line> lines) {
        return !lines.isEmpty() && lines.stream().allMatch(Line::done);
    }

    private Today assemble(User user, LocalDate day, List<Line> lines, Instant now) {
        return new Today(day, user.zone(), lines, reviews.countDue(user.id(), now), streak(user.id(), day, complete(lines)));
    }

    /**
     * The lesson each rep gets next, storing nothing: today's stored plan when the rep has opened
     * Today already, otherwise the plan the rules would make for them now, which is what they get
     * when they open it unless something changes first. Each rep without a plan costs a plan
     * computation, so team views ask for a handful of reps, not a whole organisation.
     */
    @Transactional(readOnly = true)
    public Map<Long, PlanItem> nextLessons(java.util.Collection<Long> userIds, Instant now) {
        Map<Long, PlanItem> lessons = new java.util.HashMap<>();
        Map<Long, DailyPlan> latest = store.latestPlans(userIds);
        Library library = null;
        for (long userId : userIds) {
            User user = users.findById(userId).orElseThrow();
            LocalDate day = AssignmentPolicy.localDay(now, user.zone());
            DailyPlan stored = latest.get(userId);
            DailyPlan plan = stored;
            if (stored == null || !stored.day().equals(day)) {
                library = library == null ? library() : library;
                plan = policy.plan(request(library, user, day, now));
            }
            plan.lesson().ifPresent(l -> lessons.put(userId, l));
        }
        return lessons;
    }

    /** Days in a row with the plan completed, ending today (or yesterday while today is still open). */
    int streak(long userId, LocalDate today, boolean todayComplete) {
        List<LocalDate> days = store.completedDays(userId, today.minusDays(400));
        LocalDate expected = todayComplete ? today : today.minusDays(1);
        int streak = 0;
        for (LocalDate d : days) {
            if (d.equals(today) && !todayComplete) {
                continue;
            }
            if (!d.equals(expected)) {
                break;
            }
            streak++;
            expected = expected.minusDays(1);
        }
        return streak;
    }

    /** What every rep's plan is made from, read once per call: the published catalog, modules, tracks and targets. */
    private record Library(CatalogView catalog, List<ModuleInfo> modules, List<TrackInfo> tracks, TargetPolicy targets) {
    }

    private Library library() {
        List<ModuleInfo> modules = courses.all().stream().filter(c -> !c.retired())
                .map(c -> new ModuleInfo(c.id(), c.title(), c.skills(), c.phases(), c.personas(), c.track(), c.order(),
                        c.requires(), c.minutes()))
                .toList();
        List<TrackInfo> tracks = courses.tracks().stream()
                .map(t -> new TrackInfo(t.id(), t.name(), t.fromDay(), t.toDay())).toList();
        return new Library(courses.catalog(), modules, tracks, targets.policy());
    }

    private PlanRequest request(Library library, User user, LocalDate day, Instant now) {
        CatalogView catalog = library.catalog();
        int tenure = AssignmentPolicy.tenureDays(user.hireDate(), day);
        Map<String, Double> levels = proficiency.proficiency(evidence.evidence(user.id(), now), now);
        List<SkillStatus> skills = catalog.skills().stream()
                .map(s -> new SkillStatus(s.id(), s.name(), levels.getOrDefault(s.id(), 0.0), library.targets().target(s.id(), tenure)))
                .toList();
        History history = new History(store.completedModules(user.id()), store.seen(user.id(), "phases"), store.seen(user.id(), "personas"));
        Instant endOfDay = day.plusDays(1).atStartOfDay(user.zone()).toInstant();
        return new PlanRequest(new Rep(user.id(), user.hireDate(), user.zone()), day, budgetSeconds, library.tracks(), library.modules(),
                store.dueReviews(user.id(), endOfDay), skills, history, names(catalog.phases()), names(catalog.personas()),
                assignments.open(user.id()));
    }

    private static Map<String, String> names(List<CatalogView.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(CatalogView.Entry::id, CatalogView.Entry::name, (a, b) -> a));
    }

}
