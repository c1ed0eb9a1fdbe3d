package org.clockwise.core.demo;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.clockwise.content.Question;
import org.clockwise.content.QuestionType;
import org.clockwise.content.Quiz;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.StoredInstant;
import org.clockwise.core.people.User;
import org.clockwise.core.plan.AssignedModule;
import org.clockwise.core.plan.AssignmentStore;
import org.clockwise.core.plan.DailyPlan;
import org.clockwise.core.plan.DueReview;
import org.clockwise.core.plan.History;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.progress.Submission;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.MasteryPolicy;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.RatingPolicy;
import org.clockwise.core.review.ReviewSchedulers;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewStore;
import org.clockwise.core.skill.AnswerRecall;
import org.clockwise.core.skill.EvidenceQueries;
import org.clockwise.core.skill.SkillStatuses;
import org.clockwise.core.summary.ActivityRollupStore;
import org.clockwise.core.summary.SkillSnapshotStore;
import org.clockwise.core.summary.SummaryUpkeep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Weeks of simulated learning for the demo reps, replayed through the real rules (plans,
 * attempts, FSRS reviews), so Today, My skills, History and the manager views open on a
 * living team: keen reps and patchy ones, a couple who went quiet, answers that improve with
 * tenure. Deterministic: the same start date gives the same history.
 */
