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
 */
public record DueReview(String moduleId, int version, int questionIndex, String prompt,
                        Instant due, Instant lastSeen) {

    /** Checks that module id and due instant are present. */
    public DueReview {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(due, "due");
    }
}
