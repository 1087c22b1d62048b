-- Reads and writes of session 5 (ear/BENCHMARK.md, "Reads, session 5").
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.

-- The number of an item's latest timeline entry, kept on the item's row by the item, so an action numbers its entry
-- without reading the item's whole timeline. Backfilled from the entries stored so far.
ALTER TABLE scrutiny_item ADD COLUMN timeline_length INTEGER DEFAULT 0 NOT NULL;
UPDATE scrutiny_item SET timeline_length = (SELECT COALESCE(MAX(t.entry_number), 0) FROM item_timeline_entry t
    WHERE t.item_id = scrutiny_item.id);

-- Escalations still standing (democratic services' my tasks and dashboard), counted and paged by due date: found
-- from the notices of that kind instead of by reading every item for its notices.
CREATE INDEX ix_chase_notice_kind_due ON chase_notice (kind, due_date, id);
