-- Issue 13, "Speed, measured honestly": indexes for the manager and author pages.
-- The teams overview reads every rep's last 7 days of daily_activity: with the counted columns in
-- the day index, that is an index-only range scan instead of one heap page per rep and day.
CREATE INDEX daily_activity_day_cover_idx ON daily_activity (day) INCLUDE (user_id, lessons, reviews, seconds, plan_completed);
DROP INDEX daily_activity_day_idx;

-- The author library counts, for each of its few leech questions, the organisation's reps holding
-- the question and their review answers: by question, not by scanning every rep's items.
CREATE INDEX review_items_question_idx ON review_items (course_id, version, question_idx) WHERE NOT superseded;
CREATE INDEX review_events_question_idx ON review_events (course_id, version, question_idx);
