-- The items of a committee in the order democratic services list them (GET /api/items?committee=..&sort=due,-updated:
-- the next due first, among equals the most recently changed, then the newest): read from the index in that order
-- and stopped after the page, where the ascending index ix_item_committee_due made Derby fetch and sort all the
-- committee's items for every page (ear/BENCHMARK.md, session 8). It serves the committee's overdue and due-before
-- filters as the index it replaces did. Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.
CREATE INDEX ix_item_committee_due_order ON scrutiny_item (committee_id, next_due, updated_at DESC, id DESC);
DROP INDEX ix_item_committee_due;
