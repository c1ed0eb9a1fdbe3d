package org.clockwise.core.plan;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.BoundedMap;
import org.clockwise.core.db.JsonColumns;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.core.review.ReviewState;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Daily plans and the facts the planner needs about a rep, in plain SQL. */
@Singleton
@Connectable
class PlanStore {

    record StoredPlan(DailyPlan plan, Instant createdAt, Instant completedAt) {
    }

    private final JdbcOperations jdbc;
    private final JsonColumns json;
    /** At most this many parsed plans are kept (plans alike share one). */
    static final int MAX_PARSED = 4_096;
    private final BoundedMap<PlanText, Parsed> parsed = new BoundedMap<>(MAX_PARSED); // a cache, not a record: dropping it only costs a parse each
    private final ReasonWords words;
    private final ReviewScheduler scheduler;

    PlanStore(JdbcOperations jdbc, JsonColumns json, Optional<ReasonWords> words, ReviewScheduler scheduler) {
        this.jdbc = jdbc;
        this.json = json;
        this.words = words.orElse(Reason::key);
        this.scheduler = scheduler;
    }

    Optional<StoredPlan> plan(long userId, LocalDate day) {
        return jdbc.prepareStatement("SELECT items::text, created_at, completed_at, note::text FROM daily_plans WHERE user_id = ? AND day = ?", ps -> {
            ps.setLong(1, userId);
            ps.setDate(2, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<StoredPlan>empty();
                }
                Instant created = rs.getTimestamp(2).toInstant();
                Timestamp completed = rs.getTimestamp(3);
                return Optional.of(new StoredPlan(dailyPlan(day, rs), created,
                        completed == null ? null : completed.toInstant()));
            }
        });
    }

    /**
     * A stored plan with what of it was done at the read ({@link #doneKeys}), or {@code done} null
     * when the plan is complete already (nothing to check).
     */
    record Checked(StoredPlan stored, Set<String> done) {
    }

    /**
     * {@link #plan} and, for a plan not yet complete, its {@link #doneKeys} since {@code since}, in one
     * statement (issue 13, "Speed": an answer checks the plan before it is recorded without a read of its own).
     */
    Optional<Checked> checkedPlan(long userId, LocalDate day, Instant since) {
        return jdbc.prepareStatement("""
                SELECT items::text, created_at, completed_at, note::text,
                    CASE WHEN completed_at IS NULL THEN ARRAY(""" + DONE_KEYS + """
                ) END
                FROM daily_plans WHERE user_id = ? AND day = ?""", ps -> {
            ps.setLong(1, userId);
            ps.setLong(2, userId);
            ps.setTimestamp(3, Timestamp.from(since));
            ps.setLong(4, userId);
            ps.setDate(5, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Checked>empty();
                }
                Instant created = rs.getTimestamp(2).toInstant();
                Timestamp completed = rs.getTimestamp(3);
                java.sql.Array keys = rs.getArray(5);
                Set<String> done = keys == null ? null : new HashSet<>(List.of((String[]) keys.getArray()));
                return Optional.of(new Checked(new StoredPlan(dailyPlan(day, rs),
                        created, completed == null ? null : completed.toInstant()), done));
            }
        });
    }

    /**
     * Everything Today shows about a stored plan, read at once: the plan, what of it is done
     * ({@link #doneKeys} since {@code dayStart}), the reviews due by {@code now} (as
     * {@link org.clockwise.core.review.ReviewStore#countDue} counts them) and the days with a completed
     * plan since {@code streakSince}, newest first ({@link #completedDays}).
     */
    record DayRead(StoredPlan stored, Set<String> done, long dueReviews, List<LocalDate> completedDays) {
    }

    /**
     * {@link #plan}, {@link #doneKeys}, the due count and {@link #completedDays} in one statement
     * (issue 13, "Speed": Today read them in four); empty when the day has no plan yet.
     */
    Optional<DayRead> dayRead(long userId, LocalDate day, Instant dayStart, Instant now, LocalDate streakSince) {
        return jdbc.prepareStatement("""
                SELECT items::text, created_at, completed_at, note::text,
                    ARRAY(""" + DONE_KEYS + """
                ),
                    (SELECT count(*) FROM review_items WHERE user_id = ? AND NOT superseded AND retired_at IS NULL AND due <= ?),
                    ARRAY(SELECT d.day FROM daily_plans d WHERE d.user_id = ? AND d.day >= ? AND d.completed_at IS NOT NULL ORDER BY d.day DESC)
                FROM daily_plans WHERE user_id = ? AND day = ?""", ps -> {
            ps.setLong(1, userId);
            ps.setLong(2, userId);
            ps.setTimestamp(3, Timestamp.from(dayStart));
            ps.setLong(4, userId);
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, userId);
            ps.setDate(7, Date.valueOf(streakSince));
            ps.setLong(8, userId);
            ps.setDate(9, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<DayRead>empty();
                }
                Timestamp completed = rs.getTimestamp(3);
                Instant created = rs.getTimestamp(2).toInstant();
                StoredPlan stored = new StoredPlan(dailyPlan(day, rs),
                        created, completed == null ? null : completed.toInstant());
                Set<String> done = new HashSet<>(List.of((String[]) rs.getArray(5).getArray()));
                List<LocalDate> days = new ArrayList<>();
                for (Date d : (Date[]) rs.getArray(7).getArray()) {
                    days.add(d.toLocalDate());
                }
                return Optional.of(new DayRead(stored, done, rs.getLong(6), days));
            }
        });
    }

    /** Each rep's most recent plan (today's, or the last one made), for team views; reps without one are absent. */
    Map<Long, DailyPlan> latestPlans(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                SELECT DISTINCT ON (user_id) user_id, day, items::text, note::text FROM daily_plans
                WHERE user_id = ANY (?) ORDER BY user_id, day DESC""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            Map<Long, DailyPlan> plans = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plans.put(rs.getLong(1), new DailyPlan(rs.getDate(2).toLocalDate(), items(rs.getString(3)), note(rs.getString(4))));
                }
            }
            return plans;
        });
    }

    /**
     * The plan of a row whose columns 1 and 4 are {@code items::text} and {@code note::text}, each
     * distinct text parsed once (issue 13, "Speed": Today parsed the plan's JSON on every view). The
     * key is the stored text itself, so a row changed in place can never be shown with old items.
     */
    private DailyPlan dailyPlan(LocalDate day, ResultSet rs) throws java.sql.SQLException {
        PlanText key = new PlanText(rs.getString(1), rs.getString(4));
        Parsed known = parsed.computeIfAbsent(key, k -> new Parsed(List.copyOf(items(k.items())), note(k.note())));
        return new DailyPlan(day, known.items(), known.note());
    }

    /** How many parsed plans are held (for tests). */
    int parsedPlans() {
        return parsed.size();
    }

    private record PlanText(String items, String note) {
    }

    private record Parsed(List<PlanItem> items, Reason note) {
    }

    private List<PlanItem> items(String text) {
        List<PlanItem> items = new ArrayList<>();
        for (Map<String, Object> row : json.rows(text)) {
            items.add(new PlanItem(PlanItem.Kind.valueOf((String) row.get("kind")), (String) row.get("moduleId"),
                    row.get("questionIndex") == null ? null : ((Number) row.get("questionIndex")).intValue(),
                    ((Number) row.get("seconds")).intValue(), reason(row)));
        }
        return items;
    }

    /** The note stored as a one-row list like the items' reasons; {@code null} when there is none. */
    private Reason note(String text) {
        return text == null ? null : json.rows(text).stream().findFirst().map(PlanStore::reason).orElse(null);
    }

    private Map<String, Object> reasonRow(Reason reason) {
        Map<String, Object> row = new LinkedHashMap<>();
        // The English text too, for readers of the table and an older version still running.
        row.put("reason", words.english(reason));
        row.put("reasonKey", reason.key());
        row.put("reasonArgs", reason.args());
        return row;
    }

    /** The key and arguments; a plan stored before reasons had keys has only its English text. */
    private static Reason reason(Map<String, Object> row) {
        if (!(row.get("reasonKey") instanceof String key)) {
            return Reason.stored(row.get("reason") instanceof String text ? text : "");
        }
        List<String> args = row.get("reasonArgs") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new Reason(key, args);
    }

    /** Saves the day's plan unless one exists already (a concurrent first visit keeps the winner's). */
    void insertPlan(long userId, DailyPlan plan, int budgetSeconds, Instant now) {
        List<Map<String, Object>> rows = itemRows(plan);
        String note = plan.note() == null ? null : json.write(List.of(reasonRow(plan.note())));
        jdbc.prepareStatement("""
                INSERT INTO daily_plans (user_id, day, budget_s, items, created_at, note) VALUES (?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb))
                ON CONFLICT (user_id, day) DO NOTHING""", ps -> {
            ps.setLong(1, userId);
            ps.setDate(2, Date.valueOf(plan.day()));
            ps.setInt(3, budgetSeconds);
            ps.setString(4, json.write(rows));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, note);
            return ps.executeUpdate();
        });
    }

    /** The plan's items as the items column holds them. */
    private List<Map<String, Object>> itemRows(DailyPlan plan) {
        return plan.items().stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", i.kind().name());
            row.put("moduleId", i.moduleId());
            row.put("questionIndex", i.questionIndex());
            row.put("seconds", i.seconds());
            row.putAll(reasonRow(i.reason()));
            return row;
        }).toList();
    }

    /**
     * Issue 13, first start (additive, for the demo history only): plans the rules made in memory, each with its
     * creation and completion stamps, in one statement: the rows {@link #insertPlan} followed by
     * {@link #markComplete} leave. Instants travel as microseconds since the epoch, as the driver rounds a
     * {@link Timestamp}. DemoHistoryIT proves the rows equal the replay's.
     */
    void insertPlans(long userId, List<StoredPlan> plans, int budgetSeconds) {
        if (plans.isEmpty()) {
            return;
        }
        int n = plans.size();
        String[] days = new String[n];
        String[] items = new String[n];
        Long[] created = new Long[n];
        Long[] completed = new Long[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            StoredPlan p = plans.get(i);
            days[i] = p.plan().day().toString();
            items[i] = json.write(itemRows(p.plan()));
            created[i] = micros(p.createdAt());
            completed[i] = p.completedAt() == null ? null : micros(p.completedAt());
            notes[i] = p.plan().note() == null ? null : json.write(List.of(reasonRow(p.plan().note())));
        }
        jdbc.prepareStatement("""
                INSERT INTO daily_plans (user_id, day, budget_s, items, created_at, completed_at, note)
                SELECT ?, u.day, ?, CAST(u.items AS jsonb), timestamptz 'epoch' + u.created_us * interval '1 microsecond',
                    timestamptz 'epoch' + u.completed_us * interval '1 microsecond', CAST(u.note AS jsonb)
                FROM unnest(?::date[], ?::text[], ?::int8[], ?::int8[], ?::text[]) AS u(day, items, created_us, completed_us, note)
                ON CONFLICT (user_id, day) DO NOTHING""", ps -> {
            var c = ps.getConnection();
            ps.setLong(1, userId);
            ps.setInt(2, budgetSeconds);
            ps.setArray(3, c.createArrayOf("date", days));
            ps.setArray(4, c.createArrayOf("text", items));
            ps.setArray(5, c.createArrayOf("int8", created));
            ps.setArray(6, c.createArrayOf("int8", completed));
            ps.setArray(7, c.createArrayOf("text", notes));
            return ps.executeUpdate();
        });
    }

    /** To the nearest microsecond, as the driver rounds a {@link Timestamp}. */
    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
    }

    /** @return whether this call completed the plan (false when it was already) */
    boolean markComplete(long userId, LocalDate day, Instant now) {
        return 1 == jdbc.prepareStatement("UPDATE daily_plans SET completed_at = ? WHERE user_id = ? AND day = ? AND completed_at IS NULL", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, userId);
            ps.setDate(3, Date.valueOf(day));
            return ps.executeUpdate();
        });
    }

    /**
     * Drops today's plan of these reps unless it is completed, so it is made again on their next
     * look (each rep's "today" taken in SQL from their zone).
     */
    List<Reopened> discardOpenPlans(Collection<Long> userIds, Instant now) {
        // An empty plan counts as completed (nothing to do), but a new assignment gives it something
        // to do today, so it is made again like an open one; the caller reopens its rollup day.
        return jdbc.prepareStatement("""
                DELETE FROM daily_plans p USING users u
                WHERE p.user_id = u.id AND u.id = ANY (?)
                  AND (p.completed_at IS NULL OR jsonb_array_length(p.items) = 0)
                  AND p.day = (CAST(? AS timestamptz) AT TIME ZONE u.time_zone)::date
                RETURNING p.user_id, p.day, p.completed_at IS NOT NULL""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            ps.setTimestamp(2, Timestamp.from(now));
            List<Reopened> reopened = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(3)) {
                        reopened.add(new Reopened(rs.getLong(1), rs.getDate(2).toLocalDate()));
                    }
                }
            }
            return reopened;
        });
    }

    /** A completed (empty) plan that was discarded: its day is open again. */
    record Reopened(long userId, LocalDate day) {
    }

    /** Days with a completed plan, newest first, back to {@code since}. */
    List<LocalDate> completedDays(long userId, LocalDate since) {
        return jdbc.prepareStatement("SELECT day FROM daily_plans WHERE user_id = ? AND day >= ? AND completed_at IS NOT NULL ORDER BY day DESC", ps -> {
            ps.setLong(1, userId);
            ps.setDate(2, Date.valueOf(since));
            List<LocalDate> days = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getDate(1).toLocalDate());
                }
            }
            return days;
        });
    }

    Set<String> completedModules(long userId) {
        return strings("SELECT course_id FROM completions WHERE user_id = ?", userId);
    }

    Set<String> seen(long userId, String column) {
        return strings("SELECT DISTINCT unnest(v." + column + ") FROM completions c "
                + "JOIN course_versions v ON v.course_id = c.course_id AND v.version = c.version WHERE c.user_id = ?", userId);
    }

    /** {@link #doneKeys}' query (parameters: user, user, since). */
    private static final String DONE_KEYS = """
            SELECT 'L' || course_id FROM completions WHERE user_id = ?
            UNION ALL
            SELECT 'R' || course_id || '#' || question_idx FROM review_items WHERE user_id = ? AND last_review >= ?""";

    /**
     * What of a plan can be done, in one statement: every completed module ({@code "L" + module}) and
     * every review item answered at or after {@code since} ({@code "R" + module#question}).
     */
    Set<String> doneKeys(long userId, Instant since) {
        return jdbc.prepareStatement(DONE_KEYS, ps -> {
            ps.setLong(1, userId);
            ps.setLong(2, userId);
            ps.setTimestamp(3, Timestamp.from(since));
            Set<String> keys = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    /**
     * Every review due by {@code until} with its predicted recall then (the scheduler's formula in
     * Java, not a copy in SQL): all of them, since the plan takes the lowest recall first.
     */
    List<DueReview> dueReviews(long userId, Instant until) {
        return jdbc.prepareStatement("""
                SELECT ri.course_id, ri.version, ri.question_idx, q.prompt, ri.due, ri.last_review, ri.stability,
                    ri.difficulty, ri.reps, ri.lapses
                FROM review_items ri JOIN questions q ON q.course_id = ri.course_id AND q.version = ri.version AND q.idx = ri.question_idx
                WHERE ri.user_id = ? AND NOT ri.superseded AND ri.retired_at IS NULL AND ri.due <= ?""", ps -> {
            ps.setLong(1, userId);
            ps.setTimestamp(2, Timestamp.from(until));
            List<DueReview> due = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant dueAt = rs.getTimestamp(5).toInstant();
                    Instant last = rs.getTimestamp(6).toInstant();
                    ReviewState state = new ReviewState(rs.getDouble(7), rs.getDouble(8), last, dueAt, rs.getInt(9), rs.getInt(10));
                    due.add(new DueReview(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), dueAt, last,
                            scheduler.retrievability(state, until)));
                }
            }
            return due;
        });
    }

    /** {@link #completedModules(long)} for many reps in one statement; an empty set for a rep without any. */
    Map<Long, Set<String>> completedModules(Collection<Long> userIds) {
        return strings("SELECT user_id, course_id FROM completions WHERE user_id = ANY (?)", userIds);
    }

    /** {@link #seen(long, String)} for many reps in one statement. */
    Map<Long, Set<String>> seen(Collection<Long> userIds, String column) {
        return strings("SELECT DISTINCT c.user_id, s FROM completions c "
                + "JOIN course_versions v ON v.course_id = c.course_id AND v.version = c.version "
                + "CROSS JOIN LATERAL unnest(v." + column + ") AS s WHERE c.user_id = ANY (?)", userIds);
    }

    /** {@link #dueReviews(long, Instant)} for many reps in one statement; an empty list for a rep without any. */
    Map<Long, List<DueReview>> dueReviews(Collection<Long> userIds, Instant until) {
        Map<Long, List<DueReview>> due = new HashMap<>();
        userIds.forEach(id -> due.put(id, new ArrayList<>()));
        if (userIds.isEmpty()) {
            return due;
        }
        return jdbc.prepareStatement("""
                SELECT ri.course_id, ri.version, ri.question_idx, q.prompt, ri.due, ri.last_review, ri.stability,
                    ri.difficulty, ri.reps, ri.lapses, ri.user_id
                FROM review_items ri JOIN questions q ON q.course_id = ri.course_id AND q.version = ri.version AND q.idx = ri.question_idx
                WHERE ri.user_id = ANY (?) AND NOT ri.superseded AND ri.retired_at IS NULL AND ri.due <= ?""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            ps.setTimestamp(2, Timestamp.from(until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant dueAt = rs.getTimestamp(5).toInstant();
                    Instant last = rs.getTimestamp(6).toInstant();
                    ReviewState state = new ReviewState(rs.getDouble(7), rs.getDouble(8), last, dueAt, rs.getInt(9), rs.getInt(10));
                    due.get(rs.getLong(11)).add(new DueReview(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), dueAt, last,
                            scheduler.retrievability(state, until)));
                }
            }
            return due;
        });
    }

    /** Rows of (user id, value) as each user's set of values; every asked user has one, maybe empty. */
    private Map<Long, Set<String>> strings(String sql, Collection<Long> userIds) {
        Map<Long, Set<String>> values = new HashMap<>();
        userIds.forEach(id -> values.put(id, new HashSet<>()));
        if (userIds.isEmpty()) {
            return values;
        }
        return jdbc.prepareStatement(sql, ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", userIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.get(rs.getLong(1)).add(rs.getString(2));
                }
            }
            return values;
        });
    }

    private Set<String> strings(String sql, long userId) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, userId);
            Set<String> values = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

}
