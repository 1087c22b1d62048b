-- Indexes for the lists the database now answers: items filtered, sorted and paged (GET /api/items), requests by
-- due date (GET /api/requests, democratic services' "due in the next 10 working days"), and an officer's own.
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15. As in V2, indexes on a foreign key lead with
-- the key and add the column the list filters or sorts by, so Derby does not skip them as duplicates of its own.

-- Items newest first, of one committee (the default order of the list and the work programme).
CREATE INDEX ix_item_committee_created ON scrutiny_item (committee_id, created_at);
CREATE INDEX ix_item_created ON scrutiny_item (created_at);
-- Items of one lead officer.
CREATE INDEX ix_item_lead_officer ON scrutiny_item (lead_officer_id, stage);

-- An item's due date (its earliest open request) and whether it is overdue: looked up per item.
CREATE INDEX ix_request_item_status_due ON information_request (item_id, status, due_date);
-- Requests by due date whatever their status, and an officer's requests by due date.
CREATE INDEX ix_request_due ON information_request (due_date, id);
CREATE INDEX ix_request_officer_due ON information_request (officer_id, due_date);

-- When an item was last updated: the latest entry of its timeline.
CREATE INDEX ix_timeline_item_happened ON item_timeline_entry (item_id, happened_at);
