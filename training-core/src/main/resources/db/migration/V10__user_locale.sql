-- A person's own interface language (a language code such as 'en' or 'nl'); NULL follows the
-- browser's Accept-Language. Which codes the server offers is up to the application: a new
-- language is a new messages file, not a migration.
ALTER TABLE users ADD COLUMN locale text CHECK (locale ~ '^[a-z]{2,3}$');
