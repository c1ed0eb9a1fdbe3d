package org.clockwise.core.summary;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewItem;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily_activity rollup: bumped in the caller's transaction as attempts, reviews and
 * completed plans are recorded, and checked against the detail tables. Time counts are capped
 * ({@value #MAX_ATTEMPT_SECONDS} s an attempt, {@value ReviewItem#SECONDS} s a review) so a tab left open does not count as study.
 */
@Singleton
@Connectable
public class ActivityRollupStore {

    /** The most one attempt counts for, so a tab left open does not count as study. */
    static final int MAX_ATTEMPT_SECONDS = 1800;

    /** What an attempt that took {@code taken} adds to the day's seconds (the demo history adds it up in bulk, too). */
    public static int attemptSeconds(Duration taken) {
        return (int) Math.min(MAX_ATTEMPT_SECONDS, Math.max(0, taken.getSeconds()));
    }

    private final JdbcOperations jdbc;

    ActivityRollupStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** An attempt submitted at {@code at}, counted on the rep's local day (as {@link #check} counts it). */
    public void lesson(long userId, Instant at, Duration taken) {
        bump(userId, at, 1, 0, attemptSeconds(taken));
    }

    /** A review answered at {@code at}, counted on the rep's local day. */
    public void review(long userId, Instant at) {
        bump(userId, at, 0, 1, ReviewItem.SECONDS);
    }

    /** The plan of the rep's local {@code day} was completed. */
    public void planCompleted(long userId, LocalDate day) {
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, plan_completed) VALUES (?, ?, true)
                ON CONFLICT (user_id, day) DO UPDATE SET plan_completed = true""", ps -> {
            ps.setLong(1, userId);
            ps.setDate(2, Date.valueOf(day));
            return ps.executeUpdate();
        });
    }

    /** The completed plan of the rep's local {@code day} was discarded: the day is not completed (yet). */
    public void planReopened(long userId, LocalDate day) {
        jdbc.prepareStatement("UPDATE daily_activity SET plan_completed = false WHERE user_id = ? AND day = ?", ps -> {
            ps.setLong(1, userId);
            ps.setDate(2, Date.valueOf(day));
            return ps.executeUpdate();
        });
    }

    /** The local day is taken in SQL from the rep's zone, exactly as the recomputation takes it. */
    private void bump(long userId, Instant at, int lessons, int reviews, int seconds) {
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds)
                SELECT u.id, (CAST(? AS timestamptz) AT TIME ZONE u.time_zone)::date, ?, ?, ? FROM users u WHERE u.id = ?
                ON CONFLICT (user_id, day) DO UPDATE SET lessons = daily_activity.lessons + EXCLUDED.lessons,
                    reviews = daily_activity.reviews + EXCLUDED.reviews, seconds = daily_activity.seconds + EXCLUDED.seconds""", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setInt(2, lessons);
            ps.setInt(3, reviews);
            ps.setInt(4, seconds);
            ps.setLong(5, userId);
            return ps.executeUpdate();
        });
    }

    /** A day whose rollup differs from what the detail tables say. */
    public record Drift(long userId, LocalDate day, String rollup, String recomputed) {
    }

    /** Recomputes days from {@code since} from the detail tables and lists every difference. */
    public List<Drift> check(LocalDate since) {
        return jdbc.prepareStatement(RECOMPUTE + """
                SELECT coalesce(r.user_id, d.user_id), coalesce(r.day, d.day),
                       concat_ws('/', d.lessons, d.reviews, d.seconds, d.plan_completed),
                       concat_ws('/', r.lessons, r.reviews, r.seconds, r.plan_completed)
                FROM recomputed r FULL JOIN (SELECT * FROM daily_activity WHERE day >= ?) d ON d.user_id = r.user_id AND d.day = r.day
                WHERE (r.lessons, r.reviews, r.seconds, r.plan_completed) IS DISTINCT FROM (d.lessons, d.reviews, d.seconds, d.plan_completed)
                ORDER BY 2, 1""", ps -> {
            ps.setDate(1, Date.valueOf(since));
            ps.setDate(2, Date.valueOf(since));
            List<Drift> drift = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    drift.add(new Drift(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)));
                }
            }
            return drift;
        });
    }

    /** Rewrites days from {@code since} from the detail tables; returns the rows written. */
    public int repair(LocalDate since) {
        jdbc.prepareStatement("DELETE FROM daily_activity WHERE day >= ?", ps -> {
            ps.setDate(1, Date.valueOf(since));
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement(RECOMPUTE + """
                INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds, plan_completed)
                SELECT user_id, day, lessons, reviews, seconds, plan_completed FROM recomputed""", ps -> {
            ps.setDate(1, Date.valueOf(since));
            return ps.executeUpdate();
        });
    }

    /** The rollup as the detail tables define it (one bound parameter: the first day). */
    private static final String RECOMPUTE = """
            WITH recomputed AS (
                SELECT user_id, day, sum(lessons)::integer AS lessons, sum(reviews)::integer AS reviews,
                       sum(seconds)::integer AS seconds, bool_or(plan_completed) AS plan_completed
                FROM (
                    SELECT a.user_id, (a.submitted_at AT TIME ZONE u.time_zone)::date AS day, 1 AS lessons, 0 AS reviews,
                           LEAST(a.duration_ms / 1000, %d)::integer AS seconds, false AS plan_completed
                    FROM attempts a JOIN users u ON u.id = a.user_id
                    UNION ALL
                    SELECT e.user_id, (e.reviewed_at AT TIME ZONE u.time_zone)::date, 0, 1, %d, false
                    FROM review_events e JOIN users u ON u.id = e.user_id
                    UNION ALL
                    SELECT p.user_id, p.day, 0, 0, 0, true FROM daily_plans p WHERE p.completed_at IS NOT NULL
                ) x
                WHERE day >= ?
                GROUP BY user_id, day
            )
            """.formatted(MAX_ATTEMPT_SECONDS, ReviewItem.SECONDS);
}
