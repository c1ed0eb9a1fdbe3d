package org.clockwise.core.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A person who signs in: rep, author, manager or admin (roles are kept beside it). The password
 * hash is {@code null} while the person has not yet followed their invitation.
 */
@MappedEntity("users")
public record User(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        Long orgId,
        String email,
        String displayName,
        @Nullable String passwordHash,
        LocalDate hireDate,
        String timeZone,
        boolean active,
        @DateCreated @Nullable Instant createdAt) {

    public User {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(hireDate, "hireDate");
        ZoneId.of(timeZone); // refuses an unknown zone before the database has to
    }

    public static User newUser(long orgId, String email, String displayName, String passwordHash,
                               LocalDate hireDate, String timeZone) {
        return new User(null, orgId, email.trim(), displayName.trim(), passwordHash, hireDate, timeZone, true, null);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** This person as a rep: their local day and tenure. */
    public Rep rep() {
        return new Rep(id, hireDate, zone());
    }
}
