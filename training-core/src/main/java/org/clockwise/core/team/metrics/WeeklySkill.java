package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rep's stored proficiency and target in one skill for one week (one skill_snapshots row).
 *
 * @param repId       the rep
 * @param skillId     the skill
 * @param weekStart   Monday of the week
 * @param proficiency proficiency in [0,1] as of that week
 * @param target      the rep's target in [0,1] for that week's tenure
 */
public record WeeklySkill(long repId, String skillId, LocalDate weekStart, double proficiency, double target) {

    /** Checks that skill and week are named. */
    public WeeklySkill {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(weekStart, "weekStart");
    }
}
