package org.clockwise.core.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.review.ReviewStore;
import org.clockwise.core.skill.SkillStatus;
import org.clockwise.core.skill.SkillStatuses;
import org.clockwise.core.summary.SummaryUpkeep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A rep's day: the plan made once per local day (so a refresh never reshuffles it), what of it
 * is done, the reviews due and the streak of days with the plan completed; and the manager's
 * assignments that lead it. Loads the inputs, asks {@link PlanPolicy}, stores the result.
 */
@Singleton
public class PlanService {

    /** One line of the plan with its title and whether it is done. */
    public record Line(PlanItem item, String title, boolean done) {
    }

    /** @param note why the plan has no new lesson, or {@code null} */
    public record Today(LocalDate day, ZoneId zone, List<Line> lines, long dueReviews, int streak, Reason note) {
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
    private final AssignmentStore assignments;
    private final CourseQueries courses;
    private final UserStore users;
    private final SkillStatuses skills;
    private final ReviewStore reviews;
    private final SummaryUpkeep summaries;
    private final PlanPolicy policy;
    private final Clock clock;
    private final int budgetSeconds;

    PlanService(PlanStore store, AssignmentStore assignments, CourseQueries courses, UserStore users, SkillStatuses skills,
                ReviewStore reviews, SummaryUpkeep summaries, Clock clock, PlanSettings settings) {
        this.store = store;
        this.assignments = assignments;
        this.courses = courses;
        this.users = users;
        this.skills = skills;
        this.reviews = reviews;
        this.summaries = summaries;
        this.clock = clock;
        this.budgetSeconds = settings.budgetMinutes() * 60;
        this.policy = new PlanPolicy(settings.reviewsFirstPercent());
    }

    @Transactional
    public Today today(long userId) {
        return today(userId, clock.instant());
    }

    /**
     * The day as of {@code now} (the demo history replays past days through the same rules). The
     * stored plan, what of it is done, the reviews due and the streak's days come in one read
     * (issue 13, "Speed": it was four, after the user's); {@link #peek} reads them one by one, and a
     * test proves the two agree.
     */
    @Transactional
    public Today today(long userId, Instant now) {
        return today(userId, now, rep -> skills.latest(rep, now).skills());
    }

    /**
     * {@link #today(long, Instant)} with the rep's skill statuses as of {@code now} given, asked for only when the day's
     * plan is made: the demo history holds its reps' answers in memory and computes them without a query (issue 13,
     * first start). They must be what {@code SkillStatuses.latest} gives; DemoHistoryIT proves the history's are.
     */
    @Transactional
    public Today today(long userId, Instant now, Function<Rep, List<SkillStatus>> skillsNow) {
        return today(users.findById(userId).orElseThrow(), now, skillsNow);
    }

    /**
     * {@link #today(long)} for the rep the caller has just read (issue 13, "Speed", wt-today3: Today needs the rep
     * for its gap reason too, and read them twice). The day's one read runs without a transaction of its own
     * (one statement, one snapshot, as inside a read-committed transaction); only a day that needs a write (its
     * plan made, or stamped complete) runs the transactional path, which reads again inside its transaction.
     * Today's page asked for a transaction (two more round trips and the interceptor's work) on every view.
     */
    public Today today(User user) {
        Instant now = clock.instant();
        LocalDate day = user.rep().day(now);
        Optional<PlanStore.DayRead> existing = dayRead(user, day, now);
        if (existing.isPresent()) {
            PlanStore.DayRead read = existing.get();
            List<Line> lines = lines(read.stored().plan(), read.done());
            boolean complete = complete(lines);
            if (!complete || read.stored().completedAt() != null) {
                return today(user, day, read, lines, complete);
            }
        }
        return writingToday(user, now);
    }

    /** {@link #today(User)} when the day needs a write: the whole day in one transaction. */
    @Transactional
    protected Today writingToday(User user, Instant now) {
        return today(user, now, rep -> skills.latest(rep, now).skills());
    }

