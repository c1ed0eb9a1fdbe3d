package org.clockwise.core.team.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * When a module first reached reps; later versions do not restart the clock.
 *
 * @param moduleId         the module
 * @param firstPublishedAt when its first version was published
 */
public record Publication(String moduleId, Instant firstPublishedAt) {

    /** Checks that module and instant are present. */
    public Publication {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
    }
}
