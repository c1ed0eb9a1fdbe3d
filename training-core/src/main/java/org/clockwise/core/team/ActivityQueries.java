package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.team.metrics.RepDay;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the daily_activity rollup for a set of reps: never the whole attempt history. */
@Singleton
@Connectable
public class ActivityQueries {

    private final JdbcOperations jdbc;

    ActivityQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<RepDay> since(Collection<Long> repIds, LocalDate since) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT user_id, day, lessons, reviews, seconds, plan_completed FROM daily_activity
                WHERE user_id = ANY (?) AND day >= ? ORDER BY user_id, day""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            ps.setDate(2, Date.valueOf(since));
            List<RepDay> days = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new RepDay(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6)));
                }
            }
            return days;
        });
    }
}