    private Today today(User user, Instant now, Function<Rep, List<SkillStatus>> skillsNow) {
        long userId = user.id();
        LocalDate day = user.rep().day(now);
        Optional<PlanStore.DayRead> existing = dayRead(user, day, now);
        if (existing.isEmpty()) {
            // The day's first look: make the plan, then read back what was stored (a concurrent first look may have won).
            store.insertPlan(userId, policy.plan(request(library(), user, now, skillsNow.apply(user.rep()))), budgetSeconds, now);
            existing = dayRead(user, day, now);
        }
        PlanStore.DayRead read = existing.orElseThrow();
        List<Line> lines = lines(read.stored().plan(), read.done());
        boolean complete = complete(lines);
        if (complete && read.stored().completedAt() == null && store.markComplete(userId, day, now)) {
            summaries.planCompleted(userId, day);
        }
        // The days were read before any mark above; the streak counts today by the plan, not by the row.
        return today(user, day, read, lines, complete);
    }

    /** The rep's stored day as of {@code now}: its plan, what is done, reviews due and the streak's days. */
    private Optional<PlanStore.DayRead> dayRead(User user, LocalDate day, Instant now) {
        return store.dayRead(user.id(), day, day.atStartOfDay(user.zone()).toInstant(), now, streakSince(day));
    }

    /** Today from the day's read; {@code complete} counts today in the streak by the plan, not by the row. */
    private Today today(User user, LocalDate day, PlanStore.DayRead read, List<Line> lines, boolean complete) {
        return new Today(day, user.zone(), lines, read.dueReviews(), Streak.current(streakDays(read.completedDays(), day, complete), day),
                read.stored().plan().note());
    }

    /**
     * The rep's day as someone else looks at it, storing nothing: today's plan if the rep has opened
     * Today, otherwise the plan they would get now. A manager's look never fixes the rep's plan.
     */
    @Transactional(readOnly = true)
    public Today peek(long userId) {
        return peek(userId, clock.instant());
    }

    /** {@link #peek(long)} as of {@code now}: the reference {@link #today} is compared with. */
    @Transactional(readOnly = true)
    public Today peek(long userId, Instant now) {
        User user = users.findById(userId).orElseThrow();
        LocalDate day = user.rep().day(now);
        DailyPlan plan = store.plan(userId, day).map(PlanStore.StoredPlan::plan)
                .orElseGet(() -> policy.plan(request(library(), user, now)));
        return assemble(user, day, lines(user, day, plan), plan.note(), now);
    }

    /**
     * Assigns the module to each rep with a due date; assigning it again moves the due date. All
     * reps or none. A rep's plan for today that is not completed yet is made again, so the
     * assignment shows today rather than tomorrow (an explicit manager action, unlike a refresh,
     * may change it).
     */
    @Transactional
    public void assign(long managerId, Collection<Long> repIds, String moduleId, LocalDate due) {
        Instant now = clock.instant();
        store.discardOpenPlans(repIds, now).forEach(r -> summaries.planReopened(r.userId(), r.day()));
        assignments.save(managerId, repIds, moduleId, due, now);
    }

    /**
     * An answer, and what it did to today's plan, in one transaction (issue 13, "Speed"): the plan
     * is checked before and after the answer is recorded, reading only what says whether each item
     * is done, where asking for {@link #today} twice rebuilt the whole day twice. An answer that
     * completes the plan stamps it complete (and so the streak) at once, as {@link #today} would.
     * Without a plan for today, the plan is made first, as the rep's next look at Today would make it.
     *
     * @param answer records the answer (a recorder's call, which joins this transaction)
     * @return the answer's result, and whether this answer completed today's plan
     */
    @Transactional
    public <T> Answered<T> answering(long userId, Supplier<T> answer) {
        return answering(userId, rep -> answer.get());
    }

