package org.clockwise.core.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * A spaced-review item due today or earlier.
 *
 * @param moduleId      module of the question
 * @param version       module version the rep saw (reviews keep pointing at it)
 * @param questionIndex question position within that version
 * @param prompt        question prompt (for display; not used by the rules)
 * @param due           when the review fell due
 * @param lastSeen      when the rep last answered it, or {@code null} if unknown
 * @param recall        predicted recall when the plan is made, in [0, 1]
 *                      ({@code ReviewScheduler.retrievability}, computed by the caller), or
 *                      {@code NaN} when unknown: such items come after those with a recall
 */
public record DueReview(String moduleId, int version, int questionIndex, String prompt,
                        Instant due, Instant lastSeen, double recall) {

    /** Checks that module id and due instant are present and the recall is a probability or NaN. */
    public DueReview {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(due, "due");
        if (!Double.isNaN(recall) && !(recall >= 0.0 && recall <= 1.0)) {
            throw new IllegalArgumentException("recall must be in [0, 1] or NaN, was " + recall);
        }
    }

    /** A due review whose recall is unknown ({@code NaN}). */
    public DueReview(String moduleId, int version, int questionIndex, String prompt, Instant due, Instant lastSeen) {
        this(moduleId, version, questionIndex, prompt, due, lastSeen, Double.NaN);
    }
}
