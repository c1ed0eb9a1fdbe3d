-- Per rep and local day: what they did. Kept up to date in the same transaction as each
-- attempt, review and completed plan, so team dashboards never scan the whole history; a
-- check recomputes it from the source tables and repairs any drift.
CREATE TABLE daily_activity (
    user_id        bigint  NOT NULL REFERENCES users (id),
    day            date    NOT NULL,
    lessons        integer NOT NULL DEFAULT 0 CHECK (lessons >= 0),
    reviews        integer NOT NULL DEFAULT 0 CHECK (reviews >= 0),
    seconds        integer NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    plan_completed boolean NOT NULL DEFAULT false,
    PRIMARY KEY (user_id, day)
);
CREATE INDEX daily_activity_day_idx ON daily_activity (day);

-- Backfill from what is already recorded (the source of truth stays the detail tables).
INSERT INTO daily_activity (user_id, day, lessons, reviews, seconds, plan_completed)
SELECT user_id, day, sum(lessons), sum(reviews), sum(seconds), bool_or(plan_completed)
FROM (
    SELECT a.user_id, (a.submitted_at AT TIME ZONE u.time_zone)::date AS day, 1 AS lessons, 0 AS reviews,
           LEAST(a.duration_ms / 1000, 1800)::integer AS seconds, false AS plan_completed
    FROM attempts a JOIN users u ON u.id = a.user_id
    UNION ALL
    SELECT e.user_id, (e.reviewed_at AT TIME ZONE u.time_zone)::date, 0, 1, 30, false
    FROM review_events e JOIN users u ON u.id = e.user_id
    UNION ALL
    SELECT p.user_id, p.day, 0, 0, 0, true FROM daily_plans p WHERE p.completed_at IS NOT NULL
) x
GROUP BY user_id, day;
