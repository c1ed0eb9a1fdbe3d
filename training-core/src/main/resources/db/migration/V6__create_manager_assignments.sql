-- A module a manager asked a rep to take by a date. Assigning to a whole team writes one row per rep.
CREATE TABLE manager_assignments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assigned_by bigint      NOT NULL REFERENCES users (id),
    user_id     bigint      NOT NULL REFERENCES users (id),
    course_id   text        NOT NULL REFERENCES courses (id),
    due_date    date        NOT NULL,
    created_at  timestamptz NOT NULL,
    -- assigning the same module again moves the due date rather than stacking duplicates
    UNIQUE (user_id, course_id)
);
CREATE INDEX manager_assignments_by_idx ON manager_assignments (assigned_by);
