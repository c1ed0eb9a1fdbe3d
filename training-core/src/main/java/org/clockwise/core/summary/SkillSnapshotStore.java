package org.clockwise.core.summary;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.skill.SkillStatus;
import org.clockwise.core.skill.SkillStatuses;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The skill_snapshots and rep_skill_status summaries: a rep's proficiency and target per skill for
 * their current week, rewritten in the same transaction as each answer (through {@link SummaryUpkeep}),
 * so team views read one row per rep and skill instead of every answer.
 */
@Singleton
@Connectable
public class SkillSnapshotStore {

    /** One rep's skill in one week. */
    public record Snapshot(long userId, String skillId, LocalDate weekStart, double proficiency, double target) {
    }

    private final JdbcOperations jdbc;

    SkillSnapshotStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the rep's current-week row for every skill, as of {@code now}. A row already
     * written by a newer refresh is kept, as rep_skill_status keeps its row, so the two agree.
     */
    public void save(long userId, SkillStatuses.Current current, Instant now) {
        LocalDate week = current.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int atTarget = 0;
        double proficiencySum = 0;
        double targetSum = 0;
        List<SkillStatus> skills = current.skills();
        String[] ids = new String[skills.size()];
        Double[] proficiencies = new Double[skills.size()];
        Double[] targets = new Double[skills.size()];
        for (int i = 0; i < skills.size(); i++) {
            SkillStatus skill = skills.get(i);
            atTarget += skill.proficiency() >= skill.target() ? 1 : 0;
            proficiencySum += skill.proficiency();
            targetSum += skill.target();
            ids[i] = skill.skillId();
            proficiencies[i] = skill.proficiency();
            targets[i] = skill.target();
        }
        // One statement for every skill and the rep's status row, not one per skill (issue 13, "Speed"): each answer rewrites them.
        LocalDate weekStart = week;
        int count = skills.size();
        int reached = atTarget;
        double proficiencyTotal = proficiencySum;
        double targetTotal = targetSum;
        jdbc.prepareStatement("""
                WITH snapshots AS (
                    INSERT INTO skill_snapshots (user_id, skill_id, week_start, proficiency, target, updated_at)
                    SELECT ?, s.id, ?, s.proficiency, s.target, ? FROM unnest(?::text[], ?::float8[], ?::float8[]) AS s(id, proficiency, target)
                    ON CONFLICT (user_id, skill_id, week_start) DO UPDATE SET proficiency = EXCLUDED.proficiency,
                        target = EXCLUDED.target, updated_at = EXCLUDED.updated_at
                    WHERE skill_snapshots.updated_at <= EXCLUDED.updated_at
                )
                INSERT INTO rep_skill_status (user_id, week_start, skills, at_target, proficiency_sum, target_sum, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET week_start = EXCLUDED.week_start, skills = EXCLUDED.skills,
                    at_target = EXCLUDED.at_target, proficiency_sum = EXCLUDED.proficiency_sum,
                    target_sum = EXCLUDED.target_sum, updated_at = EXCLUDED.updated_at
                WHERE rep_skill_status.updated_at <= EXCLUDED.updated_at""", ps -> {
            ps.setLong(1, userId);
            ps.setDate(2, Date.valueOf(weekStart));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setArray(4, ps.getConnection().createArrayOf("text", ids));
            ps.setArray(5, ps.getConnection().createArrayOf("float8", proficiencies));
            ps.setArray(6, ps.getConnection().createArrayOf("float8", targets));
            // The rep's row in rep_skill_status; an older refresh (a replay of past days) never overwrites a newer one.
            ps.setLong(7, userId);
            ps.setDate(8, Date.valueOf(weekStart));
            ps.setInt(9, count);
            ps.setInt(10, reached);
            ps.setDouble(11, proficiencyTotal);
            ps.setDouble(12, targetTotal);
            ps.setTimestamp(13, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    /** Every snapshot of these reps from {@code sinceWeek} on, in no particular order. */
    public List<Snapshot> since(Collection<Long> userIds, LocalDate sinceWeek) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT user_id, skill_id, week_start, proficiency, target FROM skill_snapshots
                WHERE user_id = ANY (?) AND week_start >= ?""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            ps.setDate(2, Date.valueOf(sinceWeek));
            List<Snapshot> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Snapshot(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getDouble(4), rs.getDouble(5)));
                }
            }
            return list;
        });
    }
}
