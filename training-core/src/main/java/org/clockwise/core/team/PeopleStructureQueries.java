package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * Issue 13, "Speed" (wt-team2): the version of the people structure the team pages read (teams, their
 * names, nesting and managers, who is in which team, people's listed details, roles and whether they are
 * active). {@code V28} moves it, by trigger, in the transaction of every change to those rows, to a value
 * never used before; so what was read from that structure while the version was {@code v} is still exactly
 * right whenever the version read now is {@code v} again, on every instance. One primary-key read of a
 * one-row table.
 */
@Singleton
@Connectable
public class PeopleStructureQueries {

    private final JdbcOperations jdbc;

    PeopleStructureQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version, as a stamp for {@link StampedCache}. Read it before what it stamps. */
    public String version() {
        return jdbc.prepareStatement("SELECT version FROM people_structure_version WHERE id = 1", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return Long.toString(rs.getLong(1));
            }
        });
    }
}
