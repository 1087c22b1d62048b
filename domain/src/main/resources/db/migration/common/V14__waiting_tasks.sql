-- What waits on whom: "my tasks" and democratic services' dashboard (ear/BENCHMARK.md, session 6).
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.
--
-- One row per open task of the item's processes (its lifecycle, and the follow-up of its recommendations and deep
-- dive) and each one it waits on: 'user:<username>' while someone holds it,
-- otherwise 'group:<role group>' for each group it is offered to. Kept in step with the workflow engine's tasks by
-- the workflow module (WaitingTaskRows), in the transaction that changes them, and filled at start-up for tasks
-- created before this table. Counting and paging a person's or a group's tasks is then a range of one index, where
-- the engine's own tables made every request read every task with its candidate links (the engine's tables have no
-- index for either, and this schema is migrated before the engine creates them). Nothing here is the record: the
-- tasks are the engine's and the items the domain's; a row can always be made again from them.
CREATE TABLE waiting_task (
    task_id      VARCHAR(64)  NOT NULL,
    waits_on     VARCHAR(300) NOT NULL,
    process_key  VARCHAR(255) NOT NULL,
    item_id      BIGINT       NOT NULL,
    committee_id BIGINT       NOT NULL,
    task_key     VARCHAR(255) NOT NULL,
    task_name    VARCHAR(255),
    due_at       TIMESTAMP,
    created_at   TIMESTAMP    NOT NULL,
    request_id   BIGINT,
    CONSTRAINT pk_waiting_task PRIMARY KEY (task_id, waits_on)
);
-- A person's or group's tasks of one process, in page order; of one committee; and one kind of task (the deep dives
-- under way, the executive responses to chase).
CREATE INDEX ix_waiting_task_order ON waiting_task (waits_on, process_key, due_at, created_at, task_id);
CREATE INDEX ix_waiting_task_committee ON waiting_task (waits_on, process_key, committee_id, due_at, created_at,
    task_id);
CREATE INDEX ix_waiting_task_kind ON waiting_task (task_key, waits_on, due_at, created_at, task_id);
