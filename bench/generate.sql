-- The generated organisation of bench/run.sh: :reps reps in :teams teams of 25, a manager per team,
-- an admin and an author, :attempts attempts spread over a year, completions, 12 weeks of skill
-- snapshots and the rollups the server keeps (rep_skill_status, daily_activity); every attempt with its
-- answers, a review item for every question answered (about 40 due now for every rep, so review answers
-- can be measured) and the review answers since, so skill pages and dashboards read real histories.
-- Extracted from TeamScaleBenchmark.generate; run by psql against a database the server has
-- migrated and published the library into:
--   psql -v reps=10000 -v teams=400 -v attempts=1000000 -v hash="'<bcrypt>'" -f bench/generate.sql
-- Every account shares one password; its hash is passed in (bench/run.sh uses a cost-4 hash so
-- that signing in 10,000 sessions before the run takes seconds, not an hour: no measured row
-- includes a sign-in).
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO organisations (name) VALUES ('Scale Org');
INSERT INTO users (org_id, email, display_name, password_hash, hire_date, time_zone)
SELECT (SELECT max(id) FROM organisations), 'rep-' || g || '@scale.test', 'Rep ' || g, :hash,
       current_date - (g % 1000), (ARRAY['UTC','Europe/Berlin','America/New_York','Asia/Tokyo'])[1 + g % 4]
FROM generate_series(1, :reps) g;
INSERT INTO users (org_id, email, display_name, password_hash, hire_date)
SELECT (SELECT max(id) FROM organisations), 'manager-' || g || '@scale.test', 'Manager ' || g, :hash, current_date - 2000
FROM generate_series(1, :teams) g;
INSERT INTO user_roles (user_id, role) SELECT id, 'REP' FROM users WHERE email LIKE 'rep-%@scale.test';
INSERT INTO user_roles (user_id, role) SELECT id, 'MANAGER' FROM users WHERE email LIKE 'manager-%@scale.test';
INSERT INTO users (org_id, email, display_name, password_hash, hire_date)
SELECT (SELECT max(id) FROM organisations), e, n, :hash, current_date - 2000
FROM (VALUES ('admin@scale.test', 'Scale Admin'), ('author@scale.test', 'Scale Author')) v(e, n);
INSERT INTO user_roles (user_id, role) SELECT id, 'ADMIN' FROM users WHERE email = 'admin@scale.test';
INSERT INTO user_roles (user_id, role) SELECT id, 'AUTHOR' FROM users WHERE email = 'author@scale.test';
INSERT INTO teams (org_id, name) SELECT (SELECT max(id) FROM organisations), 'Scale team ' || g FROM generate_series(1, :teams) g;
INSERT INTO team_managers (team_id, manager_id) SELECT t.id, u.id FROM teams t JOIN users u
    ON u.email = 'manager-' || substring(t.name FROM 12) || '@scale.test' WHERE t.name LIKE 'Scale team %';
INSERT INTO team_members (user_id, team_id) SELECT u.id, t.id FROM users u JOIN teams t
    ON t.name = 'Scale team ' || (1 + (substring(u.email FROM 5 FOR position('@' IN u.email) - 5)::int - 1) / 25)
    WHERE u.email LIKE 'rep-%@scale.test';
CREATE TEMP TABLE bench_reps AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM users WHERE email LIKE 'rep-%@scale.test';
CREATE TEMP TABLE bench_courses AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM courses;
-- Each attempt answers every question of the module version it took (as a quiz POST stores it): about
-- 70% right, a confidence on 40% of the answers, the rating RatingPolicy gives (wrong: AGAIN; right and
-- unsure: HARD; right and sure within 15 s a question: EASY; otherwise GOOD), the chosen keys or text of a
-- right or a wrong answer; the attempt's counts agree with its answers.
CREATE TEMP TABLE bench_questions AS
SELECT q.course_id, q.version, q.idx,
       CASE WHEN q.type = 'SHORT_ANSWER' THEN '{}'::text[] ELSE ARRAY(SELECT o ->> 'key' FROM jsonb_array_elements(q.options) o
            WHERE (o ->> 'correct')::boolean ORDER BY o ->> 'key') END AS right_keys,
       CASE WHEN q.type = 'SHORT_ANSWER' THEN '{}'::text[] ELSE ARRAY(SELECT o ->> 'key' FROM jsonb_array_elements(q.options) o
            WHERE NOT coalesce((o ->> 'correct')::boolean, false) ORDER BY o ->> 'key' LIMIT 1) END AS wrong_keys,
       CASE WHEN q.type = 'SHORT_ANSWER' THEN coalesce(q.accepted_answers[1], 'right') END AS right_text,
       CASE WHEN q.type = 'SHORT_ANSWER' THEN 'not sure' END AS wrong_text,
       count(*) OVER (PARTITION BY q.course_id, q.version) AS n
