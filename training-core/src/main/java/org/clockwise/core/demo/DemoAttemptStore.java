package org.clockwise.core.demo;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo history's quiz attempts in bulk (issue 13, first start): a rep's attempts, recorded in memory by the
 * rules {@code AttemptRecorder} applies, written at the end of the rep's history in four statements however many,
 * in its transaction: the attempts, their answers, the completions (each module's first attempt) and the lessons'
 * daily activity. The rows are those ProgressStore.insertAttempt and ActivityRollupStore's bump leave attempt by
 * attempt; DemoHistoryIT proves they equal the replay through AttemptRecorder.
 */
@Singleton
@Connectable
class DemoAttemptStore {

    /** One graded answer: its chosen keys sorted, its text (null when empty), its rating. */
    record Answer(int questionIndex, List<String> keys, String text, boolean correct, String confidence, String rating) {
    }

    /**
     * An attempts row with its answers; {@code completes}: the module's first attempt, whose completion it writes;
     * {@code seconds}: what it adds to the day's activity.
     */
    record Attempt(UUID id, String courseId, int version, Instant servedAt, Instant submittedAt, int correct, int total,
                   long durationMs, List<Answer> answers, boolean completes, int seconds) {
    }

    private final JdbcOperations jdbc;

    DemoAttemptStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void write(long userId, List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        int n = attempts.size();
        UUID[] ids = new UUID[n];
        String[] courses = new String[n];
        Integer[] versions = new Integer[n];
        Long[] served = new Long[n];
        Long[] submitted = new Long[n];
        Integer[] correct = new Integer[n];
        Integer[] total = new Integer[n];
        Long[] durations = new Long[n];
        Boolean[] completes = new Boolean[n];
        Integer[] seconds = new Integer[n];
        List<UUID> answerOf = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Boolean> answersCorrect = new ArrayList<>();
        List<String> confidences = new ArrayList<>();
        List<String> ratings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Attempt a = attempts.get(i);
            ids[i] = a.id();
            courses[i] = a.courseId();
            versions[i] = a.version();
            served[i] = DemoReviewStore.micros(a.servedAt());
            submitted[i] = DemoReviewStore.micros(a.submittedAt());
            correct[i] = a.correct();
            total[i] = a.total();
            durations[i] = a.durationMs();
            completes[i] = a.completes();
            seconds[i] = a.seconds();
            for (Answer r : a.answers()) {
                for (String key : r.keys()) {
                    if (key.isEmpty() || key.indexOf(KEY_SEPARATOR) >= 0) {
                        throw new IllegalArgumentException("an option key is empty or holds the separator: " + key);
                    }
                }
                answerOf.add(a.id());
                questions.add(r.questionIndex());
                keys.add(String.join(String.valueOf(KEY_SEPARATOR), r.keys()));
                texts.add(r.text());
                answersCorrect.add(r.correct());
                confidences.add(r.confidence());
                ratings.add(r.rating());
            }
        }
        // Instants travel as microseconds since the epoch (as ReviewStore.saveAll sends them): exact, free of the JVM's zone.
        jdbc.prepareStatement("""
                WITH attempt AS (
                    INSERT INTO attempts (id, user_id, course_id, version, served_at, submitted_at, correct_count, total_count, duration_ms)
                    SELECT u.id, ?, u.course_id, u.version, timestamptz 'epoch' + u.served_us * interval '1 microsecond',
                        timestamptz 'epoch' + u.submitted_us * interval '1 microsecond', u.correct, u.total, u.ms
                    FROM unnest(?::uuid[], ?::text[], ?::int[], ?::int8[], ?::int8[], ?::int[], ?::int[], ?::int8[])
                        AS u(id, course_id, version, served_us, submitted_us, correct, total, ms)
                    RETURNING id, user_id, course_id, version, submitted_at
                )
                INSERT INTO completions (user_id, course_id, version, attempt_id, completed_at)
                SELECT a.user_id, a.course_id, a.version, a.id, a.submitted_at FROM attempt a WHERE a.id = ANY (?::uuid[])""", ps -> {
            var c = ps.getConnection();
            ps.setLong(1, userId);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.setArray(3, c.createArrayOf("text", courses));
            ps.setArray(4, c.createArrayOf("integer", versions));
            ps.setArray(5, c.createArrayOf("int8", served));
            ps.setArray(6, c.createArrayOf("int8", submitted));
            ps.setArray(7, c.createArrayOf("integer", correct));
            ps.setArray(8, c.createArrayOf("integer", total));
            ps.setArray(9, c.createArrayOf("int8", durations));
            List<UUID> completing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (completes[i]) {
                    completing.add(ids[i]);
                }
            }
            ps.setArray(10, c.createArrayOf("uuid", completing.toArray()));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("""
                INSERT INTO attempt_answers (attempt_id, question_idx, chosen_keys, text_answer, correct, confidence, rating)
                SELECT u.id, u.q, CASE WHEN u.keys = '' THEN '{}'::text[] ELSE string_to_array(u.keys, chr(31)) END, u.text, u.correct,
                    u.confidence, u.rating
                FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[])
                    AS u(id, q, keys, text, correct, confidence, rating)""", ps -> {
            var c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("uuid", answerOf.toArray()));
            ps.setArray(2, c.createArrayOf("integer", questions.toArray()));
            ps.setArray(3, c.createArrayOf("text", keys.toArray()));
            ps.setArray(4, c.createArrayOf("text", texts.toArray()));
            ps.setArray(5, c.createArrayOf("bool", answersCorrect.toArray()));
            ps.setArray(6, c.createArrayOf("text", confidences.toArray()));
            ps.setArray(7, c.createArrayOf("text", ratings.toArray()));
            return ps.executeUpdate();
        });
        // One bump per attempt (ActivityRollupStore.lesson) adds up to one row per local day, taken in SQL from the rep's zone.
        jdbc.prepareStatement("""
                INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds)
                SELECT u.id, ((timestamptz 'epoch' + t.at_us * interval '1 microsecond') AT TIME ZONE u.time_zone)::date AS day,
                    count(*), 0, sum(t.seconds)
                FROM unnest(?::int8[], ?::int[]) AS t(at_us, seconds) CROSS JOIN users u WHERE u.id = ? GROUP BY u.id, day
                ON CONFLICT (user_id, day) DO UPDATE SET lessons = daily_activity.lessons + EXCLUDED.lessons,
                    reviews = daily_activity.reviews + EXCLUDED.reviews, seconds = daily_activity.seconds + EXCLUDED.seconds""", ps -> {
            var c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("int8", submitted));
            ps.setArray(2, c.createArrayOf("integer", seconds));
            ps.setLong(3, userId);
            return ps.executeUpdate();
        });
    }

    /** Separates an answer's option keys in one text (the unit separator, which no key holds). */
    private static final char KEY_SEPARATOR = (char) 31;
}
