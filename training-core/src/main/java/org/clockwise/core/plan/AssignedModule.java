package org.clockwise.core.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A module a manager assigned to the rep, to take by {@code due}; {@code assignedBy} is the manager's name. */
public record AssignedModule(String moduleId, LocalDate due, String assignedBy) {
    public AssignedModule {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(assignedBy, "assignedBy");
    }
}
