-- Issue 13, "Speed" (wt-team2): one number that changes with every committed change to who is in which
-- team, who manages it, what the teams are called and how they nest, and the people rows the team pages
-- list (name, email, hire date, zone, active, organisation, roles). The team pages keep what they read
-- of that structure (the teams a viewer may see, the reps of a dashboard, the count of reps in no team)
-- and read only this row per view, reading the rest again when it moved (TeamAccessQueries).
--
-- It is set from a sequence, not incremented: a value written by a transaction that rolls back is never
-- used again, so nothing read inside that transaction can be mistaken for committed data later. The
-- row is updated in the writer's own transaction (MVCC): a reader sees the new value exactly when it
-- sees the new rows. Statement-level triggers: one update per statement, however many rows it touched.
CREATE SEQUENCE people_structure_seq;

CREATE TABLE people_structure_version (
    id      int    PRIMARY KEY CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO people_structure_version VALUES (1, nextval('people_structure_seq'));

CREATE FUNCTION people_structure_moved() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE people_structure_version SET version = nextval('people_structure_seq') WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER teams_structure AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION people_structure_moved();
CREATE TRIGGER team_managers_structure AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team_managers
    FOR EACH STATEMENT EXECUTE FUNCTION people_structure_moved();
CREATE TRIGGER team_members_structure AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team_members
    FOR EACH STATEMENT EXECUTE FUNCTION people_structure_moved();
CREATE TRIGGER user_roles_structure AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON user_roles
    FOR EACH STATEMENT EXECUTE FUNCTION people_structure_moved();
-- Not a password, language or nudge setting: those change no team page, and sign-ins must not contend here.
CREATE TRIGGER users_structure AFTER INSERT OR DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION people_structure_moved();
CREATE TRIGGER users_structure_columns AFTER UPDATE OF org_id, email, display_name, hire_date, time_zone, active ON users
    FOR EACH STATEMENT EXECUTE FUNCTION people_structure_moved();
