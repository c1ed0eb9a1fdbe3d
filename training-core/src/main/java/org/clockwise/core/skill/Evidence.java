package org.clockwise.core.skill;

import java.time.Instant;
import java.util.Objects;

/**
 * One quiz answer, counted as evidence for one skill (a question of a module tagged with that
 * skill; a module with three skills yields three pieces of evidence per answer).
 *
 * @param skillId    the skill id from the catalog
 * @param answeredAt when the rep answered
 * @param correct    whether the answer was right
 * @param recall     predicted probability in [0,1] that the rep still recalls this question
 *                   today (FSRS retrievability, computed elsewhere), or {@link Double#NaN} when
 *                   unknown
 */
public record Evidence(String skillId, Instant answeredAt, boolean correct, double recall) {

    /** Checks the invariants: ids and instants present, recall NaN or in [0,1]. */
    public Evidence {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (!Double.isNaN(recall) && (recall < 0 || recall > 1)) {
            throw new IllegalArgumentException("recall must be in [0,1] or NaN, was " + recall);
        }
    }

    /** Evidence whose recall is unknown (a fresh answer, or no scheduler data). */
    public static Evidence of(String skillId, Instant answeredAt, boolean correct) {
        return new Evidence(skillId, answeredAt, correct, Double.NaN);
    }
}
