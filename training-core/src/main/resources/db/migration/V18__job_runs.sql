-- Scheduled work that must run once per period however many instances share the database
-- (rollup check, snapshot refresh, nudge rounds). An instance runs a job only after inserting
-- its (job, period) row; the primary key lets exactly one instance win. A run that fails
-- deletes its row, so another firing in the same period may try again.
CREATE TABLE job_runs (
    job         text        NOT NULL CHECK (job ~ '^[a-z][a-z0-9-]{0,39}$'),
    period      text        NOT NULL CHECK (length(period) BETWEEN 1 AND 40),
    instance    text        NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    PRIMARY KEY (job, period)
);
CREATE INDEX job_runs_started_at ON job_runs (started_at);
