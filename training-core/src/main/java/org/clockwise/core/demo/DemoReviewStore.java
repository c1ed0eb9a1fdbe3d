package org.clockwise.core.demo;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.review.ReviewItem;
import org.clockwise.core.review.ReviewState;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo history's reviews in bulk (issue 13, first start): reads a rep's review items once and writes the
 * rows {@link RepReviews} collected in one JDBC batch per table, in the rep's history transaction. The
 * statements are those of ReviewStore.insertEvent, ReviewStore.update and ActivityRollupStore's bump, row for
 * row; DemoHistoryIT proves the rows they leave equal the replay through those stores.
 */
@Singleton
@Connectable
class DemoReviewStore {

    private final JdbcOperations jdbc;

    DemoReviewStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every review item of the rep, superseded and retired ones too. */
    List<RepReviews.Held> items(long userId) {
        return jdbc.prepareStatement("""
                SELECT course_id, version, question_idx, stability, difficulty, last_review, due, reps, lapses, superseded, retired_at
                FROM review_items WHERE user_id = ?""", ps -> {
            ps.setLong(1, userId);
            List<RepReviews.Held> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp retired = rs.getTimestamp("retired_at");
                    items.add(new RepReviews.Held(rs.getString("course_id"), rs.getInt("version"), rs.getInt("question_idx"),
                            new ReviewState(rs.getDouble("stability"), rs.getDouble("difficulty"), rs.getTimestamp("last_review").toInstant(),
                                    rs.getTimestamp("due").toInstant(), rs.getInt("reps"), rs.getInt("lapses")),
                            rs.getBoolean("superseded"), retired == null ? null : retired.toInstant()));
                }
            }
            return items;
        });
    }

    /** The modules the rep has completed, each with the version completed. */
    Map<String, Integer> completions(long userId) {
        return jdbc.prepareStatement("SELECT course_id, version FROM completions WHERE user_id = ?", ps -> {
            ps.setLong(1, userId);
            Map<String, Integer> modules = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    modules.put(rs.getString(1), rs.getInt(2));
                }
            }
            return modules;
        });
    }

    /**
     * The days whose plan was completed, counted in the daily activity in one statement: what ActivityRollupStore's
     * planCompleted leaves, day by day, after PlanService.today stamped each plan (issue 13, first start: the demo
     * history's plans are made in memory and written with PlanService.savePlans).
     */
    void plansCompleted(long userId, List<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, plan_completed) SELECT ?, d, true FROM unnest(?::date[]) AS d
                ON CONFLICT (user_id, day) DO UPDATE SET plan_completed = true""", ps -> {
            ps.setLong(1, userId);
            ps.setArray(2, ps.getConnection().createArrayOf("date", days.stream().map(LocalDate::toString).toArray()));
            return ps.executeUpdate();
        });
    }

    /**
     * Writes the answered reviews in three statements however many: their events, their items' new schedules (an
     * item answered twice keeps its last, which is what two updates in a row leave) and the activity they add, one
     * row per local day, which is what one bump per review adds up to.
     */
    void write(RepReviews.Pending pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<RepReviews.Event> events = pending.events();
        long userId = events.get(0).userId();
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] courses = new String[n];
        Integer[] versions = new Integer[n];
        Integer[] questions = new Integer[n];
        Long[] at = new Long[n];
        Boolean[] correct = new Boolean[n];
        String[] keys = new String[n];
        String[] texts = new String[n];
        String[] ratings = new String[n];
        for (int i = 0; i < n; i++) {
            RepReviews.Event e = events.get(i);
            ids[i] = e.id();
            courses[i] = e.courseId();
            versions[i] = e.version();
            questions[i] = e.questionIndex();
            at[i] = micros(e.at());
            correct[i] = e.correct();
            for (String key : e.keys()) {
                if (key.isEmpty() || key.indexOf(KEY_SEPARATOR) >= 0) {
                    throw new IllegalArgumentException("an option key is empty or holds the separator: " + key);
                }
            }
            keys[i] = String.join(String.valueOf(KEY_SEPARATOR), e.keys());
            texts[i] = e.text() == null || e.text().isEmpty() ? null : e.text();
            ratings[i] = e.rating().name();
        }
        // Instants travel as microseconds since the epoch (as ReviewStore.saveAll sends them): exact, free of the JVM's zone.
        jdbc.prepareStatement("WITH ins AS (" + """
                INSERT INTO review_events (id, user_id, course_id, version, question_idx, reviewed_at, correct, chosen_keys,
                    text_answer, confidence, rating)
                SELECT u.id, ?, u.course_id, u.version, u.q, timestamptz 'epoch' + u.at_us * interval '1 microsecond', u.correct,
                    CASE WHEN u.keys = '' THEN '{}'::text[] ELSE string_to_array(u.keys, chr(31)) END, u.text, NULL, u.rating
                FROM unnest(?::uuid[], ?::text[], ?::int[], ?::int[], ?::int8[], ?::bool[], ?::text[], ?::text[], ?::text[])
                    AS u(id, course_id, version, q, at_us, correct, keys, text, rating)
                ON CONFLICT (id) DO NOTHING""" + LATEST_OF_EVENTS, ps -> {
            var c = ps.getConnection();
            ps.setLong(1, userId);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.setArray(3, c.createArrayOf("text", courses));
            ps.setArray(4, c.createArrayOf("integer", versions));
            ps.setArray(5, c.createArrayOf("integer", questions));
            ps.setArray(6, c.createArrayOf("int8", at));
            ps.setArray(7, c.createArrayOf("bool", correct));
            ps.setArray(8, c.createArrayOf("text", keys));
            ps.setArray(9, c.createArrayOf("text", texts));
            ps.setArray(10, c.createArrayOf("text", ratings));
            return ps.executeUpdate();
        });
        Map<String, RepReviews.Update> last = new LinkedHashMap<>();
        for (RepReviews.Update u : pending.updates()) {
            last.put(u.courseId() + "@" + u.version() + "#" + u.questionIndex(), u);
        }
        int m = last.size();
        String[] itemCourses = new String[m];
        Integer[] itemVersions = new Integer[m];
        Integer[] itemQuestions = new Integer[m];
        Double[] stabilities = new Double[m];
        Double[] difficulties = new Double[m];
        Long[] lastReviews = new Long[m];
        Long[] dues = new Long[m];
        Integer[] reps = new Integer[m];
        Integer[] lapses = new Integer[m];
        Boolean[] retired = new Boolean[m];
        int i = 0;
        for (RepReviews.Update u : last.values()) {
            ReviewState next = u.state();
            itemCourses[i] = u.courseId();
            itemVersions[i] = u.version();
            itemQuestions[i] = u.questionIndex();
            stabilities[i] = next.stability();
            difficulties[i] = next.difficulty();
            lastReviews[i] = micros(next.lastReview());
            dues[i] = micros(next.due());
            reps[i] = next.reps();
            lapses[i] = next.lapses();
            retired[i] = u.retired();
            i++;
        }
        jdbc.prepareStatement("""
                UPDATE review_items ri SET stability = u.stability, difficulty = u.difficulty,
                    last_review = timestamptz 'epoch' + u.last_us * interval '1 microsecond',
                    due = timestamptz 'epoch' + u.due_us * interval '1 microsecond', reps = u.reps, lapses = u.lapses,
                    retired_at = CASE WHEN u.retired THEN timestamptz 'epoch' + u.last_us * interval '1 microsecond' END
                FROM unnest(?::text[], ?::int[], ?::int[], ?::float8[], ?::float8[], ?::int8[], ?::int8[], ?::int[], ?::int[], ?::bool[])
                    AS u(course_id, version, q, stability, difficulty, last_us, due_us, reps, lapses, retired)
                WHERE ri.user_id = ? AND ri.course_id = u.course_id AND ri.version = u.version AND ri.question_idx = u.q""", ps -> {
            var c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", itemCourses));
            ps.setArray(2, c.createArrayOf("integer", itemVersions));
            ps.setArray(3, c.createArrayOf("integer", itemQuestions));
            ps.setArray(4, c.createArrayOf("float8", stabilities));
            ps.setArray(5, c.createArrayOf("float8", difficulties));
            ps.setArray(6, c.createArrayOf("int8", lastReviews));
            ps.setArray(7, c.createArrayOf("int8", dues));
            ps.setArray(8, c.createArrayOf("integer", reps));
            ps.setArray(9, c.createArrayOf("integer", lapses));
            ps.setArray(10, c.createArrayOf("bool", retired));
            ps.setLong(11, userId);
            return ps.executeUpdate();
        });
        Long[] reviewed = pending.reviewedAt().stream().map(DemoReviewStore::micros).toArray(Long[]::new);
        // The local day is taken in SQL from the rep's zone, as ActivityRollupStore's bump takes it.
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds)
                SELECT u.id, ((timestamptz 'epoch' + t.at_us * interval '1 microsecond') AT TIME ZONE u.time_zone)::date AS day,
                    0, count(*), ? * count(*)
                FROM unnest(?::int8[]) AS t(at_us) CROSS JOIN users u WHERE u.id = ? GROUP BY u.id, day
                ON CONFLICT (user_id, day) DO UPDATE SET lessons = daily_activity.lessons + EXCLUDED.lessons,
                    reviews = daily_activity.reviews + EXCLUDED.reviews, seconds = daily_activity.seconds + EXCLUDED.seconds""", ps -> {
            ps.setInt(1, ReviewItem.SECONDS);
            ps.setArray(2, ps.getConnection().createArrayOf("int8", reviewed));
            ps.setLong(3, userId);
            return ps.executeUpdate();
        });
    }

    /**
     * The rest of the events' statement: each item's latest answer (V26) becomes its newest inserted review when
     * that is later than the kept one, as ReviewStore.insertEvent keeps it one review at a time (later, then a
     * review over a first sight, then wrong over right).
     */
    private static final String LATEST_OF_EVENTS = """

                    RETURNING user_id, course_id, version, question_idx, reviewed_at, correct
                )
                UPDATE review_items ri SET latest_at = n.reviewed_at, latest_correct = n.correct, latest_first_sight = false
                FROM (SELECT DISTINCT ON (course_id, version, question_idx) * FROM ins
                      ORDER BY course_id, version, question_idx, reviewed_at DESC, correct) n
                WHERE ri.user_id = n.user_id AND ri.course_id = n.course_id AND ri.version = n.version AND ri.question_idx = n.question_idx
                  AND (ri.latest_at IS NULL OR (n.reviewed_at, true, NOT n.correct) > (ri.latest_at, NOT ri.latest_first_sight, NOT ri.latest_correct))""";

    /** Separates a review's option keys in one text (the unit separator, which no key holds). */
    private static final char KEY_SEPARATOR = (char) 31;

    /** To the nearest microsecond, as the driver rounds a {@link Timestamp} (ReviewStore.micros). */
    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), (at.getNano() + 500) / 1_000);
    }
}
