package org.clockwise.core.plan;

import java.util.Objects;

/**
 * One entry of a daily plan.
 *
 * @param kind          review or lesson
 * @param moduleId      the module
 * @param questionIndex the question, for reviews; {@code null} for lessons
 * @param seconds       time budgeted for it
 * @param reason        why the rep gets it, as a message key and arguments
 */
public record PlanItem(Kind kind, String moduleId, Integer questionIndex, int seconds,
                       Reason reason) {

    /** What kind of work an item is. */
    public enum Kind { REVIEW, LESSON }

    /** Checks that kind, module and reason are present. */
    public PlanItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(reason, "reason");
    }
}
