package org.clockwise.core.course;

import org.clockwise.content.Problem;

import java.time.Instant;
import java.util.List;

/** A publish that was refused, with every problem that caused it. */
public record Refusal(Instant at, PublishOrigin origin, List<Problem> problems) {
}
