package org.clockwise.core.skill;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where the rep stands on one skill (from the skill model).
 *
 * @param skillId     skill id
 * @param skillName   display name, used in reasons and for tie-breaking
 * @param proficiency current proficiency in [0,1]
 * @param target      target proficiency in [0,1] at the rep's tenure
 */
public record SkillStatus(String skillId, String skillName, double proficiency, double target) {

    /**
     * Largest gap first, ties by name, then id: the order in which the daily plan looks for a lesson
     * and the coaching list names a rep's largest gap, so the two always name the same skill.
     */
    public static final Comparator<SkillStatus> LARGEST_GAP_FIRST = Comparator.comparingDouble(SkillStatus::gap).reversed()
            .thenComparing(SkillStatus::skillName)
            .thenComparing(SkillStatus::skillId);

    /** Checks that id and name are present. */
    public SkillStatus {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(skillName, "skillName");
    }

    /** How far below target: {@code max(0, target - proficiency)}. */
    public double gap() {
        return Math.max(0, target - proficiency);
    }

    /**
     * Proficiency in whole percent, rounded down so a rep just below target never reads "at 70%,
     * target 70%"; the epsilon keeps 0.29 from printing as 28 through floating-point noise.
     */
    public int percent() {
        return (int) Math.floor(Math.max(0, Math.min(1, proficiency)) * 100 + 1e-9);
    }

    /** The target in whole percent, rounded. */
    public int targetPercent() {
        return (int) Math.round(target * 100);
    }
}
