package org.clockwise.core.skill;

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

    /** Checks that id and name are present. */
    public SkillStatus {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(skillName, "skillName");
    }

    /** How far below target: {@code max(0, target - proficiency)}. */
    public double gap() {
        return Math.max(0, target - proficiency);
    }
}
