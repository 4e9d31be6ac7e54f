-- Follow-up tasks have an owner on a team server (issue 17, docs/decisions/0016): the login that works the task.
-- The embedded store is one person's, so its tasks have none (NULL); the column is here so that both databases
-- have the same tables at the same version.
ALTER TABLE follow_up_task ADD COLUMN owner VARCHAR(200);
