package org.clockwise.core.demo;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo reps whose history is still to be written (demo_history_pending): added with the demo
 * organisation, removed in each rep's own history transaction, so what is left after a stopped start is
 * what the next start has to finish.
 */
@Singleton
@Connectable
class PendingHistoryStore {

    /** A rep's history still to write: {@code days} days up to {@code today}, as the first start chose them. */
    record Pending(long userId, LocalDate today, int days) {
    }

    private final JdbcOperations jdbc;

    PendingHistoryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void add(List<Long> userIds, LocalDate today, int days) {
        jdbc.prepareStatement("INSERT INTO demo_history_pending (user_id, today, days) SELECT unnest(?), ?, ?", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            ps.setDate(2, Date.valueOf(today));
            ps.setInt(3, days);
            return ps.executeUpdate();
        });
    }

    List<Pending> all() {
        return jdbc.prepareStatement("SELECT user_id, today, days FROM demo_history_pending ORDER BY user_id", ps -> {
            List<Pending> pending = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Pending(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3)));
                }
            }
            return pending;
        });
    }

    /** The rep's history is written: call in the transaction that wrote it. */
    void done(long userId) {
        jdbc.prepareStatement("DELETE FROM demo_history_pending WHERE user_id = ?", ps -> {
            ps.setLong(1, userId);
            return ps.executeUpdate();
        });
    }
}
