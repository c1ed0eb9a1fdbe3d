-- A completion names the module version it was earned on, as its attempt does, so the team
-- views can read a completion's phases and personas without visiting the attempts table.
ALTER TABLE completions ADD COLUMN version integer;
UPDATE completions c SET version = a.version FROM attempts a WHERE a.id = c.attempt_id;
ALTER TABLE completions ALTER COLUMN version SET NOT NULL;
ALTER TABLE completions ADD FOREIGN KEY (course_id, version) REFERENCES course_versions (course_id, version);
