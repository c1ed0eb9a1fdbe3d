package org.clockwise.core.team.metrics;

import java.time.Instant;
import java.util.Objects;

/**
 * A rep finishing a module.
 *
 * @param repId       the rep
 * @param moduleId    the module
 * @param completedAt when it was finished
 */
public record Completion(long repId, String moduleId, Instant completedAt) {

    /** Checks that module and instant are present. */
    public Completion {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
