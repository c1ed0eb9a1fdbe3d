package org.clockwise.core.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A module a manager assigned to the rep, to take by {@code due}. */
public record AssignedModule(String moduleId, LocalDate due, String assignedBy) {
    public AssignedModule {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(due, "due");
        assignedBy = assignedBy == null ? "your manager" : assignedBy;
    }
}
