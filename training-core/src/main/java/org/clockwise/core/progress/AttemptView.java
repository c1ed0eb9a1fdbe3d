package org.clockwise.core.progress;

import org.clockwise.core.course.QuizGrading;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A recorded attempt with the answers as given. */
public record AttemptView(UUID id, long userId, String courseId, int version, Instant submittedAt, int correct, int total,
                          long durationMs, Map<Integer, QuizGrading.Answer> answers) {
}
