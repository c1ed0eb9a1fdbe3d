package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;

/**
 * A fingerprint of everything a team dashboard is made of, read in one small query: it changes
 * whenever any of its inputs does, so a dashboard computed earlier can be served again exactly
 * as long as the stamp is the same.
 *
 * <p>What moves it: a publication (modules, catalog, targets); any answer, review or nightly skill
 * refresh (each rewrites the rep's rep_skill_status row; the sum of their update times moves even
 * when many reps are refreshed with the same instant); any change to a daily_activity row (the
 * count and the sum of a 64-bit hash of every whole row, mixed once more because a record's hash is
 * linear in its columns' hashes (summed, values swapped between rows would cancel out), so a repair that moves activity between
 * days shows too; V25 lets it read them from the primary key alone, issue 13, and the sum needs no
 * sort and no text, where an md5 of every row's text cost most of each view's stamp); a plan stored for today; an assignment made,
 * moved or completed (manager_assignments, completions). Reps joining, leaving or renamed change
 * the team itself, which is part of the cache key rather than of the stamp.
 */
@Singleton
@Connectable
public class TeamStampQueries {

    private final JdbcOperations jdbc;

    TeamStampQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param repIds the team's reps
     * @param since  the first day the dashboard reads activity for
     * @param today  the viewer's date (plans from the day before on count, for reps ahead of them)
     */
    public String of(Collection<Long> repIds, LocalDate since, LocalDate today) {
        return jdbc.prepareStatement("""
                SELECT concat_ws('|',
                    (SELECT max(id) FROM publications WHERE succeeded),
                    (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM updated_at)), 0) || ':'
                            || coalesce(sum(proficiency_sum), 0) || ':' || coalesce(sum(at_target), 0)
                     FROM rep_skill_status WHERE user_id = ANY (?)),
                    (SELECT count(*) || ':' || coalesce(sum(hashint8extended(hash_record_extended((user_id, day, lessons, reviews,
                                 seconds, plan_completed), 0), 0)), 0)
                     FROM daily_activity WHERE user_id = ANY (?) AND day >= ?),
                    (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') || ':' || count(completed_at)
                     FROM daily_plans WHERE user_id = ANY (?) AND day >= ?),
                    (SELECT count(*) || ':' || coalesce(max(created_at)::text, '') || ':'
                            || coalesce(sum(due_date - DATE '2000-01-01'), 0)
                     FROM manager_assignments WHERE user_id = ANY (?)),
                    (SELECT count(*) FROM completions WHERE user_id = ANY (?)))""", ps -> {
            Array ids = ps.getConnection().createArrayOf("bigint", repIds.toArray());
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            ps.setDate(3, Date.valueOf(since));
            ps.setArray(4, ids);
            ps.setDate(5, Date.valueOf(today.minusDays(1)));
            ps.setArray(6, ids);
            ps.setArray(7, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
