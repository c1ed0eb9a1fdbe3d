-- Each rep's proficiency and target per skill, one row per rep-local week (Monday start): the
-- current week's row is rewritten as answers arrive, earlier weeks stay as they were, so team
-- views read a week-by-week history without recomputing anyone's answers.
CREATE TABLE skill_snapshots (
    user_id     bigint           NOT NULL REFERENCES users (id),
    skill_id    text             NOT NULL,
    week_start  date             NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    proficiency double precision NOT NULL CHECK (proficiency BETWEEN 0 AND 1),
    target      double precision NOT NULL CHECK (target BETWEEN 0 AND 1),
    updated_at  timestamptz      NOT NULL,
    PRIMARY KEY (user_id, skill_id, week_start)
);
CREATE INDEX skill_snapshots_week_idx ON skill_snapshots (week_start);
