package org.clockwise.core.team.metrics;

import java.util.Objects;

/**
 * A rep's largest gap: the skill furthest below the target for their tenure.
 *
 * @param rep   the rep
 * @param skill the skill, below target
 */
public record RepGap(RepInfo rep, SkillTrend skill) {

    /** Checks that both are present. */
    public RepGap {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(skill, "skill");
    }

    /** Percentage points below target, more than 0. */
    public int size() {
        return skill.gap();
    }
}
