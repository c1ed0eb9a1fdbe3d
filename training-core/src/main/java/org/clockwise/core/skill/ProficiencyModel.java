package org.clockwise.core.skill;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Proficiency per skill from quiz evidence: how much of what the rep met of a skill they know now,
 * durably, as the memory model sees it, with a prior so that a little evidence is not mastery.
 *
 * <pre>
 *   per question q, its latest answer as of now (an answer without a question stands alone):
 *     weight_q = memory known ? min(1, stability_q / matureDays) : 0.5 ^ (age / halfLife)
 *                (at most firstSightWeight when that answer was the lesson's own quiz)
 *     value_q  = right ? min(1, recall_q / desiredRetention) (1 when the recall is unknown) : 0
 *   proficiency = sum(weight_q * value_q) / (sum(weight_q) + priorWeight)
 * </pre>
 *
 * <ul>
 *   <li><b>Proficiency needs answers spread over time.</b> A question counts as much as the memory
 *       behind it is established: fully once its stability reaches {@code matureDays} (it would
 *       be recalled nine times in ten three weeks later, with the defaults), which only spaced
 *       right answers bring; an answer given minutes after reading the lesson counts at most
 *       {@code firstSightWeight}. The prior acts as {@code priorWeight} pseudo-answers scored 0.
 *       So one 4-question quiz answered right moves a skill by a few points (four first answers
 *       at stability 2.3 days weigh 4 * 2.3/21 = 0.44: 0.44/4.44 = 10%), and sixteen mature
 *       questions make 16/20 = 80%.</li>
 *   <li><b>The latest answer of a question counts.</b> Answering the same question many times
 *       does not pile up evidence; a lapse answered right again is known again.</li>
 *   <li><b>Forgetting comes from the memory model.</b> A right answer scores the question's
 *       predicted recall now relative to the retention its reviews aim for: 1 while it is on
 *       schedule (recall at or above the desired retention), less once it is overdue. So targets
 *       are reachable whatever the desired retention (at 0.70 a question reviewed on time scores
 *       as much as at 0.97), and a mastered question that is no longer reviewed fades as slowly as
 *       its stability says. Only evidence without a memory state (a module version replaced since)
 *       fades with the age of the answer.</li>
 * </ul>
 *
 * <p>Evidence answered after {@code now} is ignored: it has not happened yet as of {@code now}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProficiencyModel {

    /**
     * Tuning of the model.
     *
     * @param halfLife         age at which an answer without a memory state counts half
     * @param priorWeight      number of pseudo-answers scored 0 that every skill starts with
     * @param firstSightWeight most an answer given in the lesson's own quiz weighs, in (0,1]
     * @param matureDays       stability in days at which a question's answer weighs fully, 1 or more
     */
    public record Settings(Duration halfLife, double priorWeight, double firstSightWeight, double matureDays) {

        /** 60-day half-life, 4 pseudo-answers at 0, a first-sight answer a quarter at most, mature at 21 days. */
        public static final Settings DEFAULT = new Settings(Duration.ofDays(60), 4.0, 0.25, 21);

        /** Checks that the half-life is positive, the prior weight finite and not negative, the first-sight weight in (0,1]. */
        public Settings {
            Objects.requireNonNull(halfLife, "halfLife");
            if (halfLife.isZero() || halfLife.isNegative()) {
                throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
            }
            if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
                throw new IllegalArgumentException("priorWeight must be >= 0, was " + priorWeight);
            }
            if (!(firstSightWeight > 0 && firstSightWeight <= 1)) {
                throw new IllegalArgumentException("firstSightWeight must be in (0,1], was " + firstSightWeight);
            }
            if (!(matureDays >= 1) || Double.isInfinite(matureDays)) {
                throw new IllegalArgumentException("matureDays must be >= 1, was " + matureDays);
            }
        }
    }

    private final Settings settings;
    private final double halfLifeSeconds;

    /** A model with {@link Settings#DEFAULT}. */
    public ProficiencyModel() {
        this(Settings.DEFAULT);
    }

    /** A model with the given settings. */
    public ProficiencyModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.halfLifeSeconds = settings.halfLife().toMillis() / 1000.0;
    }

    /** The settings this model uses. */
    public Settings settings() {
        return settings;
    }

    /**
     * Proficiency of every skill that has evidence, as of {@code now}.
     *
     * @param evidence  quiz answers, any skills, any order
     * @param now       the instant the proficiency is for
     * @param retention the desired retention the rep's reviews aim for, in (0,1]
     * @return skill id to proficiency in [0,1], sorted by skill id; skills without evidence are
     *         absent (their proficiency is 0)
     */
    public Map<String, Double> proficiency(Collection<Evidence> evidence, Instant now, double retention) {
        Objects.requireNonNull(now, "now");
        checkRetention(retention);
        Map<String, List<Evidence>> bySkill = new TreeMap<>();
        for (Evidence e : evidence) {
            bySkill.computeIfAbsent(e.skillId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Double> result = new TreeMap<>();
        bySkill.forEach((skill, answers) -> result.put(skill, score(answers, now, retention)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Proficiency of one skill as of {@code now}.
     *
     * @param skill     skill id
     * @param evidence  quiz answers, any skills (others are ignored)
     * @param now       the instant the proficiency is for
     * @param retention the desired retention the rep's reviews aim for, in (0,1]
     * @return proficiency in [0,1]; 0 without evidence
     */
    public double proficiency(String skill, Collection<Evidence> evidence, Instant now, double retention) {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(now, "now");
        checkRetention(retention);
        return score(evidence.stream().filter(e -> e.skillId().equals(skill)).toList(), now, retention);
    }

    /**
     * Proficiency of one skill as of the end of each of the last {@code weeks} weeks, oldest
     * first, for a trend chart. A week ends at the start of the next week in {@code zone};
     * evidence from that instant on is not counted for it.
     *
     * <p>Predicted recall is not applied here (right answers count 1): it is a snapshot for
     * today and replaying today's forgetting into past weeks would draw dips that never
     * happened. Each question weighs as established as its memory is today. The current week's
     * point can therefore be slightly above
     * {@link #proficiency(String, Collection, Instant, double)} when reviews are overdue.
     *
     * @param skill         skill id
     * @param evidence      quiz answers, any skills (others are ignored)
     * @param lastWeekStart first day of the most recent week (any weekday the caller uses)
     * @param weeks         number of points, 0 or more
     * @param zone          zone whose midnight ends a week (the rep's or the manager's)
     * @return {@code weeks} points, oldest first
     */
    public List<WeeklyPoint> trend(String skill, Collection<Evidence> evidence,
                                   LocalDate lastWeekStart, int weeks, ZoneId zone) {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(lastWeekStart, "lastWeekStart");
        Objects.requireNonNull(zone, "zone");
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must be >= 0, was " + weeks);
        }
        List<Evidence> ofSkill = evidence.stream().filter(e -> e.skillId().equals(skill)).toList();
        List<WeeklyPoint> points = new ArrayList<>(weeks);
        for (int back = weeks - 1; back >= 0; back--) {
            LocalDate weekStart = lastWeekStart.minusWeeks(back);
            points.add(new WeeklyPoint(weekStart, score(ofSkill, weekEnd(weekStart, zone), Double.NaN)));
        }
        return List.copyOf(points);
    }

    /**
     * The instant a trend point of the week starting {@code weekStart} is "as of": the first instant of
     * the next week in {@code zone}, minus 1 ns (an answer from that instant on counts for the next week).
     */
    static Instant weekEnd(LocalDate weekStart, ZoneId zone) {
        return weekStart.plusWeeks(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /** Later answers win; at the same instant a review over a first sight, then a wrong answer over a right one. */
    static final Comparator<Evidence> LATER = Comparator.comparing(Evidence::answeredAt)
            .thenComparing(e -> !e.firstSight())
            .thenComparing(e -> !e.correct());

    /** The score of one skill's answers as of {@code asOf}; recall relative to {@code retention}, or ignored when NaN. */
    private double score(List<Evidence> answers, Instant asOf, double retention) {
        Map<String, Evidence> latest = new HashMap<>();
        double weighted = 0;
        double weights = 0;
        for (Evidence e : answers) {
            if (e.answeredAt().isAfter(asOf)) {
                continue;
            }
            if (e.question() == null) {
                double w = weight(e, asOf);
                weights += w;
                weighted += w * value(e, retention);
            } else {
                latest.merge(e.question(), e, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
            }
        }
        for (Evidence e : latest.values()) {
            double w = weight(e, asOf);
            weights += w;
            weighted += w * value(e, retention);
        }
        double denominator = weights + settings.priorWeight();
        // Only possible with priorWeight 0 and no evidence, or evidence so old its weight
        // underflows: nothing is known, so nothing is proficient.
        return denominator > 0 ? Math.min(1, weighted / denominator) : 0;
    }

    private double weight(Evidence e, Instant asOf) {
        double weight;
        if (Double.isNaN(e.stability())) {
            double ageSeconds = Duration.between(e.answeredAt(), asOf).toMillis() / 1000.0;
            weight = Math.pow(0.5, ageSeconds / halfLifeSeconds);
        } else {
            weight = Math.min(1, e.stability() / settings.matureDays());
        }
        return e.firstSight() ? Math.min(weight, settings.firstSightWeight()) : weight;
    }

    private static double value(Evidence e, double retention) {
        if (!e.correct()) {
            return 0;
        }
        return Double.isNaN(retention) || Double.isNaN(e.recall()) ? 1 : Math.min(1, e.recall() / retention);
    }

    private static void checkRetention(double retention) {
        if (!(retention > 0 && retention <= 1)) {
            throw new IllegalArgumentException("retention must be in (0,1], was " + retention);
        }
    }
}
