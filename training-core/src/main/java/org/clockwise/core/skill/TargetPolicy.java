package org.clockwise.core.skill;

import org.clockwise.core.people.Rep;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Target proficiency per skill depending on tenure: new hires need less breadth, veterans
 * need depth. The gap between target and proficiency is what the daily assignment closes.
 *
 * <p><b>Targets and the desired retention.</b> The bands are written for the
 * {@link #REFERENCE_RETENTION reference retention} of 0.90, the default. A team whose reviews aim
 * lower accepts that more questions are forgotten at review (about three in ten at 0.70, one in
 * ten at 0.90), and every forgotten question's latest answer scores 0 until it is answered right
 * again, so its targets scale down by the same ratio: {@code target * min(1, retention / 0.90)},
 * 0.80 becoming 0.62 at 0.70. Aiming higher never raises a target: the library's questions bound
 * how high a skill can climb ({@code ProficiencyModel}'s prior), not the schedule.
 * {@link #forRetention} gives the policy for one retention; the year simulator shows the targets
 * reached at 0.70, 0.90 and 0.97.
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetPolicy {

    /** The retention the target bands are written for. */
    public static final double REFERENCE_RETENTION = 0.90;

    private final TargetSettings settings;
    private final double scale;

    /** A policy with {@link TargetSettings#DEFAULT}. */
    public TargetPolicy() {
        this(TargetSettings.DEFAULT);
    }

    /** A policy with the given (already validated) bands, at the reference retention. */
    public TargetPolicy(TargetSettings settings) {
        this(settings, 1);
    }

    private TargetPolicy(TargetSettings settings, double scale) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scale = scale;
    }

    /**
     * The same bands for reps whose reviews aim at {@code retention}.
     *
     * @param retention the desired retention, in (0,1]
     * @return targets scaled by {@code min(1, retention / REFERENCE_RETENTION)}
     */
    public TargetPolicy forRetention(double retention) {
        if (!(retention > 0 && retention <= 1)) {
            throw new IllegalArgumentException("retention must be in (0,1], was " + retention);
        }
        return new TargetPolicy(settings, Math.min(1, retention / REFERENCE_RETENTION));
    }

    /** The bands this policy uses. */
    public TargetSettings settings() {
        return settings;
    }

    /**
     * Target proficiency in [0,1] for a skill at a tenure.
     *
     * @param skill      skill id
     * @param tenureDays tenure day as counted by {@code Rep.tenureDays}, 0 or more
     * @return the target in [0,1]
     */
    public double target(String skill, int tenureDays) {
        Objects.requireNonNull(skill, "skill");
        return band(tenureDays).target(skill) * scale;
    }

    /**
     * How far below target the rep is.
     *
     * @param skill       skill id
     * @param tenureDays  tenure day, 0 or more
     * @param proficiency current proficiency in [0,1]
     * @return {@code max(0, target - proficiency)}
     */
    public double gap(String skill, int tenureDays, double proficiency) {
        return Math.max(0, target(skill, tenureDays) - proficiency);
    }

    /**
     * Skill ids named in the bands that are not in the catalog: such a target silently never
     * applies, so the caller should report them (a typo must not pass unnoticed).
     *
     * @param catalogSkillIds the skill ids of the catalog
     * @return the unknown ids, sorted; empty when all are known
     */
    public Set<String> unknownSkills(Collection<String> catalogSkillIds) {
        Set<String> unknown = new TreeSet<>();
        for (TargetSettings.Band band : settings.bands()) {
            unknown.addAll(band.perSkill().keySet());
        }
        unknown.removeAll(Set.copyOf(catalogSkillIds));
        return unknown;
    }

    private TargetSettings.Band band(int tenureDays) {
        if (tenureDays < 0) {
            throw new IllegalArgumentException("tenureDays must be >= 0, was " + tenureDays);
        }
        for (TargetSettings.Band band : settings.bands()) {
            if (band.covers(tenureDays)) {
                return band;
            }
        }
        // Unreachable: TargetSettings guarantees the bands tile day 0 onward.
        throw new IllegalStateException("no band covers day " + tenureDays);
    }
}
