-- The published lesson library. History is never deleted: a changed module gets a new
-- version row, a removed one is marked retired, and every attempt later points at the
-- exact version it was taken on.

CREATE TABLE publications (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by bigint REFERENCES users (id),
    origin       text        NOT NULL CHECK (origin IN ('STARTUP', 'AUTHOR', 'EDITOR', 'UPLOAD')),
    succeeded    boolean     NOT NULL,
    -- [{"path": "...", "line": 3, "message": "..."}] for a refused library
    problems     jsonb       NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(problems) = 'array'),
    added        integer     NOT NULL DEFAULT 0 CHECK (added >= 0),
    changed      integer     NOT NULL DEFAULT 0 CHECK (changed >= 0),
    retired      integer     NOT NULL DEFAULT 0 CHECK (retired >= 0),
    CHECK (succeeded = (jsonb_array_length(problems) = 0))
);

-- Skills, buying-cycle phases, personas and tenure tracks, as the catalog last defined them.
CREATE TABLE catalog_entries (
    kind        text    NOT NULL CHECK (kind IN ('SKILL', 'PHASE', 'PERSONA', 'TRACK')),
    id          text    NOT NULL CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
    name        text    NOT NULL CHECK (length(btrim(name)) > 0),
    description text,
    position    integer NOT NULL CHECK (position >= 0),
    from_day    integer CHECK (from_day >= 0),
    to_day      integer CHECK (to_day >= from_day),
    retired     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (kind, id),
    CHECK ((kind = 'TRACK') = (from_day IS NOT NULL))
);

CREATE TABLE library_settings (
    singleton            boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    snack_budget_minutes integer NOT NULL CHECK (snack_budget_minutes BETWEEN 1 AND 60)
);

CREATE TABLE courses (
    id                 text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
    current_version    integer     NOT NULL CHECK (current_version >= 1),
    first_published_at timestamptz NOT NULL,
    last_published_at  timestamptz NOT NULL,
    retired_at         timestamptz
);

CREATE TABLE course_versions (
    course_id       text        NOT NULL REFERENCES courses (id),
    version         integer     NOT NULL CHECK (version >= 1),
    publication_id  bigint      NOT NULL REFERENCES publications (id),
    content_hash    text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    title           text        NOT NULL CHECK (length(btrim(title)) > 0),
    summary         text        NOT NULL,
    skills          text[]      NOT NULL CHECK (cardinality(skills) >= 1),
    phases          text[]      NOT NULL DEFAULT '{}',
    personas        text[]      NOT NULL DEFAULT '{}',
    level           text        CHECK (level IN ('FOUNDATION', 'PRACTITIONER', 'EXPERT')),
    track           text,
    track_order     integer,
    requires        text[]      NOT NULL DEFAULT '{}',
    minutes         integer     NOT NULL CHECK (minutes BETWEEN 1 AND 60),
    lesson_html     text        NOT NULL,
    source_path     text        NOT NULL,
    source_markdown text        NOT NULL,
    published_at    timestamptz NOT NULL,
    PRIMARY KEY (course_id, version)
);

-- The live version must exist; checked at commit so a publish can insert both in any order.
ALTER TABLE courses ADD CONSTRAINT courses_current_version_fkey
    FOREIGN KEY (id, current_version) REFERENCES course_versions (course_id, version)
    DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE questions (
    course_id         text    NOT NULL,
    version           integer NOT NULL,
    idx               integer NOT NULL CHECK (idx >= 1),
    line              integer NOT NULL CHECK (line >= 1),
    prompt            text    NOT NULL CHECK (length(btrim(prompt)) > 0),
    type              text    NOT NULL CHECK (type IN ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'SHORT_ANSWER')),
    explanation_html  text,
    -- [{"key": "a", "text": "...", "correct": true, "feedbackHtml": "...", "line": 12}]; never sent to a
    -- rep's browser before they answer
    options           jsonb   NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(options) = 'array'),
    accepted_answers  text[]  NOT NULL DEFAULT '{}',
    accepted_patterns text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (course_id, version, idx),
    FOREIGN KEY (course_id, version) REFERENCES course_versions (course_id, version),
    CHECK ((type = 'SHORT_ANSWER') = (jsonb_array_length(options) = 0)),
    CHECK (type <> 'SHORT_ANSWER' OR cardinality(accepted_answers) + cardinality(accepted_patterns) > 0)
);

-- Images from the library's assets/ folder, served at /assets/<path>.
CREATE TABLE assets (
    path         text PRIMARY KEY CHECK (path !~ '(^/|\.\.)'),
    media_type   text        NOT NULL,
    content      bytea       NOT NULL,
    content_hash text        NOT NULL,
    published_at timestamptz NOT NULL
);
