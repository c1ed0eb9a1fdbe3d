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
 * <p>Immutable and thread-safe.
 */
public final class TargetPolicy {

    private final TargetSettings settings;

    /** A policy with {@link TargetSettings#DEFAULT}. */
    public TargetPolicy() {
        this(TargetSettings.DEFAULT);
    }

    /** A policy with the given (already validated) bands. */
    public TargetPolicy(TargetSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
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
        return band(tenureDays).target(skill);
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
