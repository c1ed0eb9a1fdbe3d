package org.clockwise.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A customer of the platform: its people, teams and (later) its published library. */
@MappedEntity("organisations")
public record Organisation(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        String name,
        boolean demo,
        @DateCreated @Nullable Instant createdAt) {

    public Organisation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an organisation needs a name");
        }
    }
}
