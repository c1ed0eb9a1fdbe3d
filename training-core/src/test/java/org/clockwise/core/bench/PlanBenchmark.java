package org.clockwise.core.bench;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.clockwise.core.plan.DailyPlan;
import org.clockwise.core.plan.DueReview;
import org.clockwise.core.plan.History;
import org.clockwise.core.plan.PlanPolicy;
import org.clockwise.core.plan.PlanRequest;
import org.clockwise.core.skill.Evidence;
import org.clockwise.core.skill.ProficiencyModel;
import org.clockwise.core.skill.SkillStatus;
import org.clockwise.core.skill.TargetPolicy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Daily-plan computation for many reps, each with a year of history: the rules alone (skill
 * model + assignment), as the server runs them once per rep and day. Prints figures; asserts
 * nothing. Run: see README "Benchmarks".
 */
public final class PlanBenchmark {

    static final String[] SKILLS = {"buyer-alignment", "discovery-questioning", "active-listening", "business-acumen",
            "persona-insight", "value-articulation", "objection-handling", "negotiation", "social-selling", "storytelling",
            "account-planning", "marketing-content", "coaching-and-sharing", "customer-orientation"};
    static final String[] PHASES = {"status-quo", "pain-recognition", "goals-and-vision", "exploring-options",
            "evaluating-suppliers", "decision", "implementation"};
    static final String[] PERSONAS = {"cio", "cfo", "lob-head", "procurement", "end-user-champion"};

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(42);
        List<CourseSummary> modules = modules(200, random);
        List<TrackInfo> tracks = List.of(new TrackInfo("first-30-days", "First 30 days", 0, 30),
                new TrackInfo("days-31-60", "Days 31 to 60", 31, 60), new TrackInfo("days-61-90", "Days 61 to 90", 61, 90),
                new TrackInfo("veteran", "Veteran", 91, null));
        LocalDate day = LocalDate.of(2026, 11, 27);
        Instant now = day.atTime(9, 0).atZone(ZoneId.of("UTC")).toInstant();
        List<Input> inputs = new ArrayList<>();
        long answers = 0;
        for (int i = 0; i < reps; i++) {
            Input input = input(i, random, modules, day, now);
            answers += input.evidence().size();
            inputs.add(input);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapWithHistory = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        ProficiencyModel model = new ProficiencyModel();
        TargetPolicy targets = new TargetPolicy();
        PlanPolicy policy = new PlanPolicy();
        System.out.printf("%d reps, %d answers of history (%.0f per rep), %d modules, %d cores, Java %s%n",
                reps, answers, answers / (double) reps, modules.size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            int lessons = 0;
            for (Input in : inputs) {
                Map<String, Double> levels = model.proficiency(in.evidence(), now, 0.9);
                int tenure = Rep.tenureDays(in.rep().hireDate(), day);
                List<SkillStatus> skills = new ArrayList<>();
                for (String s : SKILLS) {
                    skills.add(new SkillStatus(s, s, levels.getOrDefault(s, 0.0), targets.target(s, tenure)));
                }
                DailyPlan plan = policy.plan(new PlanRequest(in.rep(), day, 300, tracks, modules, in.due(), skills, in.history(),
                        Map.of(), Map.of()));
                lessons += plan.lesson().isPresent() ? 1 : 0;
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("round %d: %d plans in %d ms (%.1f µs per rep), %d with a lesson%n",
                    round, reps, ms, ms * 1000.0 / reps, lessons);
        }
        System.out.printf("heap in use with every rep's history loaded: %d MB%n", heapWithHistory);
    }

    record Input(Rep rep, List<Evidence> evidence, List<DueReview> due, History history) {
    }

    static Input input(int i, Random random, List<CourseSummary> modules, LocalDate day, Instant now) {
        Rep rep = new Rep(i, day.minusDays(random.nextInt(1100)), ZoneId.of("UTC"));
        List<Evidence> evidence = new ArrayList<>();
        Set<String> completed = new HashSet<>();
        Set<String> phases = new HashSet<>();
        Set<String> personas = new HashSet<>();
        int activeDays = 120 + random.nextInt(130); // a year with weekends and gaps
        for (int d = 0; d < activeDays; d++) {
            Instant at = now.minus(Duration.ofDays(random.nextInt(365))).minusSeconds(random.nextInt(3600));
            CourseSummary m = modules.get(random.nextInt(modules.size()));
            boolean firstSight = completed.add(m.id()); // the first time: the lesson's own quiz
            phases.addAll(m.phases());
            personas.addAll(m.personas());
            for (int q = 0; q < 4; q++) {
                for (String s : m.skills()) {
                    // A module's question answered again on another day: the model keeps its latest answer.
                    // Recall and stability drawn independently (the model only reads them): stability 0.5 to 60.5 days.
                    evidence.add(new Evidence(s, m.id() + "#1#" + (q + 1), at, random.nextDouble() < 0.7, firstSight,
                            random.nextDouble(), 0.5 + 60 * random.nextDouble()));
                }
            }
        }
        List<DueReview> due = new ArrayList<>();
        for (int r = 0; r < 5 + random.nextInt(40); r++) {
            CourseSummary m = modules.get(random.nextInt(modules.size()));
            due.add(new DueReview(m.id(), 1, 1 + random.nextInt(4), "Prompt", now.minus(Duration.ofHours(random.nextInt(500))),
                    now.minus(Duration.ofDays(3 + random.nextInt(60)))));
        }
        return new Input(rep, evidence, due, new History(completed, phases, personas));
    }

    static List<CourseSummary> modules(int count, Random random) {
        List<CourseSummary> modules = new ArrayList<>();
        String[] trackIds = {"first-30-days", "days-31-60", "days-61-90", "veteran"};
        for (int i = 0; i < count; i++) {
            String track = i < 40 ? trackIds[i / 10] : null;
            modules.add(new CourseSummary("module-" + i, 1, "Module " + i, "",
                    List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)]).stream().distinct().toList(),
                    List.of(PHASES[random.nextInt(PHASES.length)]), List.of(PERSONAS[random.nextInt(PERSONAS.length)]), "basic",
                    track, track == null ? null : i % 10 + 1, i > 0 && i < 40 && i % 10 != 0 ? List.of("module-" + (i - 1)) : List.of(),
                    2 + random.nextInt(3), 4, Instant.EPOCH, false));
        }
        return modules;
    }
}
