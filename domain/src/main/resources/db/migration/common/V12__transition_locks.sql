-- Democratic services' pending extensions (ScrutinyItemRepository.findRequestsWithPendingExtension): an EXISTS over
-- each request's extensions by decision. With (decision) alone Derby read every pending extension's row for every
-- request; with (decision, request_id) the index alone answers it. It replaces the index on decision alone, which
-- it starts with. Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.
CREATE INDEX ix_extension_decision_request ON extension_request (decision, request_id);
DROP INDEX ix_extension_decision;
