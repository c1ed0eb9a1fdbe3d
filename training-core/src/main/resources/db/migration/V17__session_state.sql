-- Issue 13, item 8: idle timeout. When the session's cookie was last used, written at most once a
-- minute per session; a session unused for longer than clockwise.session.idle-timeout-minutes ends.
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
UPDATE sessions SET last_seen_at = created_at;
ALTER TABLE sessions ALTER COLUMN last_seen_at SET NOT NULL, ALTER COLUMN last_seen_at SET DEFAULT now();
