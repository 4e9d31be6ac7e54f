-- Offline and back (issue 17 item 4, docs/decisions/0019): a laptop copy of a salesperson's team-store rows.
-- sync_key: a task's identity on every store it is copied to; the ids differ (each store numbers its own tasks), so
-- a task made offline is sent once however often the sync runs, and a pull finds the local copy of a server task.
-- on_server: in a laptop copy, whether the task came from (or has been seen on) the server. Unused here.
ALTER TABLE follow_up_task ADD COLUMN sync_key VARCHAR(36) DEFAULT CAST(gen_random_uuid() AS VARCHAR(36)) NOT NULL;
UPDATE follow_up_task SET sync_key = CAST(gen_random_uuid() AS VARCHAR(36));
ALTER TABLE follow_up_task ADD COLUMN on_server BOOLEAN DEFAULT FALSE NOT NULL;
CREATE UNIQUE INDEX follow_up_task_sync_key ON follow_up_task (sync_key);