FROM questions q;
CREATE INDEX ON bench_questions (course_id, version);
CREATE TEMP TABLE bench_attempts AS
SELECT g, gen_random_uuid() AS id, r.id AS user_id, c.id AS course_id, 1 AS version, ts FROM (
    SELECT g, 1 + (g::bigint * 7919) % :reps AS rn, 1 + (g::bigint * 104729) % (SELECT count(*) FROM bench_courses) AS cn,
           now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute' AS ts FROM generate_series(1, :attempts) g
) x JOIN bench_reps r ON r.n = x.rn JOIN bench_courses c ON c.n = x.cn;
INSERT INTO attempts (id, user_id, course_id, version, served_at, submitted_at, correct_count, total_count, duration_ms)
SELECT b.id, b.user_id, b.course_id, b.version, b.ts, b.ts + interval '150 seconds',
       count(*) FILTER (WHERE (b.g * 7 + q.idx * 13) % 10 < 7), count(*), 150000
FROM bench_attempts b JOIN bench_questions q ON q.course_id = b.course_id AND q.version = b.version
GROUP BY b.id, b.user_id, b.course_id, b.version, b.ts;
INSERT INTO attempt_answers (attempt_id, question_idx, chosen_keys, text_answer, correct, confidence, rating)
SELECT id, idx, CASE WHEN ok THEN right_keys ELSE wrong_keys END, CASE WHEN ok THEN right_text ELSE wrong_text END, ok, confidence,
       CASE WHEN NOT ok THEN 'AGAIN' WHEN confidence = 'UNSURE' THEN 'HARD'
            WHEN confidence = 'SURE' AND 150 / n <= 15 THEN 'EASY' ELSE 'GOOD' END
FROM (SELECT b.id, q.idx, q.right_keys, q.wrong_keys, q.right_text, q.wrong_text, q.n, (b.g * 7 + q.idx * 13) % 10 < 7 AS ok,
             CASE (b.g + q.idx) % 10 WHEN 0 THEN 'SURE' WHEN 1 THEN 'SURE' WHEN 2 THEN 'SURE' WHEN 3 THEN 'UNSURE' END AS confidence
      FROM bench_attempts b JOIN bench_questions q ON q.course_id = b.course_id AND q.version = b.version) x;
INSERT INTO completions (user_id, course_id, version, attempt_id, completed_at) SELECT DISTINCT ON (user_id, course_id)
    user_id, course_id, version, id, submitted_at FROM attempts ORDER BY user_id, course_id, submitted_at;
INSERT INTO skill_snapshots (user_id, skill_id, week_start, proficiency, target, updated_at)
SELECT r.id, s.id, date_trunc('week', now())::date - w * 7, ((r.n * 31 + w * 7) % 90) / 100.0, 0.7, now()
FROM bench_reps r CROSS JOIN (SELECT id FROM catalog_entries WHERE kind = 'SKILL') s CROSS JOIN generate_series(0, 11) w;
-- what SkillSnapshotStore.refresh keeps per rep, from the latest snapshot of each skill
INSERT INTO rep_skill_status (user_id, week_start, skills, at_target, proficiency_sum, target_sum, updated_at)
SELECT user_id, max(week_start), count(*), count(*) FILTER (WHERE proficiency >= target), sum(proficiency),
       sum(target), max(updated_at) FROM (SELECT DISTINCT ON (user_id, skill_id) user_id, week_start, proficiency,
       target, updated_at FROM skill_snapshots ORDER BY user_id, skill_id, week_start DESC) latest GROUP BY user_id;
