package uk.scrutiny.domain.model.committee;

public enum MeetingStatus {
    SCHEDULED, HELD, CANCELLED
}
