-- The generated organisation of bench/run.sh: :reps reps in :teams teams of 25, a manager per team,
-- an admin and an author, :attempts attempts spread over a year, completions, 12 weeks of skill
-- snapshots and the rollups the server keeps (rep_skill_status, daily_activity), plus
-- about 40 review items due now for every rep so review answers can be measured.
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
INSERT INTO attempts (id, user_id, course_id, version, served_at, submitted_at, correct_count, total_count, duration_ms)
SELECT gen_random_uuid(), r.id, c.id, 1, ts, ts + interval '150 seconds', (g % 5), 4, 150000 FROM (
    SELECT g, 1 + (g::bigint * 7919) % :reps AS rn, 1 + (g::bigint * 104729) % (SELECT count(*) FROM bench_courses) AS cn,
           now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute' AS ts FROM generate_series(1, :attempts) g
) x JOIN bench_reps r ON r.n = x.rn JOIN bench_courses c ON c.n = x.cn;
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
-- about 40 review items due now per rep: every question of ten modules the rep has completed
INSERT INTO review_items (user_id, course_id, version, question_idx, stability, difficulty, last_review, due, reps, lapses)
SELECT c.user_id, q.course_id, q.version, q.idx, 3.0, 5.0, now() - interval '4 days', now() - interval '1 day', 1, 0
FROM (SELECT user_id, course_id, version, row_number() OVER (PARTITION BY user_id ORDER BY course_id) AS k FROM completions) c
JOIN questions q ON q.course_id = c.course_id AND q.version = c.version
WHERE c.k <= 10;
-- the daily_activity rollup as ActivityRollupStore.repair rebuilds it (attempts capped at 1,800 s, reviews 30 s)
DELETE FROM daily_activity;
INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds, plan_completed)
SELECT a.user_id, (a.submitted_at AT TIME ZONE u.time_zone)::date, count(*)::integer, 0,
       sum(LEAST(a.duration_ms / 1000, 1800))::integer, false
FROM attempts a JOIN users u ON u.id = a.user_id GROUP BY 1, 2;
COMMIT;
ANALYZE;
