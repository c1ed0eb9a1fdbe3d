-- A real organisation moves in: people from HR, invitations and password resets, email through a
-- durable outbox, and the daily nudge each rep can tune or turn off.

-- An organisation's default time zone, for people whose roster row names none.
ALTER TABLE organisations ADD COLUMN default_time_zone text NOT NULL DEFAULT 'UTC'
    CHECK (is_valid_time_zone(default_time_zone));

-- An invited person has no password until they follow their invitation.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;

-- When the person gets the daily nudge (their local time), and whether at all.
ALTER TABLE users ADD COLUMN nudge_enabled boolean NOT NULL DEFAULT true;
ALTER TABLE users ADD COLUMN nudge_time time NOT NULL DEFAULT '08:30';

-- Team names are unique among their siblings, not across the organisation, so two regions can
-- each have a "Strategic Accounts" team ("East / Strategic Accounts", "West / Strategic Accounts").
ALTER TABLE teams DROP CONSTRAINT teams_org_id_name_key;
CREATE UNIQUE INDEX teams_sibling_name_key ON teams (org_id, coalesce(parent_team_id, 0), lower(btrim(name)));

-- Single-use links to set a password: an invitation (7 days) or a reset (1 hour). Only a hash of
-- the token is kept, so a copy of the database cannot be used to sign in.
CREATE TABLE password_tokens (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('INVITE', 'RESET')),
    token_hash bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX password_tokens_user_idx ON password_tokens (user_id, purpose);

-- Every email goes through here first, in the transaction that decided to send it; a sender
-- claims due rows (FOR UPDATE SKIP LOCKED), so several instances never send one twice. The
-- dedupe key makes "one nudge per rep and day" a constraint, not a hope.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id          bigint      REFERENCES organisations (id),
    recipient       text        NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    subject         text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body_text       text        NOT NULL,
    body_html       text        NOT NULL,
    headers         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    dedupe_key      text        UNIQUE,
    created_at      timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
