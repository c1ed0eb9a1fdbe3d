-- The people side: organisations, teams, users and their roles, sign-in sessions.
-- Constraints live here so the database itself refuses bad rows, whatever the code does.

-- PostgreSQL knows the IANA zone names; a CHECK may only call an IMMUTABLE function, and
-- the zone list only changes with a server upgrade, so this wrapper is declared as such.
CREATE FUNCTION is_valid_time_zone(tz text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE STRICT AS
$$
BEGIN
    PERFORM now() AT TIME ZONE tz;
    RETURN true;
EXCEPTION WHEN invalid_parameter_value THEN
    RETURN false;
END;
$$;

CREATE TABLE organisations (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    demo       boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        bigint      NOT NULL REFERENCES organisations (id),
    email         text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(email) <= 254),
    display_name  text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    password_hash text        NOT NULL CHECK (length(password_hash) >= 50),
    hire_date     date        NOT NULL,
    time_zone     text        NOT NULL DEFAULT 'UTC' CHECK (is_valid_time_zone(time_zone)),
    active        boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
-- One account per address, whatever its case.
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_org_idx ON users (org_id);

CREATE TABLE user_roles (
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    text   NOT NULL CHECK (role IN ('REP', 'AUTHOR', 'MANAGER', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);

-- Teams nest: a manager of a parent team also oversees its sub-teams.
CREATE TABLE teams (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id         bigint      NOT NULL REFERENCES organisations (id),
    name           text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    parent_team_id bigint      REFERENCES teams (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (org_id, name),
    CHECK (parent_team_id IS DISTINCT FROM id)
);

CREATE TABLE team_managers (
    team_id    bigint NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    manager_id bigint NOT NULL REFERENCES users (id),
    PRIMARY KEY (team_id, manager_id)
);

-- A rep belongs to at most one team at a time.
CREATE TABLE team_members (
    user_id bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    team_id bigint NOT NULL REFERENCES teams (id)
);
CREATE INDEX team_members_team_idx ON team_members (team_id);

-- Server-side record of each signed-in browser: the JWT cookie names its session, so
-- signing out (or an admin) can end it for real, not only by clearing the cookie.
CREATE TABLE sessions (
    id         uuid PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    ended_at   timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Failed sign-ins per address (known or not, so the answer never tells which).
CREATE TABLE login_throttle (
    email_key    text PRIMARY KEY,
    failures     integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure timestamptz,
    locked_until timestamptz
);
