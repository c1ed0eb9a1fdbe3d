package org.clockwise.core.course;

import org.clockwise.content.Problem;

import java.util.List;

/** How a publish ended. A refused library changes nothing that reps see. */
public sealed interface PublishResult {

    record Published(long publicationId, List<String> added, List<String> changed, List<String> retired) implements PublishResult {
    }

    /** The library is exactly what is live already. */
    record Unchanged() implements PublishResult {
    }

    record Refused(List<Problem> problems) implements PublishResult {
    }
}
