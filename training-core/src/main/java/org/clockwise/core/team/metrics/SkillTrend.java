package org.clockwise.core.team.metrics;

import java.util.List;
import java.util.Objects;

/**
 * One rep's skill on a team dashboard: where it stands now, the target, and the weeks before.
 *
 * @param skillId       the skill
 * @param name          its display name
 * @param percent       proficiency now, in percent (the last entry of {@code trend})
 * @param targetPercent the target for the rep's tenure, in percent
 * @param trend         proficiency in percent per week, oldest first
 */
public record SkillTrend(String skillId, String name, int percent, int targetPercent, List<Integer> trend) {

    /** Checks the skill and copies the trend. */
    public SkillTrend {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(name, "name");
        trend = List.copyOf(trend);
    }

    /** Percentage points below target; 0 or less when at or above it. */
    public int gap() {
        return targetPercent - percent;
    }
}
