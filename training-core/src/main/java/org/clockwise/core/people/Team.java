package org.clockwise.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A sales team; teams nest, and a manager of a parent team oversees its sub-teams too. */
@MappedEntity("teams")
public record Team(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        Long orgId,
        String name,
        @Nullable Long parentTeamId,
        @DateCreated @Nullable Instant createdAt) {

    public Team {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a team needs a name");
        }
    }
}
