package org.clockwise.core.nudge;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is due a nudge or digest now, found in one SQL statement over users with each person's own
 * time zone (the rule of {@link NudgePolicy}), so a minute's round costs one indexed scan whatever
 * the number of people; and a person's notification preferences.
 */
@Singleton
@Connectable
public class NudgeQueries {

    /**
     * A person due an email.
     *
     * @param day the person's local day (nudge) or the Monday of the week (digest)
     */
    public record Due(long userId, long orgId, String email, String name, String orgName, LocalDate day) {
    }

    /** A person's reminder settings. */
    public record Preferences(boolean enabled, LocalTime time) {
    }

    // The local timestamp of "now" in each person's zone; ISODOW 1..5 is Monday..Friday. People
    // invited but without a password yet cannot open Today, so they get no reminders.
    private static final String DUE = """
            SELECT u.id, u.org_id, u.email, u.display_name, o.name, CAST(l.ts AS date) AS local_day
            FROM users u
            JOIN organisations o ON o.id = u.org_id
            CROSS JOIN LATERAL (SELECT (CAST(? AS timestamptz) AT TIME ZONE u.time_zone) AS ts) l
            WHERE (CAST(? AS bigint) IS NULL OR u.org_id = CAST(? AS bigint))
              AND u.active AND u.nudge_enabled AND u.password_hash IS NOT NULL
              AND extract(isodow FROM l.ts) BETWEEN %s
              AND CAST(l.ts AS time) >= u.nudge_time
              AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = '%s')
              AND NOT EXISTS (SELECT 1 FROM mail_outbox m
                              WHERE m.dedupe_key = '%s:' || u.id || ':' || to_char(CAST(l.ts AS date), 'YYYY-MM-DD'))
              %s
            ORDER BY u.id
            LIMIT ?""";

    // A plan already completed (or empty) today needs no nudge; skipping it here keeps the
    // scheduler from making the same decision every minute.
    private static final String PLAN_OPEN = """
            AND NOT EXISTS (SELECT 1 FROM daily_plans p WHERE p.user_id = u.id AND p.day = CAST(l.ts AS date)
                            AND (p.completed_at IS NOT NULL OR jsonb_array_length(p.items) = 0))""";

    // A manager who manages no team has nothing to read in a digest.
    private static final String MANAGES = "AND EXISTS (SELECT 1 FROM team_managers tm WHERE tm.manager_id = u.id)";

    private final JdbcOperations jdbc;

    NudgeQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active reps whose local working-day time has reached their nudge time and who have no nudge for
     * that day yet, in one organisation or ({@code orgId} null) all.
     */
    public List<Due> dueNudges(Instant now, Long orgId, int limit) {
        return due(DUE.formatted("1 AND 5", "REP", "nudge", PLAN_OPEN), now, orgId, limit);
    }

    /** Active managers for whom it is Monday past their nudge time and who have no digest for this week yet. */
    public List<Due> dueDigests(Instant now, Long orgId, int limit) {
        return due(DUE.formatted("1 AND 1", "MANAGER", "digest", MANAGES), now, orgId, limit);
    }

    public Optional<Preferences> preferences(long userId) {
        return jdbc.prepareStatement("SELECT nudge_enabled, nudge_time FROM users WHERE id = ?", ps -> {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Preferences(rs.getBoolean(1), rs.getObject(2, LocalTime.class)))
                        : Optional.<Preferences>empty();
            }
        });
    }

    private List<Due> due(String sql, Instant now, Long orgId, int limit) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            ps.setObject(2, orgId, Types.BIGINT);
            ps.setObject(3, orgId, Types.BIGINT);
            ps.setInt(4, limit);
            return rows(ps);
        });
    }

    private static List<Due> rows(PreparedStatement ps) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                due.add(new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate()));
            }
        }
        return due;
    }
}