-- A review item for every question the rep has answered (a quiz POST schedules each one). Every question
-- of ten modules the rep has completed is due now (about 40 a rep, so review answers can be measured);
-- the others are due within the next 60 days, most of them answered once from the review queue since the
-- module's latest attempt (a review event, about 85% right).
CREATE TEMP TABLE bench_items AS
SELECT c.user_id, q.course_id, q.version, q.idx, c.k <= 10 AS due_now, c.last_attempt,
       (c.user_id * 31 + hashtext(q.course_id) % 1000 + q.idx * 7) AS h
FROM (SELECT p.user_id, p.course_id, p.version, row_number() OVER (PARTITION BY p.user_id ORDER BY p.course_id) AS k, l.last_attempt
      FROM completions p JOIN (SELECT user_id, course_id, max(submitted_at) AS last_attempt FROM attempts GROUP BY 1, 2) l
        ON l.user_id = p.user_id AND l.course_id = p.course_id) c
JOIN bench_questions q ON q.course_id = c.course_id AND q.version = c.version;
CREATE TEMP TABLE bench_reviewed AS
SELECT i.*, now() - (1 + abs(h) % 30) * interval '1 day' - (abs(h) % 600) * interval '1 minute' AS at,
       abs(h) % 100 < 85 AS ok, now() + (1 + abs(h) % 60) * interval '1 day' AS next_due
FROM bench_items i WHERE NOT due_now;
INSERT INTO review_items (user_id, course_id, version, question_idx, stability, difficulty, last_review, due, reps, lapses)
SELECT user_id, course_id, version, idx, 3.0, 5.0, now() - interval '4 days', now() - interval '1 day', 1, 0
FROM bench_items WHERE due_now
UNION ALL
SELECT user_id, course_id, version, idx, extract(epoch FROM next_due - greatest(at, last_attempt)) / 86400, 5.0,
       greatest(at, last_attempt), next_due, CASE WHEN at > last_attempt THEN 2 ELSE 1 END, 0
FROM bench_reviewed;
INSERT INTO review_events (id, user_id, course_id, version, question_idx, reviewed_at, correct, chosen_keys, text_answer, confidence, rating)
SELECT gen_random_uuid(), r.user_id, r.course_id, r.version, r.idx, r.at, r.ok, CASE WHEN r.ok THEN q.right_keys ELSE q.wrong_keys END,
       CASE WHEN r.ok THEN q.right_text ELSE q.wrong_text END, CASE WHEN abs(r.h) % 5 = 0 THEN 'SURE' END,
       CASE WHEN NOT r.ok THEN 'AGAIN' ELSE 'GOOD' END
FROM bench_reviewed r JOIN bench_questions q ON q.course_id = r.course_id AND q.version = r.version AND q.idx = r.idx
WHERE r.at > r.last_attempt;
-- each review item's latest answer (V26), as the migration's backfill fills it
UPDATE review_items ri SET latest_at = x.at, latest_correct = x.correct, latest_first_sight = x.first_sight
FROM (
    SELECT DISTINCT ON (user_id, course_id, version, question_idx) * FROM (
        SELECT a.user_id, a.course_id, a.version, aa.question_idx, a.submitted_at AS at, aa.correct, true AS first_sight
        FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id
        UNION ALL
        SELECT e.user_id, e.course_id, e.version, e.question_idx, e.reviewed_at, e.correct, false FROM review_events e
    ) y
    ORDER BY user_id, course_id, version, question_idx, at DESC, first_sight, correct
) x
WHERE ri.user_id = x.user_id AND ri.course_id = x.course_id AND ri.version = x.version AND ri.question_idx = x.question_idx;
-- the daily_activity rollup as ActivityRollupStore.repair rebuilds it (attempts capped at 1,800 s, reviews 30 s each)
DELETE FROM daily_activity;
INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds, plan_completed)
SELECT user_id, day, sum(lessons)::integer, sum(reviews)::integer, sum(seconds)::integer, false FROM (
    SELECT a.user_id, (a.submitted_at AT TIME ZONE u.time_zone)::date AS day, 1 AS lessons, 0 AS reviews,
           LEAST(a.duration_ms / 1000, 1800) AS seconds
    FROM attempts a JOIN users u ON u.id = a.user_id
    UNION ALL
    SELECT e.user_id, (e.reviewed_at AT TIME ZONE u.time_zone)::date, 0, 1, 30 FROM review_events e JOIN users u ON u.id = e.user_id
) x GROUP BY 1, 2;
COMMIT;
ANALYZE;
