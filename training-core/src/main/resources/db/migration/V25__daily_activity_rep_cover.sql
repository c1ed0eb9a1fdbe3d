-- Issue 13, "Speed" (team dashboard): the dashboard's stamp (TeamStampQueries) digests every
-- daily_activity row of the team's reps over the shown weeks on every view. Those rows lie on a
-- heap page each (rows are written day by day for the whole organisation), so the digest read ~800 pages
-- for a team of 25. The primary key now carries the digested columns, so the same rows come from a
-- few index pages (an index-only scan). No index is added: the key columns and the conflict target
-- (user_id, day) stay the same, and the counted columns already are in daily_activity_day_cover_idx,
-- so an update already rewrote index entries (no HOT update) and costs no more than before.
CREATE UNIQUE INDEX daily_activity_user_day_cover ON daily_activity (user_id, day) INCLUDE (lessons, reviews, seconds, plan_completed);
ALTER TABLE daily_activity DROP CONSTRAINT daily_activity_pkey,
    ADD CONSTRAINT daily_activity_pkey PRIMARY KEY USING INDEX daily_activity_user_day_cover;
