-- The lifecycle paths of issue 5 beyond the first slice: an urgent item agreed by the chair (so its report may be
-- published after the publication date), and the findings of background enquiries before triage.
ALTER TABLE scrutiny_item ADD COLUMN urgent_chair_id BIGINT;
ALTER TABLE scrutiny_item ADD COLUMN urgent_reason VARCHAR(1000);
ALTER TABLE scrutiny_item ADD COLUMN urgent_agreed_at TIMESTAMP;
ALTER TABLE scrutiny_item ADD COLUMN urgent_recorded_by_id BIGINT;
ALTER TABLE scrutiny_item ADD COLUMN background_findings VARCHAR(4000);
ALTER TABLE scrutiny_item ADD CONSTRAINT fk_item_urgent_chair FOREIGN KEY (urgent_chair_id) REFERENCES app_user (id);
ALTER TABLE scrutiny_item ADD CONSTRAINT fk_item_urgent_recorded_by
    FOREIGN KEY (urgent_recorded_by_id) REFERENCES app_user (id);
