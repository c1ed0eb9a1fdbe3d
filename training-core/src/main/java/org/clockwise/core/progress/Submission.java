package org.clockwise.core.progress;

import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.review.Confidence;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A submitted quiz as the server trusts it: the attempt id, rep, module version and serve time
 * come from the signed ticket minted with the quiz page, never from form fields the browser
 * could change; the answers are what the rep chose. Scores are computed here, not received.
 */
public record Submission(UUID attemptId, long userId, String courseId, int version, Instant servedAt,
                         Map<Integer, QuizGrading.Answer> answers, Map<Integer, Confidence> confidence) {
    public Submission {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(servedAt, "servedAt");
        answers = Map.copyOf(answers);
        confidence = Map.copyOf(confidence);
        if (version < 1) {
            throw new IllegalArgumentException("version is 1-based");
        }
    }
}
