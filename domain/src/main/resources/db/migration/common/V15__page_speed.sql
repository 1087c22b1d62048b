-- Page speed of the work programme, the dashboard and the recommendations tracker (ear/BENCHMARK.md, "Page speed").
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.

-- A committee's items not yet given a meeting, found without reading its items of every year; the items of the
-- year's meetings come from ix_item_target_meeting.
CREATE INDEX ix_item_committee_meeting ON scrutiny_item (committee_id, target_meeting_id);

-- The items referred to a deep dive that has not started (the dashboard), counted and paged oldest first from the
-- index alone instead of from every item of the stage read from the table.
CREATE INDEX ix_item_stage_created ON scrutiny_item (stage, created_at, id);