    /**
     * {@link #answering(long, Supplier)} handing the recorder the rep it has read already, so the
     * recorder's skill refresh does not read them again (issue 13, "Speed").
     */
    @Transactional
    public <T> Answered<T> answering(long userId, Function<Rep, T> answer) {
        Instant now = clock.instant();
        User user = users.findById(userId).orElseThrow();
        LocalDate day = user.rep().day(now);
        Instant dayStart = day.atStartOfDay(user.zone()).toInstant();
        // The plan and what of it was done come in one read; only the check after the answer reads again.
        PlanStore.Checked checked = store.checkedPlan(userId, day, dayStart).orElseGet(() -> {
            store.insertPlan(userId, policy.plan(request(library(), user, now)), budgetSeconds, now);
            return store.checkedPlan(userId, day, dayStart).orElseThrow();
        });
        DailyPlan plan = checked.stored().plan();
        boolean openBefore = checked.done() != null && !stampIfComplete(user, day, plan, checked.done(), now);
        T result = answer.apply(user.rep());
        boolean completedIt = openBefore && stampIfComplete(user, day, plan, store.doneKeys(userId, dayStart), clock.instant());
        return new Answered<>(result, completedIt);
    }

    /** What {@link #answering} returns: the recorder's result and whether the answer completed today's plan. */
    public record Answered<T>(T result, boolean completedPlan) {
    }

    /** Marks the stored plan complete when every item is {@code done}; true when this call marked it. */
    private boolean stampIfComplete(User user, LocalDate day, DailyPlan plan, Set<String> done, Instant now) {
        if (!complete(plan, done) || !store.markComplete(user.id(), day, now)) {
            return false;
        }
        summaries.planCompleted(user.id(), day);
        return true;
    }

    private List<Line> lines(User user, LocalDate day, DailyPlan plan) {
        return lines(plan, store.doneKeys(user.id(), day.atStartOfDay(user.zone()).toInstant()));
    }

    /** The plan's lines, each done when its key is in {@code done} ({@link PlanStore#doneKeys}). */
    private List<Line> lines(DailyPlan plan, Set<String> done) {
        Map<String, String> titles = courses.all().stream().collect(Collectors.toMap(CourseSummary::id, CourseSummary::title));
        List<Line> lines = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            lines.add(new Line(item, titles.getOrDefault(item.moduleId(), item.moduleId()), isDone(item, done)));
        }
        return lines;
    }

    private static boolean isDone(PlanItem item, Set<String> done) {
        return item.kind() == PlanItem.Kind.LESSON
                ? done.contains("L" + item.moduleId())
                : done.contains("R" + item.moduleId() + "#" + item.questionIndex());
    }

    /**
     * {@link #complete(List)} of the plan's lines without making them: an answer checks its plan
     * twice and needs no titles (issue 13, the writes' CPU: each check mapped every module's title).
     */
    private static boolean complete(DailyPlan plan, Set<String> done) {
        return plan.items().stream().allMatch(item -> isDone(item, done));
    }

    /**
     * Every line done. An empty plan (library finished, nothing due) is complete too: the rep
     * has nothing left to do today, Today says "Done for today", so the day keeps the streak.
     */
    private static boolean complete(List<Line> lines) {
        return lines.stream().allMatch(Line::done);
    }

    private Today assemble(User user, LocalDate day, List<Line> lines, Reason note, Instant now) {
        // "Reviews due now" uses the same cutoff (now) and the same rows (not superseded) as the
        // Reviews page and as the plan's reviews, so the three never disagree about what is due.
        return new Today(day, user.zone(), lines, reviews.countDue(user.id(), now), streak(user.id(), day, complete(lines)), note);
    }

