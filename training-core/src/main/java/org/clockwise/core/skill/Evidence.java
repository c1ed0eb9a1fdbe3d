package org.clockwise.core.skill;

import java.time.Instant;
import java.util.Objects;

/**
 * One quiz answer, counted as evidence for one skill (a question of a module tagged with that
 * skill; a module with three skills yields three pieces of evidence per answer).
 *
 * @param skillId    the skill id from the catalog
 * @param question   which question was answered ({@code module#version#index}); the model counts a
 *                   question's latest answer only. {@code null}: the answer stands alone
 * @param answeredAt when the rep answered
 * @param correct    whether the answer was right
 * @param firstSight answered in the lesson's own quiz, minutes after reading it, rather than in a
 *                   spaced review: it shows understanding, not yet that it stuck
 * @param recall     predicted probability in [0,1] that the rep still recalls this question
 *                   today (FSRS retrievability, computed elsewhere), or {@link Double#NaN} when
 *                   unknown
 * @param stability  the question's memory stability in days now (FSRS), or {@link Double#NaN}
 *                   when unknown; known exactly when the recall is
 */
public record Evidence(String skillId, String question, Instant answeredAt, boolean correct, boolean firstSight, double recall,
                       double stability) {

    /** Checks the invariants: ids and instants present, recall NaN or in [0,1], stability NaN or positive. */
    public Evidence {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (!Double.isNaN(recall) && (recall < 0 || recall > 1)) {
            throw new IllegalArgumentException("recall must be in [0,1] or NaN, was " + recall);
        }
        if (!Double.isNaN(stability) && !(stability > 0)) {
            throw new IllegalArgumentException("stability must be > 0 or NaN, was " + stability);
        }
        if (Double.isNaN(recall) != Double.isNaN(stability)) {
            throw new IllegalArgumentException("recall and stability are known together, were " + recall + " and " + stability);
        }
    }

    /** A review answer to a question of its own, memory state unknown. */
    public static Evidence of(String skillId, Instant answeredAt, boolean correct) {
        return new Evidence(skillId, null, answeredAt, correct, false, Double.NaN, Double.NaN);
    }
}
