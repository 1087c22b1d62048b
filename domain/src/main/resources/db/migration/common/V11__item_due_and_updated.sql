-- The item's due date (the earliest due date of its requests still awaiting their officer) and when it was last
-- updated (its latest timeline entry), kept on the item's row by the item itself from now on, so the items list
-- sorted by "due,-updated" and its overdue filters read one indexed table instead of grouping every item's
-- requests and timeline. Backfilled here from exactly those two sources for the items already stored.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.

ALTER TABLE scrutiny_item ADD COLUMN next_due DATE;
ALTER TABLE scrutiny_item ADD COLUMN updated_at TIMESTAMP;

UPDATE scrutiny_item SET next_due = (SELECT MIN(r.due_date) FROM information_request r
    WHERE r.item_id = scrutiny_item.id AND r.status = 'OPEN');
UPDATE scrutiny_item SET updated_at = (SELECT MAX(t.happened_at) FROM item_timeline_entry t
    WHERE t.item_id = scrutiny_item.id);

-- A committee's items by due date then last update (the list's "due,-updated"), and every item by due date (the
-- overdue and "due before" filters without a committee).
CREATE INDEX ix_item_committee_due ON scrutiny_item (committee_id, next_due, updated_at);
CREATE INDEX ix_item_due ON scrutiny_item (next_due, id);
