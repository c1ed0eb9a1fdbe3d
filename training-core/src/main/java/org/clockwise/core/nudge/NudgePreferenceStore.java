package org.clockwise.core.nudge;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The one writer of users.nudge_enabled and users.nudge_time (a person's own choice, like their
 * language; everything else about users is written by {@code people.PeopleStore}).
 */
@Singleton
@Connectable
public class NudgePreferenceStore {

    private final JdbcOperations jdbc;

    NudgePreferenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets both preferences; false when there is no such person. */
    public boolean set(long userId, boolean enabled, LocalTime time) {
        Objects.requireNonNull(time, "time");
        return 1 == jdbc.prepareStatement("UPDATE users SET nudge_enabled = ?, nudge_time = ? WHERE id = ?", ps -> {
            ps.setBoolean(1, enabled);
            ps.setObject(2, time);
            ps.setLong(3, userId);
            return ps.executeUpdate();
        });
    }

    /** Turns reminder emails off (the unsubscribe link); false when there is no such person. */
    public boolean turnOff(long userId) {
        return 1 == jdbc.prepareStatement("UPDATE users SET nudge_enabled = false WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        });
    }
}