    /**
     * The lesson each rep gets next, storing nothing, with the skill statuses the rules read now.
     * Next is the next lesson not completed yet: today's stored plan's lesson when the rep has opened
     * Today and not finished it; when they have finished it (or today's plan has no lesson), the lesson
     * the rules would choose now with it done (what they get tomorrow unless something changes first,
     * computed with today's tenure and skills, never stored); without a plan for today,
     * the plan the rules would make now, which is what they get when they open it. Each rep costs a
     * skill computation and maybe a plan computation, so team views ask for a handful of reps, not a
     * whole organisation.
     */
    @Transactional(readOnly = true)
    public Map<Long, NextLesson> nextLessons(Collection<Long> userIds, Instant now) {
        Map<Long, NextLesson> lessons = new HashMap<>();
        Map<Long, DailyPlan> latest = store.latestPlans(userIds);
        Library library = null;
        for (long userId : userIds) {
            User user = users.findById(userId).orElseThrow();
            LocalDate day = user.rep().day(now);
            List<SkillStatus> statuses = skills.latest(user.rep(), now).skills();
            DailyPlan plan = latest.get(userId);
            boolean planned = plan != null && plan.day().equals(day);
            PlanItem lesson = planned ? plan.lesson().orElse(null) : null;
            Reason note = planned ? plan.note() : null;
            // Today's plan holds no lesson left to do (finished, or none when it was made): next is tomorrow's.
            boolean tomorrow = planned && (lesson == null || store.completedModules(userId).contains(lesson.moduleId()));
            if (!planned || tomorrow) {
                library = library == null ? library() : library;
                DailyPlan next = policy.plan(request(library, user, now, statuses));
                lesson = next.lesson().orElse(null);
                note = next.note();
            }
            lessons.put(userId, new NextLesson(lesson, tomorrow, statuses, lesson == null ? note : null));
        }
        return lessons;
    }

    /**
     * {@link #nextLessons} with each input read for all the reps at once (issue 13: the team
     * dashboard asked ~8 statements per coaching rep): the users, their retention, completed
     * modules, and for the reps whose next lesson the rules choose now, what they have seen, their
     * due reviews and open assignments. Only each rep's answers are still read on their own.
     * {@link #nextLessons} stays the reference; a test proves the two agree.
     */
    @Transactional(readOnly = true)
    public Map<Long, NextLesson> nextLessonsInBatch(Collection<Long> userIds, Instant now) {
        Map<Long, User> byId = new HashMap<>();
        users.findByIdIn(userIds).forEach(u -> byId.put(u.id(), u));
        List<User> team = userIds.stream().map(id -> Optional.ofNullable(byId.get(id)).orElseThrow()).toList();
        Map<Long, DailyPlan> latest = store.latestPlans(userIds);
        Map<Long, SkillStatuses.Current> current = skills.latest(team.stream().map(User::rep).toList(), now);
        Map<Long, Set<String>> completed = store.completedModules(userIds);
        Map<Long, PlanItem> planned = new HashMap<>();
        Map<Long, Reason> notes = new HashMap<>();
        List<Long> choosing = new ArrayList<>();
        Map<Long, Boolean> tomorrow = new HashMap<>();
        for (User user : team) {
            DailyPlan plan = latest.get(user.id());
            boolean isPlanned = plan != null && plan.day().equals(user.rep().day(now));
            PlanItem lesson = isPlanned ? plan.lesson().orElse(null) : null;
            boolean done = isPlanned && (lesson == null || completed.get(user.id()).contains(lesson.moduleId()));
            tomorrow.put(user.id(), done);
            if (!isPlanned || done) {
                choosing.add(user.id());
            } else {
                planned.put(user.id(), lesson);
                notes.put(user.id(), plan.note());
            }
        }
        Map<Long, NextLesson> lessons = new HashMap<>();
        Library library = choosing.isEmpty() ? null : library();
        Map<Long, Set<String>> phases = store.seen(choosing, "phases");
        Map<Long, Set<String>> personas = store.seen(choosing, "personas");
        Map<Long, List<DueReview>> due = store.dueReviews(choosing, now);
        Map<Long, List<AssignedModule>> open = assignments.open(choosing);
        for (User user : team) {
            long id = user.id();
            List<SkillStatus> statuses = current.get(id).skills();
            PlanItem lesson = planned.get(id);
            Reason note = notes.get(id);
            if (choosing.contains(id)) {
                History history = new History(completed.get(id), phases.get(id), personas.get(id));
                DailyPlan next = policy.plan(request(library, user.rep(), now, statuses, history, due.get(id), open.get(id)));
                lesson = next.lesson().orElse(null);
                note = next.note();
            }
            lessons.put(id, new NextLesson(lesson, tomorrow.get(id), statuses, lesson == null ? note : null));
        }
        return lessons;
    }

