-- Desired retention per organisation and per team (issue 11). NULL: inherit. A rep's value is
-- their team's, else the nearest ancestor team's, else the organisation's, else the global
-- setting clockwise.review.desired-retention (RetentionPolicy holds that order and the bounds;
-- RetentionPolicyTest and DesiredRetentionIT prove the CHECKs below agree with it).
-- Two decimals: at most 28 distinct values, so a scheduler per value can be cached.
ALTER TABLE organisations
    ADD COLUMN desired_retention numeric(3, 2) CHECK (desired_retention BETWEEN 0.70 AND 0.97);
ALTER TABLE teams
    ADD COLUMN desired_retention numeric(3, 2) CHECK (desired_retention BETWEEN 0.70 AND 0.97);
