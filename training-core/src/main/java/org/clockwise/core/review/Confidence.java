package org.clockwise.core.review;

/**
 * How sure the rep said they were about an answer. A {@code null} confidence means the rep
 * did not say; {@link RatingPolicy} treats that as neither sure nor unsure.
 */
public enum Confidence {
    /** The rep flagged the answer as a guess or was hesitant. */
    UNSURE,
    /** The rep stated they were sure. */
    SURE
}
