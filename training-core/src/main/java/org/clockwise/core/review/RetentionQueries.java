package org.clockwise.core.review;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the desired retention values set on organisations and teams (writes: TeamStore, OrganisationStore). */
@Singleton
@Connectable
public class RetentionQueries {

    /** The values {@link RetentionPolicy#resolve} needs for one rep. */
    public record Chain(List<BigDecimal> teams, BigDecimal organisation) {
    }

    private final JdbcOperations jdbc;

    RetentionQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In one query: the values of the rep's team and its ancestors (nearest first, NULL where a
     * team inherits) and the organisation's value. Empty for an unknown user. The depth limit
     * only guards against a loop, which the team service already refuses.
     */
    public Optional<Chain> chain(long userId) {
        return jdbc.prepareStatement("""
                WITH RECURSIVE chain AS (
                    SELECT t.id, t.parent_team_id, t.desired_retention, 0 AS depth
                    FROM team_members m JOIN teams t ON t.id = m.team_id WHERE m.user_id = ?
                    UNION ALL
                    SELECT p.id, p.parent_team_id, p.desired_retention, c.depth + 1
                    FROM teams p JOIN chain c ON p.id = c.parent_team_id WHERE c.depth < 64
                )
                SELECT o.desired_retention, (SELECT array_agg(c.desired_retention ORDER BY c.depth) FROM chain c)
                FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = ?""", ps -> {
            ps.setLong(1, userId);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                BigDecimal org = rs.getBigDecimal(1);
                Array teams = rs.getArray(2);
                List<BigDecimal> chain = teams == null ? List.of() : Arrays.asList((BigDecimal[]) teams.getArray());
                return Optional.of(new Chain(chain, org));
            }
        });
    }

    /**
     * {@link #chain} for many reps in one query (issue 13: the team dashboard asked once per rep):
     * the same chain per user id, and no entry for an unknown user.
     */
    public Map<Long, Chain> chains(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                WITH RECURSIVE chain AS (
                    SELECT m.user_id, t.id, t.parent_team_id, t.desired_retention, 0 AS depth
                    FROM team_members m JOIN teams t ON t.id = m.team_id WHERE m.user_id = ANY (?)
                    UNION ALL
                    SELECT c.user_id, p.id, p.parent_team_id, p.desired_retention, c.depth + 1
                    FROM teams p JOIN chain c ON p.id = c.parent_team_id WHERE c.depth < 64
                )
                SELECT u.id, o.desired_retention,
                       (SELECT array_agg(c.desired_retention ORDER BY c.depth) FROM chain c WHERE c.user_id = u.id)
                FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = ANY (?)""", ps -> {
            Array ids = ps.getConnection().createArrayOf("bigint", userIds.toArray());
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            Map<Long, Chain> chains = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal org = rs.getBigDecimal(2);
                    Array teams = rs.getArray(3);
                    List<BigDecimal> chain = teams == null ? List.of() : Arrays.asList((BigDecimal[]) teams.getArray());
                    chains.put(rs.getLong(1), new Chain(chain, org));
                }
            }
            return chains;
        });
    }

    /** The organisation's own value, empty when it inherits the global setting. */
    public Optional<BigDecimal> organisation(long orgId) {
        return jdbc.prepareStatement("SELECT desired_retention FROM organisations WHERE id = ?", ps -> {
            ps.setLong(1, orgId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBigDecimal(1)) : Optional.empty();
            }
        });
    }

    /** Team id to its own value, for the organisation's teams that have one. */
    public Map<Long, BigDecimal> teams(long orgId) {
        return jdbc.prepareStatement("SELECT id, desired_retention FROM teams WHERE org_id = ? AND desired_retention IS NOT NULL", ps -> {
            ps.setLong(1, orgId);
            Map<Long, BigDecimal> values = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
            return values;
        });
    }
}
