-- Drafts: what an author saved in the editor and has not published yet. Only authors and
-- admins see them; reps, plans and reviews read course_versions only, never this table.
-- One draft per library file; publishing the module deletes its draft.
CREATE TABLE module_drafts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_path text        NOT NULL UNIQUE CHECK (source_path ~ '^modules/.+\.md$'),
    -- the module id the text declares, when it parses far enough to have one
    course_id   text,
    markdown    text        NOT NULL,
    -- the stamp of the library file the edit started from ('' for a new file)
    base_stamp  text        NOT NULL DEFAULT '',
    saved_by    bigint      REFERENCES users (id),
    saved_at    timestamptz NOT NULL
);

-- Restoring an old version publishes its text again, as a publication of its own kind.
ALTER TABLE publications DROP CONSTRAINT publications_origin_check;
ALTER TABLE publications ADD CONSTRAINT publications_origin_check
    CHECK (origin IN ('STARTUP', 'AUTHOR', 'EDITOR', 'UPLOAD', 'RESTORE'));
