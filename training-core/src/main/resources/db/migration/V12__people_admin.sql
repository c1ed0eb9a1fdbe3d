-- The admin's people list and team tree, fast for organisations of 10,000 people.

-- The list is ordered by name within an organisation and paged.
CREATE INDEX users_org_name_idx ON users (org_id, lower(display_name), id);
-- A person's page shows the teams they manage; the tree shows each team's managers.
CREATE INDEX team_managers_manager_idx ON team_managers (manager_id);
-- The tree walks from a team to its sub-teams (moves check for loops the same way).
CREATE INDEX teams_parent_idx ON teams (parent_team_id);
