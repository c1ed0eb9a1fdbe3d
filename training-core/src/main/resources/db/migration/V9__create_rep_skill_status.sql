-- Each rep's skills at a glance, as of their latest snapshot refresh: how many skills, how many at
-- or above target, and the sums behind average proficiency and target. Written in the same
-- transaction as the snapshots, so an org-wide overview reads one row per rep.
CREATE TABLE rep_skill_status (
    user_id         bigint           PRIMARY KEY REFERENCES users (id),
    week_start      date             NOT NULL,
    skills          integer          NOT NULL CHECK (skills >= 0),
    at_target       integer          NOT NULL CHECK (at_target BETWEEN 0 AND skills),
    proficiency_sum double precision NOT NULL CHECK (proficiency_sum >= 0),
    target_sum      double precision NOT NULL CHECK (target_sum >= 0),
    updated_at      timestamptz      NOT NULL
);

INSERT INTO rep_skill_status (user_id, week_start, skills, at_target, proficiency_sum, target_sum, updated_at)
SELECT user_id, max(week_start), count(*), count(*) FILTER (WHERE proficiency >= target), sum(proficiency), sum(target), max(updated_at)
FROM (
    SELECT DISTINCT ON (user_id, skill_id) user_id, week_start, proficiency, target, updated_at
    FROM skill_snapshots
    WHERE skill_id IN (SELECT id FROM catalog_entries WHERE kind = 'SKILL' AND NOT retired)
    ORDER BY user_id, skill_id, week_start DESC
) latest
GROUP BY user_id;
