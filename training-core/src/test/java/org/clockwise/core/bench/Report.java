package org.clockwise.core.bench;

import org.clockwise.core.plan.DailyPlan;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.review.MasteryPolicy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.clockwise.core.bench.YearSimulator.BANDS;
import static org.clockwise.core.bench.YearSimulator.line;
import static org.clockwise.core.bench.YearSimulator.pct;

/** The figures of a {@link YearSimulator} run, collected day by day and printed as Markdown tables. */
final class Report {

    /** Why a lesson was chosen, by its reason's key. */
    enum Why {
        TRACK, GAP, ASSIGNED, OTHER;

        static Why of(String key) {
            if (key.startsWith("plan.reason.track")) {
                return TRACK;
            }
            if (key.startsWith("plan.reason.gap")) {
                return GAP;
            }
            return key.startsWith("plan.reason.assigned") ? ASSIGNED : OTHER;
        }
    }

    /** Figures of one tenure band over the whole cohort. */
    static final class Band {
        final int from;
        final int to;
        final Map<Why, Integer> lessons = new EnumMap<>(Why.class);
        int early;
        int repDays;
        int activeDays;
        int streakBreaks;
        int reviews;
        int reviewsRight;
        final Map<String, Integer> notes = new TreeMap<>();
        final List<Double> planMinutes = new ArrayList<>();
        final List<Integer> backlog = new ArrayList<>();

        Band(int from, int to) {
            this.from = from;
            this.to = to;
        }

        int lessonCount() {
            return lessons.values().stream().mapToInt(Integer::intValue).sum();
        }

        double share(Why... whys) {
            int n = lessonCount();
            return n == 0 ? 0 : Arrays.stream(whys).mapToInt(w -> lessons.getOrDefault(w, 0)).sum() / (double) n;
        }

        double recall() {
            return reviews == 0 ? Double.NaN : reviewsRight / (double) reviews;
        }
    }

    /** Steady-state figures (tenure 91 and later) of one diligence. */
    static final class Steady {
        int reps;
        final List<Integer> backlog = new ArrayList<>();
        int activeDays;
        int repDays;
        int lessons;
        int retired;
        int items;
        int leeches;
    }

    private final YearSimulator.Options options;
    private final SimulatedLibrary library;
    final List<Band> bands = new ArrayList<>();
    final Map<YearSimulator.Diligence, Steady> steady = new EnumMap<>(YearSimulator.Diligence.class);
    final Map<String, List<Integer>> competency = new TreeMap<>();
    final Map<YearSimulator.Diligence, Integer> streakBreaks = new EnumMap<>(YearSimulator.Diligence.class);
    final Map<YearSimulator.Diligence, Integer> modulesTaken = new EnumMap<>(YearSimulator.Diligence.class);
    int reps;

    Report(YearSimulator.Options options, SimulatedLibrary library) {
        this.options = options;
        this.library = library;
        for (int[] b : BANDS) {
            bands.add(new Band(b[0], b[1]));
        }
        library.skills().forEach(s -> competency.put(s, new ArrayList<>()));
    }

    Band band(int tenure) {
        for (Band b : bands) {
            if (tenure >= b.from && tenure <= b.to) {
                return b;
            }
        }
        return null;
    }

    void day(YearSimulator.SimRep sim, int tenure, DailyPlan plan, int due, boolean active, int reviews, int right,
             boolean streakBroken, boolean early) {
        Band b = band(tenure);
        if (b != null) {
            b.repDays++;
            b.backlog.add(due);
            if (active) {
                b.activeDays++;
                b.planMinutes.add(plan.totalSeconds() / 60.0);
                plan.lesson().ifPresent(l -> b.lessons.merge(Why.of(l.reason().key()), 1, Integer::sum));
                b.early += early ? 1 : 0;
                b.reviews += reviews;
                b.reviewsRight += right;
                if (plan.note() != null) {
                    b.notes.merge(plan.note().key().substring("plan.note.".length()), 1, Integer::sum);
                }
            }
            b.streakBreaks += streakBroken ? 1 : 0;
        }
        if (streakBroken) {
            streakBreaks.merge(sim.diligence, 1, Integer::sum);
        }
        if (tenure >= 91) {
            Steady s = steady.computeIfAbsent(sim.diligence, d -> new Steady());
            s.backlog.add(due);
            s.repDays++;
            s.activeDays += active ? 1 : 0;
            s.lessons += active && plan.lesson().isPresent() ? 1 : 0;
        }
    }

