-- Target proficiency bands from catalog.yml's optional `targets:` list; empty = platform defaults.
-- [{"fromDay": 0, "toDay": 30, "default": 0.3, "skills": {"discovery-questioning": 0.5}}, ...]
ALTER TABLE library_settings ADD COLUMN targets jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(targets) = 'array');
