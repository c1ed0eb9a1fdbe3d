package org.clockwise.core.bench;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.people.Rep;
import org.clockwise.core.plan.DailyPlan;
import org.clockwise.core.plan.DueReview;
import org.clockwise.core.plan.History;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.PlanPolicy;
import org.clockwise.core.plan.PlanRequest;
import org.clockwise.core.plan.Streak;
import org.clockwise.core.review.Confidence;
import org.clockwise.core.review.FsrsParameters;
import org.clockwise.core.review.FuzzPolicy;
import org.clockwise.core.review.MasteryPolicy;
import org.clockwise.core.review.Rating;
import org.clockwise.core.review.RatingPolicy;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewState;
import org.clockwise.core.skill.Evidence;
import org.clockwise.core.skill.ProficiencyModel;
import org.clockwise.core.skill.SkillStatus;
import org.clockwise.core.skill.TargetPolicy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A year of the learning engine for a cohort of simulated reps: every day each rep gets the plan
 * the real rules make ({@link PlanPolicy} over {@link ProficiencyModel} and the catalog's targets,
 * reviews scheduled by {@link ReviewScheduler} with {@link FuzzPolicy#place} and retired by
 * {@link MasteryPolicy}, answers rated by {@link RatingPolicy}), with the bundled library, and
 * does it or not as their diligence says. It prints, per tenure band, what the issue asks to watch:
 * why lessons were chosen, modules taken early, plan minutes, the overdue backlog, recall achieved
 * at review against the desired retention, and streak-breaking days; then the time to reach the
 * veteran target per skill, and the steady state per diligence.
 *
 * <p><b>The answers do not come from FSRS.</b> Whether a simulated rep answers right is drawn from
 * an independent memory model, so the simulation cannot simply agree with the scheduler: every
 * question has a true stability per rep; recall after {@code t} days is {@code 0.9^(t/S)} (an
 * exponential, Ebbinghaus's shape, where FSRS assumes a power law); a right answer multiplies
 * {@code S} by {@code ease * (1.5 + 5 * (1 - p))} where {@code p} was the recall at that moment
 * (harder retrievals strengthen more), a wrong one cuts it to 35%. The first answer, minutes after
 * the lesson, is right with a probability set by the rep's ability and the question's ease, and
 * leaves a true stability of 2.5 days (0.8 after a wrong answer) scaled the same way. Ability and
 * ease are drawn per rep and per question (seeded), so runs repeat exactly.
 *
 * <p>Diligence: {@code daily} does every plan; {@code weekdays} Monday to Friday; {@code patchy}
 * six days in ten at random; {@code lapsing} daily with a 7–21 day break about once a month. A
 * rep does exactly the plan (every review and the lesson on it) on an active day and nothing
 * otherwise; the Reviews page's extra reviews are not simulated.
 *
 * <p>Run (see README "The learning engine over a year"):
 * {@code YearSimulator [--reps 200] [--days 365] [--retention 0.9] [--seed 7] [--library dir]}.
 * Prints figures; asserts nothing ({@code YearSimulatorTest} runs a small cohort in CI).
 */
public final class YearSimulator {

    /** Tenure bands the figures are grouped by. */
    static final int[][] BANDS = {{0, 30}, {31, 60}, {61, 90}, {91, 180}, {181, 364}};

    /** How diligent a simulated rep is. */
    enum Diligence {
        DAILY, WEEKDAYS, PATCHY, LAPSING;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The knobs of a run. */
    record Options(int reps, int days, double retention, long seed, Path library, int budgetMinutes, int reviewsFirstPercent) {

        static Options parse(String[] args) {
            Options o = new Options(200, 365, 0.9, 7, null, 5, PlanPolicy.DEFAULT_REVIEWS_FIRST_PERCENT);
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                o = switch (args[i]) {
                    case "--reps" -> new Options(Integer.parseInt(value), o.days, o.retention, o.seed, o.library, o.budgetMinutes, o.reviewsFirstPercent);
                    case "--days" -> new Options(o.reps, Integer.parseInt(value), o.retention, o.seed, o.library, o.budgetMinutes, o.reviewsFirstPercent);
                    case "--retention" -> new Options(o.reps, o.days, Double.parseDouble(value), o.seed, o.library, o.budgetMinutes, o.reviewsFirstPercent);
                    case "--seed" -> new Options(o.reps, o.days, o.retention, Long.parseLong(value), o.library, o.budgetMinutes, o.reviewsFirstPercent);
                    case "--library" -> new Options(o.reps, o.days, o.retention, o.seed, Path.of(value), o.budgetMinutes, o.reviewsFirstPercent);
                    case "--budget" -> new Options(o.reps, o.days, o.retention, o.seed, o.library, Integer.parseInt(value), o.reviewsFirstPercent);
                    case "--reviews-first" -> new Options(o.reps, o.days, o.retention, o.seed, o.library, o.budgetMinutes, Integer.parseInt(value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --reps --days --retention --seed --library --budget --reviews-first)");
                };
                i++;
            }
            if (o.reps < 1 || o.days < 1 || o.days > 3650) {
                throw new IllegalArgumentException("--reps must be 1 or more and --days between 1 and 3650");
            }
            return o;
        }
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        long start = System.nanoTime();
        Report report = run(options);
        report.print(System.out);
        System.out.printf(Locale.ROOT, "%nSimulated %d rep-days in %.1f s.%n", (long) options.reps() * options.days(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Runs the cohort and collects the figures. */
    static Report run(Options options) {
        SimulatedLibrary library = SimulatedLibrary.load(options.library() == null ? SimulatedLibrary.bundled() : options.library());
        FsrsParameters defaults = FsrsParameters.DEFAULT;
        ReviewScheduler scheduler = new ReviewScheduler(new FsrsParameters(defaults.w(), options.retention(), defaults.maximumIntervalDays()));
        Engine engine = new Engine(library, scheduler, new PlanPolicy(options.reviewsFirstPercent()), new ProficiencyModel(),
                MasteryPolicy.DEFAULT, new RatingPolicy(), options.budgetMinutes() * 60, options.retention());
        Report report = new Report(options, library);
        Random cohort = new Random(options.seed());
        for (int i = 0; i < options.reps(); i++) {
            Diligence diligence = Diligence.values()[i % Diligence.values().length];
            LocalDate hired = LocalDate.of(2026, 1, 5).plusDays((i * 7L) % 364);
            double ability = Math.max(0.6, Math.min(1.4, 1 + 0.15 * cohort.nextGaussian()));
            SimRep rep = new SimRep(i + 1, hired, diligence, ability, new Random(cohort.nextLong()));
            for (int day = 0; day < options.days(); day++) {
                engine.live(rep, day, report);
            }
            report.finish(rep);
        }
        return report;
    }

    /** One question as a rep holds it: the scheduler's state and the true memory the answers are drawn from. */
    static final class Item {
        final String module;
        final int question;
        final double ease;
        ReviewState state;
        boolean retired;
        double trueStability;
        Instant trueLast;

        Item(String module, int question, double ease) {
            this.module = module;
            this.question = question;
            this.ease = ease;
        }

        String key() {
            return module + "#1#" + question;
        }
    }

    /** One answer, as {@code EvidenceQueries} reads it (the recall is added when the skills are computed). */
    record Answer(String question, Instant at, boolean correct, boolean firstSight, List<String> skills) {
    }

    /** A simulated rep and everything the server would hold about them. */
    static final class SimRep {
        final Rep rep;
        final Diligence diligence;
        final double ability;
        final Random random;
        final Map<String, Item> items = new LinkedHashMap<>();
        final List<Answer> answers = new ArrayList<>();
        final Set<String> completed = new HashSet<>();
        final Set<String> phases = new HashSet<>();
        final Set<String> personas = new HashSet<>();
        final Set<LocalDate> completedDays = new HashSet<>();
        final Map<String, Integer> competentOn = new HashMap<>();
        int breakUntil = -1;

        SimRep(long id, LocalDate hired, Diligence diligence, double ability, Random random) {
            this.rep = new Rep(id, hired, ZoneOffset.UTC);
            this.diligence = diligence;
            this.ability = ability;
            this.random = random;
        }

        boolean active(int day, LocalDate date) {
            return switch (diligence) {
                case DAILY -> true;
                case WEEKDAYS -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
                case PATCHY -> random.nextDouble() < 0.6;
                case LAPSING -> {
                    if (day < breakUntil) {
                        yield false;
                    }
                    if (day > 14 && random.nextDouble() < 1.0 / 30) {
                        breakUntil = day + 7 + random.nextInt(15);
                        yield false;
                    }
                    yield true;
                }
            };
        }
    }

    /** The rules, wired as the server wires them. */
    record Engine(SimulatedLibrary library, ReviewScheduler scheduler, PlanPolicy policy, ProficiencyModel model,
                  MasteryPolicy mastery, RatingPolicy ratings, int budgetSeconds, double retention) {

        void live(SimRep sim, int day, Report report) {
            LocalDate date = sim.rep.hireDate().plusDays(day);
            Instant now = date.atTime(9, 0).toInstant(ZoneOffset.UTC);
            int tenure = sim.rep.tenureOn(date);
            List<DueReview> due = new ArrayList<>();
            for (Item item : sim.items.values()) {
                if (!item.retired && !item.state.due().isAfter(now)) {
                    due.add(new DueReview(item.module, 1, item.question, "", item.state.due(), item.state.lastReview(),
                            scheduler.retrievability(item.state, now)));
                }
            }
            List<SkillStatus> skills = skills(sim, now, tenure);
            DailyPlan plan = policy.plan(new PlanRequest(sim.rep, date, budgetSeconds, library.tracks(), library.modules(), due,
                    skills, new History(sim.completed, sim.phases, sim.personas), library.names(), library.names()));
            boolean active = sim.active(day, date);
            int reviewsRight = 0;
            int reviewsDone = 0;
            if (active) {
                for (PlanItem item : plan.items()) {
                    if (item.kind() == PlanItem.Kind.REVIEW) {
                        reviewsDone++;
                        reviewsRight += review(sim, sim.items.get(item.moduleId() + "#1#" + item.questionIndex()), now) ? 1 : 0;
                    } else {
                        learn(sim, item.moduleId(), now);
                    }
                }
                sim.completedDays.add(date);
            }
            boolean streakBroken = !active && Streak.current(sim.completedDays, date.minusDays(1)) > 0;
            report.day(sim, tenure, plan, due.size(), active, reviewsDone, reviewsRight, streakBroken,
                    plan.lesson().map(l -> library.bandStart(l.moduleId()) > tenure).orElse(false));
            // Competency as of this morning (everything up to yesterday): the veteran band's target.
            for (SkillStatus s : skills) {
                if (s.proficiency() >= targets().target(s.skillId(), 100_000)) {
                    sim.competentOn.putIfAbsent(s.skillId(), tenure);
                }
            }
        }

        /** The catalog's targets scaled for the retention the reps' reviews aim at, as {@code SkillStatuses} reads them. */
        TargetPolicy targets() {
            return library.targets().forRetention(retention);
        }

        /** Proficiency and target per catalog skill, as {@code SkillStatuses} computes them. */
        List<SkillStatus> skills(SimRep sim, Instant now, int tenure) {
            List<Evidence> evidence = new ArrayList<>();
            for (Answer a : sim.answers) {
                Item item = sim.items.get(a.question());
                double recall = scheduler.retrievability(item.state, now);
                for (String skill : a.skills()) {
                    evidence.add(new Evidence(skill, a.question(), a.at(), a.correct(), a.firstSight(), recall,
                            item.state.stability()));
                }
            }
            Map<String, Double> levels = model.proficiency(evidence, now, retention);
            return library.skills().stream()
                    .map(s -> new SkillStatus(s, s, levels.getOrDefault(s, 0.0), targets().target(s, tenure)))
                    .toList();
        }

        /** A review answered: drawn from the true memory, rated, scheduled, maybe retired. */
        boolean review(SimRep sim, Item item, Instant now) {
            double elapsed = Duration.between(item.trueLast, now).toSeconds() / 86_400.0;
            double p = Math.pow(0.9, elapsed / item.trueStability);
            boolean right = sim.random.nextDouble() < p;
            item.trueStability = right ? item.trueStability * item.ease * (1.5 + 5 * (1 - p))
                    : Math.max(0.3, item.trueStability * 0.35);
            item.trueLast = now;
            Rating rating = rate(sim, right, p);
            ReviewState next = scheduler.next(item.state, rating, now);
            Instant previous = item.state.lastReview();
            item.state = place(sim, item, next, previous);
            item.retired = mastery.retires(next, rating);
            sim.answers.add(new Answer(item.key(), now, right, false, skillsOf(item.module)));
            return right;
        }

        /** The lesson read and its quiz answered once. */
        void learn(SimRep sim, String moduleId, Instant now) {
            CourseSummary module = library.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst().orElseThrow();
            for (int q = 0; q < library.questions().get(moduleId); q++) {
                Item item = sim.items.computeIfAbsent(moduleId + "#1#" + q,
                        k -> new Item(moduleId, Integer.parseInt(k.substring(k.lastIndexOf('#') + 1)),
                                Math.exp(0.25 * sim.random.nextGaussian())));
                double p = Math.max(0.3, Math.min(0.97, 0.78 * sim.ability * Math.sqrt(item.ease)));
                boolean right = sim.random.nextDouble() < p;
                item.trueStability = (right ? 2.5 : 0.8) * sim.ability * item.ease;
                item.trueLast = now;
                Rating rating = rate(sim, right, p);
                ReviewState first = item.state == null ? scheduler.first(rating, now) : scheduler.next(item.state, rating, now);
                Instant previous = item.state == null ? null : item.state.lastReview();
                item.state = place(sim, item, first, previous);
                item.retired = mastery.retires(first, rating);
                sim.answers.add(new Answer(item.key(), now, right, true, module.skills()));
            }
            sim.completed.add(moduleId);
            sim.phases.addAll(module.phases());
            sim.personas.addAll(module.personas());
        }

        /** Hesitant when recall was shaky, sometimes quick and sure when it was easy. */
        Rating rate(SimRep sim, boolean right, double p) {
            if (!right) {
                return ratings.rate(false, Duration.ofSeconds(40), null);
            }
            if (p < 0.75) {
                return ratings.rate(true, Duration.ofSeconds(70), Confidence.UNSURE);
            }
            if (p > 0.97 && sim.random.nextDouble() < 0.3) {
                return ratings.rate(true, Duration.ofSeconds(10), Confidence.SURE);
            }
            return ratings.rate(true, Duration.ofSeconds(30), null);
        }

        ReviewState place(SimRep sim, Item item, ReviewState next, Instant previous) {
            long seed = FuzzPolicy.seed(sim.rep.id(), item.module, item.question, next.reps());
            return FuzzPolicy.place(scheduler, next, previous, seed, (from, min, max) -> {
                long[] counts = new long[max - min + 1];
                for (Item other : sim.items.values()) {
                    if (other != item && !other.retired && other.state != null && !other.state.due().isBefore(from)) {
                        long d = Duration.between(from, other.state.due()).toSeconds() / 86_400;
                        if (d >= min && d <= max) {
                            counts[(int) d - min]++;
                        }
                    }
                }
                return counts;
            });
        }

        List<String> skillsOf(String moduleId) {
            return library.modules().stream().filter(m -> m.id().equals(moduleId)).findFirst().orElseThrow().skills();
        }
    }

    /** Review items count {@value ReviewItem#SECONDS} s in the plan; the figures below use the same. */
    static int reviewSeconds() {
        return ReviewItem.SECONDS;
    }

    private YearSimulator() {
    }

    /** Printing helper shared by the report. */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static void line(PrintStream out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
