-- The tasks of some items by kind: the chair's reports awaiting agreement to be published late are the items of
-- the meetings in the next days whose publish task waits (workflow WaitingTasks.itemsWithTask, ear/BENCHMARK.md
-- session 7). Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.
CREATE INDEX ix_waiting_task_item ON waiting_task (item_id, task_key);
