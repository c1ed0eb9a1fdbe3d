-- What reps do: quiz attempts with every answer, completions, spaced-review items and their
-- history, and each day's plan. Attempts are keyed by an id minted when the quiz page is
-- served, so a repeated submit (double click, back button, retry) can only ever land once.

CREATE TABLE attempts (
    id            uuid PRIMARY KEY,
    user_id       bigint      NOT NULL REFERENCES users (id),
    course_id     text        NOT NULL,
    version       integer     NOT NULL,
    served_at     timestamptz NOT NULL,
    submitted_at  timestamptz NOT NULL,
    correct_count integer     NOT NULL CHECK (correct_count >= 0),
    total_count   integer     NOT NULL CHECK (total_count >= correct_count),
    duration_ms   bigint      NOT NULL CHECK (duration_ms >= 0),
    FOREIGN KEY (course_id, version) REFERENCES course_versions (course_id, version),
    CHECK (submitted_at >= served_at)
);
CREATE INDEX attempts_user_idx ON attempts (user_id, submitted_at);
CREATE INDEX attempts_course_idx ON attempts (course_id, submitted_at);

CREATE TABLE attempt_answers (
    attempt_id   uuid    NOT NULL REFERENCES attempts (id),
    question_idx integer NOT NULL CHECK (question_idx >= 1),
    chosen_keys  text[]  NOT NULL DEFAULT '{}',
    text_answer  text    CHECK (length(text_answer) <= 500),
    correct      boolean NOT NULL,
    confidence   text    CHECK (confidence IN ('SURE', 'UNSURE')),
    rating       text    NOT NULL CHECK (rating IN ('AGAIN', 'HARD', 'GOOD', 'EASY')),
    PRIMARY KEY (attempt_id, question_idx)
);

-- A module counts as completed once, by its first submitted attempt, whatever follows.
CREATE TABLE completions (
    user_id      bigint      NOT NULL REFERENCES users (id),
    course_id    text        NOT NULL REFERENCES courses (id),
    attempt_id   uuid        NOT NULL UNIQUE REFERENCES attempts (id),
    completed_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, course_id)
);
CREATE INDEX completions_course_idx ON completions (course_id, completed_at);

-- One spaced-review item per question a rep has answered, on the version they saw.
CREATE TABLE review_items (
    user_id       bigint           NOT NULL REFERENCES users (id),
    course_id     text             NOT NULL,
    version       integer          NOT NULL,
    question_idx  integer          NOT NULL,
    stability     double precision NOT NULL CHECK (stability > 0),
    difficulty    double precision NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
    last_review   timestamptz      NOT NULL,
    due           timestamptz      NOT NULL,
    reps          integer          NOT NULL CHECK (reps >= 1),
    lapses        integer          NOT NULL CHECK (lapses >= 0),
    -- a newer version of the module, once taken, replaces the older items
    superseded    boolean          NOT NULL DEFAULT false,
    PRIMARY KEY (user_id, course_id, version, question_idx),
    FOREIGN KEY (course_id, version, question_idx) REFERENCES questions (course_id, version, idx),
    CHECK (due >= last_review)
);
CREATE INDEX review_items_due_idx ON review_items (user_id, due) WHERE NOT superseded;

-- Every review answered from the review queue; the id is minted when the question is served.
CREATE TABLE review_events (
    id           uuid PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id),
    course_id    text        NOT NULL,
    version      integer     NOT NULL,
    question_idx integer     NOT NULL,
    reviewed_at  timestamptz NOT NULL,
    correct      boolean     NOT NULL,
    chosen_keys  text[]      NOT NULL DEFAULT '{}',
    text_answer  text        CHECK (length(text_answer) <= 500),
    confidence   text        CHECK (confidence IN ('SURE', 'UNSURE')),
    rating       text        NOT NULL CHECK (rating IN ('AGAIN', 'HARD', 'GOOD', 'EASY')),
    FOREIGN KEY (user_id, course_id, version, question_idx)
        REFERENCES review_items (user_id, course_id, version, question_idx)
);
CREATE INDEX review_events_user_idx ON review_events (user_id, reviewed_at);

-- The plan shown on a rep's Today page, fixed for the day once made.
CREATE TABLE daily_plans (
    user_id      bigint      NOT NULL REFERENCES users (id),
    day          date        NOT NULL,
    budget_s     integer     NOT NULL CHECK (budget_s > 0),
    -- [{"kind": "LESSON"|"REVIEW", "moduleId": "...", "questionIndex": 2, "seconds": 180, "reason": "..."}]
    items        jsonb       NOT NULL CHECK (jsonb_typeof(items) = 'array'),
    created_at   timestamptz NOT NULL,
    completed_at timestamptz,
    PRIMARY KEY (user_id, day)
);