@Singleton
class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    private final PlanService plans;
    private final AttemptRecorder attempts;
    private final ReviewRecorder reviews;
    private final ReviewStore reviewStore;
    private final CourseQueries courses;
    private final SummaryUpkeep summaries;
    private final TransactionOperations<Connection> transactions;
    private final DemoReviewStore bulkReviews;
    private final ReviewSchedulers schedulers;
    private final RatingPolicy ratings;
    private final MasteryPolicy mastery;
    private final SkillStatuses skills;
    private final AnswerRecall evidence;
    private final SkillSnapshotStore snapshots;
    private final AssignmentStore assignments;
    private final ReviewScheduler recall;
    private final DemoAttemptStore bulkAttempts;

    DemoHistory(PlanService plans, AttemptRecorder attempts, ReviewRecorder reviews, ReviewStore reviewStore, CourseQueries courses,
                SummaryUpkeep summaries, TransactionOperations<Connection> transactions, DemoReviewStore bulkReviews,
                ReviewSchedulers schedulers, RatingPolicy ratings, MasteryPolicy mastery, SkillStatuses skills,
                AnswerRecall evidence, SkillSnapshotStore snapshots, AssignmentStore assignments, ReviewScheduler recall,
                DemoAttemptStore bulkAttempts) {
        this.bulkAttempts = bulkAttempts;
        this.assignments = assignments;
        this.recall = recall;
        this.skills = skills;
        this.evidence = evidence;
        this.snapshots = snapshots;
        this.bulkReviews = bulkReviews;
        this.schedulers = schedulers;
        this.ratings = ratings;
        this.mastery = mastery;
        this.transactions = transactions;
        this.summaries = summaries;
        this.plans = plans;
        this.attempts = attempts;
        this.reviews = reviews;
        this.reviewStore = reviewStore;
        this.courses = courses;
    }

    /** A rep's habits: how often they show up, how good they are, whether they stopped. */
    record Habit(double engagement, double skill, int quietForDays) {
    }

    /**
     * The history as the first start writes it: each rep's in a transaction of its own, {@code threads} reps
     * at a time on as many connections (a rep's history depends on that rep alone: a seed of its own, rows
     * of its own), the reps with the longest tenure first. {@code alsoInTransaction} runs in the rep's
     * transaction after its history, so the two commit together. The first failure stops the reps not yet
     * begun and is thrown once the running ones are done; the histories committed so far stay. Each rep's
     * reviews are answered in memory and written in bulk (issue 13, first start: {@link RepReviews},
     * {@link DemoReviewStore}), and the day's last look at Today only stamps the plan when it is complete;
     * the skills a plan and a weekly snapshot read come from the rep's answers held in memory ({@link RepEvidence}),
     * not from one query each; each day's plan is made in memory by the rules ({@link PlanService.Planner}) from the rep's
     * completions, review items and assignments held, and the rep's plans are written in one statement at its end
     * (issue 13, first start); each quiz attempt is recorded in memory by AttemptRecorder's rules, and the rep's attempts,
     * review items (in their final state), review events and activity are written at its end, a few statements in all
     * (issue 13, first start). {@link #simulate} replays every call
     * through the services and stays the reference: DemoHistoryIT proves the two give the same rows.
     */
    void writeInParallel(List<User> reps, LocalDate today, int days, int threads, Consumer<User> alsoInTransaction) {
        Map<String, PublishedCourse> cache = new ConcurrentHashMap<>();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "demo-history-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<User> done = new ExecutorCompletionService<>(pool);
        List<Future<User>> started = new ArrayList<>();
        try {
            for (User rep : reps.stream().sorted(Comparator.comparing(User::hireDate)).toList()) {
                started.add(done.submit(() -> transactions.executeWrite(status -> {
                    simulate(List.of(rep), today, days, cache, true);
                    alsoInTransaction.accept(rep);
                    return rep;
                })));
            }
            for (int i = 0; i < started.size(); i++) {
                done.take().get();
            }
        } catch (ExecutionException e) {
            started.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            started.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the demo history", e);
        } finally {
            pool.shutdown();
            awaitTermination(pool);
        }
    }

    /** No worker may still be writing once the caller moves on (or reports a failure). */
    private static void awaitTermination(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.info("Still waiting for the demo history's last transactions");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Replays the history call by call through the services, each in the caller's transaction if any. */
    void simulate(List<User> reps, LocalDate today, int days) {
        simulate(reps, today, days, new HashMap<>(), false);
    }

    /**
     * One rep's history held in memory (its attempts, review items and answers, completions and plans) and written at
     * its end by {@link #finish}, or, for the reference replay, nothing held: each call then goes through the services.
     */
    private final class Bulk {
        private final RepReviews reviews;
        private final RepEvidence answers;
        private final double retention;
        private final Map<String, PublishedCourse> cache;
        private Map<String, Integer> completions = Map.of();
        private final PlanService.Planner planner;
        private final List<AssignedModule> assigned;
        private final Map<LocalDate, DayPlan> made = new LinkedHashMap<>();
        private final List<DemoAttemptStore.Attempt> attempted = new ArrayList<>();
        private final Set<UUID> attemptIds = new HashSet<>();

        Bulk(User rep, boolean bulk, Map<String, PublishedCourse> cache) {
            this.cache = cache;
            if (bulk) {
                ReviewScheduler scheduler = schedulers.forRep(rep.id());
                reviews = new RepReviews(rep.id(), scheduler, ratings, mastery);
                answers = new RepEvidence();
                retention = scheduler.parameters().desiredRetention();
                planner = plans.planner();
                assigned = assignments.open(rep.id());
                reviews.reload(bulkReviews.items(rep.id()));
                completions = new HashMap<>(bulkReviews.completions(rep.id()));
            } else {
                reviews = null;
                answers = null;
                retention = Double.NaN;
                planner = null;
                assigned = null;
            }
        }

        /**
         * The rep's skills as of {@code at} from the answers and items held, as {@code SkillStatuses.latest} reads
         * them from the database (the pending reviews written first): what the day's plan and the weekly snapshot use.
         */
        SkillStatuses.Current skills(User rep, Instant at) {
            List<EvidenceQueries.Answer> rows = answers.latest(reviews.held(), item -> course(item.courseId, item.version, cache).skills(), at);
            return skills.of(rep.rep(), at, rows.stream().map(a -> evidence.asOf(a, at)).toList(), retention);
        }

        /** The rep's skill snapshot as of {@code at} ({@code SummaryUpkeep.refreshSkills}), after the pending reviews. */
        void refreshSkills(User rep, Instant at) {
            if (reviews == null) {
                summaries.refreshSkills(rep.id(), at);
            } else {
                snapshots.save(rep.id(), skills(rep, at), at);
            }
        }

        /**
         * A look at Today as of {@code at}: the items of the day's plan, made first when the day has none, and stamped
         * complete when every item is done and it was not yet, as {@code PlanService.today} does. In memory the plan is
         * made by the rules from what the rep's rows say (PlanStore's reads: completions, the versions' phases and
         * personas, live items due by {@code at} with their recall, open assignments) and kept until {@link #finish}.
         */
        List<PlanItem> today(User rep, Instant at) {
            if (reviews == null) {
                return plans.today(rep.id(), at).lines().stream().map(PlanService.Line::item).toList();
            }
            LocalDate day = rep.rep().day(at);
            DayPlan plan = made.get(day);
            if (plan == null) {
                plan = new DayPlan(planner.plan(rep.rep(), at, skills(rep, at).skills(), history(), due(at), open()), at);
                made.put(day, plan);
            }
            Instant dayStart = day.atStartOfDay(rep.zone()).toInstant();
            if (plan.completedAt == null && plan.plan.items().stream().allMatch(item -> item.kind() == PlanItem.Kind.LESSON
                    ? completions.containsKey(item.moduleId())
                    : reviews.answeredSince(item.moduleId(), item.questionIndex(), dayStart))) {
                plan.completedAt = at;
            }
            return plan.plan.items();
        }

        /** As {@code PlanStore}'s completed modules and the phases and personas of the versions completed. */
        private History history() {
            Set<String> phases = new HashSet<>();
            Set<String> personas = new HashSet<>();
            completions.forEach((module, version) -> {
                PublishedCourse c = course(module, version, cache);
                phases.addAll(c.phases());
                personas.addAll(c.personas());
            });
            return new History(completions.keySet(), phases, personas);
        }

        /** As {@code PlanStore.dueReviews}: every live item due by {@code until}, with its recall then. */
        private List<DueReview> due(Instant until) {
            List<DueReview> due = new ArrayList<>();
            for (RepReviews.Held h : reviews.held()) {
                if (h.live() && !h.state.due().isAfter(until)) {
                    String prompt = course(h.courseId, h.version, cache).quiz().questions().stream()
                            .filter(q -> q.index() == h.questionIndex).findFirst().orElseThrow().prompt();
                    due.add(new DueReview(h.courseId, h.version, h.questionIndex, prompt, h.state.due(), h.state.lastReview(),
                            recall.retrievability(h.state, until)));
                }
            }
            return due;
        }

        /** As {@code AssignmentStore.open}: the rep's assignments of modules not completed. */
        private List<AssignedModule> open() {
            return assigned.stream().filter(a -> !completions.containsKey(a.moduleId())).toList();
        }

        /**
         * As {@code AttemptRecorder.record} with no skill refresh (issue 13, first start): the attempt graded and rated,
         * its row, answers and completion (the module's first attempt only) kept for {@link #finish}, its questions
         * scheduled on the items held ({@link RepReviews#quiz}); false when the attempt id was recorded before.
         */
        boolean attempt(PublishedCourse course, Submission s, Instant at) {
            Instant now = StoredInstant.of(at);
            if (s.servedAt().isAfter(now.plusSeconds(60))) {
                throw new IllegalArgumentException("the quiz was served in the future");
            }
            Quiz quiz = course.quiz();
            if (quiz.isEmpty()) {
                throw new IllegalArgumentException("module " + course.id() + " version " + course.version() + " has no quiz");
            }
            if (!attemptIds.add(s.attemptId())) {
                return false;
            }
            QuizGrading.Result result = QuizGrading.grade(quiz, s.answers());
            Duration taken = Duration.between(s.servedAt(), now);
            Duration perQuestion = taken.dividedBy(Math.max(1, quiz.size()));
            List<DemoAttemptStore.Answer> rows = new ArrayList<>();
            List<RepReviews.QuizAnswer> graded = new ArrayList<>();
            for (QuizGrading.QuestionResult r : result.questions()) {
                int index = r.question().index();
                Confidence confidence = s.confidence().get(index);
                Rating rating = ratings.rate(r.correct(), perQuestion, confidence);
                rows.add(new DemoAttemptStore.Answer(index, r.answer().keys().stream().sorted().toList(),
                        r.answer().text().isEmpty() ? null : r.answer().text(), r.correct(),
                        confidence == null ? null : confidence.name(), rating.name()));
                graded.add(new RepReviews.QuizAnswer(index, rating, r.correct()));
            }
            boolean completes = !completions.containsKey(course.id());
            if (completes) {
                completions.put(course.id(), course.version());
            }
            attempted.add(new DemoAttemptStore.Attempt(s.attemptId(), course.id(), course.version(), s.servedAt(), now,
                    result.correct(), result.total(), taken.toMillis(), rows, completes, ActivityRollupStore.attemptSeconds(taken)));
            reviews.quiz(course.id(), course.version(), graded, now);
            return true;
        }

        /**
         * The rep's history is done: its attempts, its review items in their final state, its review events and the
         * activity of both, then the plans made in memory in one statement and the days whose plan was completed in
         * the daily activity (what {@code PlanService.today} writes day by day).
         */
        void finish(User rep) {
            if (reviews == null) {
                return;
            }
            bulkAttempts.write(rep.id(), attempted);
            bulkReviews.saveItems(rep.id(), List.copyOf(reviews.held()), answers::latest);
            bulkReviews.write(reviews.take());
            plans.savePlans(rep.id(), made.values().stream().map(p -> new PlanService.MadePlan(p.plan, p.createdAt, p.completedAt)).toList());
            bulkReviews.plansCompleted(rep.id(), made.values().stream().filter(p -> p.completedAt != null).map(p -> p.plan.day()).toList());
        }
    }

    /** A day's plan made in memory, with when it was made and stamped complete (null: not yet). */
    private static final class DayPlan {
        final DailyPlan plan;
        final Instant createdAt;
        Instant completedAt;

        DayPlan(DailyPlan plan, Instant createdAt) {
            this.plan = plan;
            this.createdAt = createdAt;
        }
    }

    private void simulate(List<User> reps, LocalDate today, int days, Map<String, PublishedCourse> cache, boolean inBulk) {
        for (User rep : reps) {
            Bulk bulk = new Bulk(rep, inBulk, cache);
            Random random = new Random(rep.email().hashCode());
            Habit habit = habit(rep, today, random);
            LocalDate first = today.minusDays(days);
            if (rep.hireDate().isAfter(first)) {
                first = rep.hireDate();
            }
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                boolean quiet = habit.quietForDays() > 0 && !day.isBefore(today.minusDays(habit.quietForDays()));
                boolean active = !quiet && random.nextDouble() <= habit.engagement();
                if (active) {
                    live(rep, day, habit, random, cache, bulk);
                }
                if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    // one skill snapshot per simulated week, as of its last evening
                    bulk.refreshSkills(rep, day.atTime(23, 0).atZone(rep.zone()).toInstant());
                }
            }
            bulk.refreshSkills(rep, today.atStartOfDay(rep.zone()).toInstant());
            bulk.finish(rep);
        }
    }

    /** One day of a rep who shows up: open Today, take the lesson, answer the reviews. */
    private void live(User rep, LocalDate day, Habit habit, Random random, Map<String, PublishedCourse> cache, Bulk bulk) {
        Instant start = day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(600))).atZone(rep.zone()).toInstant();
        List<PlanItem> plan = bulk.today(rep, start);
        Instant now = start;
        for (PlanItem item : plan) {
            now = now.plusSeconds(20 + random.nextInt(60));
            if (item.kind() == PlanItem.Kind.LESSON) {
                now = takeLesson(rep, item.moduleId(), habit, random, now, cache, bulk);
            } else {
                review(rep, item, habit, random, now, cache, bulk);
            }
        }
        bulk.today(rep, now.plusSeconds(5)); // marks the day complete when it is
    }

    private Instant takeLesson(User rep, String moduleId, Habit habit, Random random, Instant start, Map<String, PublishedCourse> cache,
                               Bulk bulk) {
        PublishedCourse course = course(moduleId, null, cache);
        Instant served = start.plusSeconds(course.minutes() * 45L);
        Map<Integer, QuizGrading.Answer> answers = new HashMap<>();
        Map<Integer, Confidence> confidence = new HashMap<>();
        for (Question q : course.quiz().questions()) {
            boolean right = random.nextDouble() < habit.skill();
            answers.put(q.index(), answer(q, right, random));
            if (random.nextDouble() < 0.4) {
                confidence.put(q.index(), right ? Confidence.SURE : Confidence.UNSURE);
            }
        }
        Instant submitted = served.plusSeconds(25L * Math.max(1, course.quiz().size()) + random.nextInt(40));
        Submission submission = new Submission(UUID.nameUUIDFromBytes((rep.id() + ":" + moduleId + ":" + served).getBytes()),
                rep.id(), course.id(), course.version(), served, answers, confidence);
        boolean recorded = bulk.answers != null ? bulk.attempt(course, submission, submitted)
                : attempts.record(submission, submitted, false).isNew();
        if (recorded && bulk.answers != null) {
            for (QuizGrading.QuestionResult r : QuizGrading.grade(course.quiz(), answers).questions()) {
                bulk.answers.add(course.id(), course.version(), r.question().index(), submitted, r.correct(), true);
            }
        }
        return submitted;
    }

    private void review(User rep, PlanItem item, Habit habit, Random random, Instant now, Map<String, PublishedCourse> cache,
                        Bulk bulk) {
        Optional<ReviewItem> reviewItem = bulk.reviews != null ? bulk.reviews.current(item.moduleId(), item.questionIndex())
                : reviewStore.current(rep.id(), item.moduleId(), item.questionIndex());
        if (reviewItem.isEmpty()) {
            return;
        }
        ReviewItem ri = reviewItem.get();
        Quiz quiz = course(ri.courseId(), ri.version(), cache).quiz();
        Question q = quiz.questions().stream().filter(x -> x.index() == ri.questionIndex()).findFirst().orElseThrow();
        boolean right = random.nextDouble() < (isTricky(ri) ? TRICKY_RIGHT : Math.min(0.97, habit.skill() + 0.1));
        UUID eventId = UUID.nameUUIDFromBytes((rep.id() + ":review:" + ri.courseId() + ":" + ri.questionIndex() + ":" + now).getBytes());
        Instant servedAt = now.minusSeconds(15 + random.nextInt(30));
        QuizGrading.Answer answer = answer(q, right, random);
        if (bulk.reviews != null) {
            if (bulk.reviews.record(eventId, ri, q, servedAt, answer, now)) {
                bulk.answers.add(ri.courseId(), ri.version(), ri.questionIndex(), now, QuizGrading.grade(q, answer).correct(), false);
            }
        } else {
            reviews.record(eventId, rep.id(), ri.courseId(), ri.version(), ri.questionIndex(), servedAt, answer, null, now, false);
        }
    }

    /**
     * The question the demo's reps keep missing: the all-or-nothing "before you end a discovery call"
     * (three of four boxes), answered right in a review two times in five. It makes leeches the reps see
     * on My skills and the authors see on the Library page.
     */
    static final String TRICKY_MODULE = "discovery-basics";
    static final int TRICKY_QUESTION = 4;
    static final double TRICKY_RIGHT = 0.4;

    private static boolean isTricky(ReviewItem item) {
        return item.courseId().equals(TRICKY_MODULE) && item.questionIndex() == TRICKY_QUESTION;
    }

    private PublishedCourse course(String id, Integer version, Map<String, PublishedCourse> cache) {
        return cache.computeIfAbsent(id + "@" + version, key -> courses.version(id, version).orElseThrow());
    }

    static QuizGrading.Answer answer(Question q, boolean right, Random random) {
        if (q.type() == QuestionType.SHORT_ANSWER) {
            return new QuizGrading.Answer(Set.of(), right && !q.acceptedAnswers().isEmpty() ? q.acceptedAnswers().get(0) : "not sure");
        }
        Set<String> correct = q.correctKeys();
        if (right) {
            return new QuizGrading.Answer(correct, "");
        }
        Set<String> wrong = new HashSet<>();
        q.options().stream().filter(o -> !o.correct()).findFirst().ifPresent(o -> wrong.add(o.key()));
        if (wrong.isEmpty() || (q.type() == QuestionType.MULTIPLE && random.nextBoolean())) {
            wrong.clear();
            wrong.add(correct.iterator().next()); // half-right: one correct box of several, or a missing one
            if (correct.size() == 1) {
                wrong.clear();
            }
        }
        return new QuizGrading.Answer(wrong, "");
    }

    static Habit habit(User rep, LocalDate today, Random random) {
        long tenure = ChronoUnit.DAYS.between(rep.hireDate(), today);
        double skill = Math.min(0.92, 0.55 + 0.35 * Math.min(1.0, tenure / 540.0)) - random.nextDouble() * 0.08;
        double engagement = 0.45 + random.nextDouble() * 0.5;
        int quiet = random.nextDouble() < 0.12 ? 10 + random.nextInt(8) : 0;
        if (rep.email().startsWith("rep@")) {
            return new Habit(0.95, skill, 0); // the account a newcomer signs in with shows a keen new hire
        }
        return new Habit(engagement, skill, quiet);
    }
}