    /**
     * Issue 13, first start (for the demo history): the rules' plan for a rep from inputs the caller holds in memory
     * (the demo holds its rep's completions, review items and answers), the library read once for all of them.
     * What {@link #today(long, Instant, Function)} makes when the inputs are what the stores read; DemoHistoryIT
     * proves the history's plans equal the replay's.
     */
    public final class Planner {
        private final Library library = library();

        private Planner() {
        }

        public DailyPlan plan(Rep rep, Instant now, List<SkillStatus> statuses, History history, List<DueReview> dueReviews,
                              List<AssignedModule> open) {
            return policy.plan(request(library, rep, now, statuses, history, dueReviews, open));
        }
    }

    /** A {@link Planner} reading the library now. */
    @Transactional(readOnly = true)
    public Planner planner() {
        return new Planner();
    }

    /** A plan made in memory with when it was made and completed ({@code completedAt} null: not completed). */
    public record MadePlan(DailyPlan plan, Instant createdAt, Instant completedAt) {
    }

    /**
     * Issue 13, first start (for the demo history): stores plans made with a {@link Planner} in one statement, as
     * {@link #today} would have stored and stamped them one by one. The daily activity's completed days are the caller's.
     */
    @Transactional
    public void savePlans(long userId, List<MadePlan> plans) {
        store.insertPlans(userId, plans.stream().map(p -> new PlanStore.StoredPlan(p.plan(), p.createdAt(), p.completedAt())).toList(),
                budgetSeconds);
    }

    /** The {@link Streak} as of today, counting today only when its plan is complete. */
    private int streak(long userId, LocalDate today, boolean todayComplete) {
        return Streak.current(streakDays(store.completedDays(userId, streakSince(today)), today, todayComplete), today);
    }

    /** How far back the streak's days are read. */
    private static LocalDate streakSince(LocalDate today) {
        return today.minusDays(400);
    }

    /** The stored completed days with today counted only when its plan is complete. */
    private static List<LocalDate> streakDays(List<LocalDate> completed, LocalDate today, boolean todayComplete) {
        List<LocalDate> days = new ArrayList<>(completed);
        days.remove(today);
        if (todayComplete) {
            days.add(today);
        }
        return days;
    }

    /** What every rep's plan is made from, read once per call: the published catalog, modules and tracks. */
    private record Library(CatalogView catalog, List<CourseSummary> modules, List<TrackInfo> tracks) {
    }

    private Library library() {
        return new Library(courses.catalog(), courses.all().stream().filter(c -> !c.retired()).toList(), courses.tracks());
    }

    private PlanRequest request(Library library, User user, Instant now) {
        return request(library, user, now, skills.latest(user.rep(), now).skills());
    }

    private PlanRequest request(Library library, User user, Instant now, List<SkillStatus> statuses) {
        History history = new History(store.completedModules(user.id()), store.seen(user.id(), "phases"), store.seen(user.id(), "personas"));
        return request(library, user.rep(), now, statuses, history, store.dueReviews(user.id(), now), assignments.open(user.id()));
    }

    private PlanRequest request(Library library, Rep rep, Instant now, List<SkillStatus> statuses, History history,
                                List<DueReview> dueReviews, List<AssignedModule> open) {
        LocalDate day = rep.day(now);
        // Only reviews due by now: the Reviews page serves nothing before its due time (asking
        // earlier would spend a review before recall has fallen to the desired retention, which
        // is what the due time marks). Planning up to the end of the day listed reviews the rep
        // could not do yet; those due later today go into tomorrow's plan instead.
        return new PlanRequest(rep, day, budgetSeconds, library.tracks(), library.modules(),
                dueReviews, statuses, history, names(library.catalog().phases()), names(library.catalog().personas()), open);
    }

    private static Map<String, String> names(List<CatalogView.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(CatalogView.Entry::id, CatalogView.Entry::name, (a, b) -> a));
    }
}