    void finish(YearSimulator.SimRep sim) {
        reps++;
        Steady s = steady.computeIfAbsent(sim.diligence, d -> new Steady());
        s.reps++;
        s.items += sim.items.size();
        s.retired += (int) sim.items.values().stream().filter(i -> i.retired).count();
        s.leeches += (int) sim.items.values().stream().filter(i -> MasteryPolicy.DEFAULT.isLeech(i.state)).count();
        modulesTaken.merge(sim.diligence, sim.completed.size(), Integer::sum);
        library.skills().forEach(skill -> {
            Integer day = sim.competentOn.get(skill);
            competency.get(skill).add(day == null ? Integer.MAX_VALUE : day);
        });
    }

    void print(PrintStream out) {
        line(out, "Year simulator: %d reps (daily, weekdays, patchy, lapsing in turn), %d days of tenure each, "
                        + "desired retention %.2f, budget %d min, new lesson waits above %d%% of it in reviews, seed %d, %d modules.",
                options.reps(), options.days(), options.retention(), options.budgetMinutes(), options.reviewsFirstPercent(),
                options.seed(), library.modules().size());
        out.println();
        out.println("| tenure days | lessons | track | gap | other | early | plan min p50 / p95 / >5 min | backlog p50 / p95 / max"
                + " | recall at review | streak breaks per rep-month | days with no lesson: reviews first / on target / finished |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Band b : bands) {
            if (b.repDays == 0) {
                continue;
            }
            double[] minutes = b.planMinutes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int[] backlog = b.backlog.stream().mapToInt(Integer::intValue).sorted().toArray();
            long over = b.planMinutes.stream().filter(m -> m > options.budgetMinutes() + 1e-9).count();
            line(out, "| %d–%d | %d | %s | %s | %s | %d | %.1f / %.1f / %s | %d / %d / %d | %s (target %.2f) | %.2f | %d / %d / %d |",
                    b.from, b.to, b.lessonCount(), pct(b.share(Why.TRACK, Why.ASSIGNED)), pct(b.share(Why.GAP)),
                    pct(b.share(Why.OTHER)), b.early, quantile(minutes, 0.5), quantile(minutes, 0.95),
                    pct(minutes.length == 0 ? 0 : over / (double) minutes.length), quantile(backlog, 0.5), quantile(backlog, 0.95),
                    backlog.length == 0 ? 0 : backlog[backlog.length - 1],
                    Double.isNaN(b.recall()) ? "–" : String.format(Locale.ROOT, "%.2f", b.recall()), options.retention(),
                    b.streakBreaks * 30.0 / b.repDays, b.notes.getOrDefault("reviewsFirst", 0),
                    b.notes.getOrDefault("onTarget", 0), b.notes.getOrDefault("finished", 0));
        }
        out.println();
        out.println("| diligence (tenure 91+) | reps | active days | lessons per rep | backlog p50 / p95 / max"
                + " | modules taken in the year, per rep | questions mastered (retired) at the end | leeches | streak breaks per rep (year) |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        steady.forEach((d, s) -> {
            int[] backlog = s.backlog.stream().mapToInt(Integer::intValue).sorted().toArray();
            line(out, "| %s | %d | %s | %.1f | %d / %d / %d | %.1f of %d | %s of %d | %d | %.1f |", d.label(), s.reps,
                    pct(s.repDays == 0 ? 0 : s.activeDays / (double) s.repDays), s.reps == 0 ? 0 : s.lessons / (double) s.reps,
                    quantile(backlog, 0.5), quantile(backlog, 0.95), backlog.length == 0 ? 0 : backlog[backlog.length - 1],
                    s.reps == 0 ? 0 : modulesTaken.getOrDefault(d, 0) / (double) s.reps, library.modules().size(),
                    pct(s.items == 0 ? 0 : s.retired / (double) s.items), s.items, s.leeches,
                    s.reps == 0 ? 0 : streakBreaks.getOrDefault(d, 0) / (double) s.reps);
        });
        out.println();
        out.println("| skill | veteran target at this retention | reps reaching it in the year | median tenure day reached |");
        out.println("|---|---|---|---|");
        competency.forEach((skill, days) -> {
            int[] reached = days.stream().mapToInt(Integer::intValue).filter(d -> d != Integer.MAX_VALUE).sorted().toArray();
            line(out, "| %s | %.2f | %s | %s |", skill, library.targets().forRetention(options.retention()).target(skill, 100_000),
                    pct(days.isEmpty() ? 0 : reached.length / (double) days.size()),
                    reached.length == 0 ? "–" : String.valueOf(quantile(reached, 0.5)));
        });
    }

    /** Nearest-rank quantile of sorted values; 0 for none. */
    static int quantile(int[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static double quantile(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
