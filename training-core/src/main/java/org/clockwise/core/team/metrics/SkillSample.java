package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rep's proficiency in one skill as of the end of one week (like {@code skill.WeeklyPoint}).
 *
 * @param repId       the rep
 * @param weekStart   Monday of the week
 * @param skillId     the skill
 * @param proficiency proficiency in [0,1] as of the end of that week
 */
public record SkillSample(long repId, LocalDate weekStart, String skillId, double proficiency) {

    /** Checks that week and skill are named and the proficiency is a number. */
    public SkillSample {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(skillId, "skillId");
        if (!Double.isFinite(proficiency)) {
            throw new IllegalArgumentException("proficiency must be finite, was " + proficiency);
        }
    }
}
