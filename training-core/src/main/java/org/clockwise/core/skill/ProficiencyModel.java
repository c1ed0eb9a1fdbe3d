package org.clockwise.core.skill;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Proficiency per skill from quiz evidence, recency-weighted so that the latest answers count
 * most and old mastery fades.
 *
 * <pre>
 *   weight_i    = 0.5 ^ (age_i / halfLife)
 *   value_i     = correct ? (recall unknown ? 1 : recall) : 0
 *   proficiency = sum(weight_i * value_i) / (sum(weight_i) + priorWeight)
 * </pre>
 *
 * <p>The prior acts as {@code priorWeight} pseudo-answers scored 0: one right answer is not
 * mastery (1/3 with the defaults), ten are 10/12, and because old evidence loses weight the
 * prior wins again over time (ten right answers five years ago are below 0.05). Evidence
 * answered after {@code now} is ignored: it has not happened yet as of {@code now}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProficiencyModel {

    /**
     * Tuning of the model.
     *
     * @param halfLife    age at which an answer counts half as much as one given now
     * @param priorWeight number of pseudo-answers scored 0 that every skill starts with
     */
    public record Settings(Duration halfLife, double priorWeight) {

        /** 60-day half-life, 2 pseudo-answers at 0. */
        public static final Settings DEFAULT = new Settings(Duration.ofDays(60), 2.0);

        /** Checks that the half-life is positive and the prior weight finite and not negative. */
        public Settings {
            Objects.requireNonNull(halfLife, "halfLife");
            if (halfLife.isZero() || halfLife.isNegative()) {
                throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
            }
            if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
                throw new IllegalArgumentException("priorWeight must be >= 0, was " + priorWeight);
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
     * @param evidence quiz answers, any skills, any order
     * @param now      the instant the proficiency is for
     * @return skill id to proficiency in [0,1], sorted by skill id; skills without evidence are
     *         absent (their proficiency is 0)
     */
    public Map<String, Double> proficiency(Collection<Evidence> evidence, Instant now) {
        Objects.requireNonNull(now, "now");
        Map<String, Sums> sums = new TreeMap<>();
        for (Evidence e : evidence) {
            sums.computeIfAbsent(e.skillId(), k -> new Sums()).add(e, now, true);
        }
        Map<String, Double> result = new TreeMap<>();
        sums.forEach((skill, s) -> result.put(skill, s.proficiency()));
        return Collections.unmodifiableMap(result);
    }

    /**
     * Proficiency of one skill as of {@code now}.
     *
     * @param skill    skill id
     * @param evidence quiz answers, any skills (others are ignored)
     * @param now      the instant the proficiency is for
     * @return proficiency in [0,1]; 0 without evidence
     */
    public double proficiency(String skill, Collection<Evidence> evidence, Instant now) {
        return score(skill, evidence, now, true);
    }

    /**
     * Proficiency of one skill as of the end of each of the last {@code weeks} weeks, oldest
     * first, for a trend chart. A week ends at the start of the next week in {@code zone};
     * evidence from that instant on is not counted for it.
     *
     * <p>Predicted recall is not applied here (correct answers count 1): it is a snapshot for
     * today and replaying today's forgetting into past weeks would draw dips that never
     * happened. The half-life still makes past points fade. The current week's point can
     * therefore be slightly above {@link #proficiency(String, Collection, Instant)} when reviews
     * are overdue.
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
        Objects.requireNonNull(lastWeekStart, "lastWeekStart");
        Objects.requireNonNull(zone, "zone");
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must be >= 0, was " + weeks);
        }
        List<WeeklyPoint> points = new ArrayList<>(weeks);
        for (int back = weeks - 1; back >= 0; back--) {
            LocalDate weekStart = lastWeekStart.minusWeeks(back);
            // Exclusive end: the first instant of the next week, minus 1 ns, counts as "as of".
            Instant asOf = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant().minusNanos(1);
            points.add(new WeeklyPoint(weekStart, score(skill, evidence, asOf, false)));
        }
        return List.copyOf(points);
    }

    private double score(String skill, Collection<Evidence> evidence, Instant asOf,
                         boolean useRecall) {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(asOf, "asOf");
        Sums sums = new Sums();
        for (Evidence e : evidence) {
            if (e.skillId().equals(skill)) {
                sums.add(e, asOf, useRecall);
            }
        }
        return sums.proficiency();
    }

    /** Running weighted sums for one skill. */
    private final class Sums {
        private double weighted;
        private double weights;

        void add(Evidence e, Instant asOf, boolean useRecall) {
            if (e.answeredAt().isAfter(asOf)) {
                return;
            }
            double ageSeconds = Duration.between(e.answeredAt(), asOf).toMillis() / 1000.0;
            double weight = Math.pow(0.5, ageSeconds / halfLifeSeconds);
            weights += weight;
            weighted += weight * value(e, useRecall);
        }

        double proficiency() {
            double denominator = weights + settings.priorWeight();
            // Only possible with priorWeight 0 and no evidence, or evidence so old its weight
            // underflows: nothing is known, so nothing is proficient.
            return denominator > 0 ? Math.min(1, weighted / denominator) : 0;
        }

        private double value(Evidence e, boolean useRecall) {
            if (!e.correct()) {
                return 0;
            }
            return useRecall && !Double.isNaN(e.recall()) ? e.recall() : 1;
        }
    }
}
