package org.clockwise.core.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One answered review, as recorded. */
public record ReviewEvent(UUID id, long userId, String courseId, int version, int questionIndex, Instant reviewedAt,
                          boolean correct, List<String> chosenKeys, String textAnswer) {
}
