package uk.scrutiny.domain.model.notice;

/** What a notice about an officer's response is. */
public enum NoticeKind {

    /** Before the due date, to the officer holding the request. */
    REMINDER,
    /** The response is overdue: democratic services are told, to chase it or hand the request to someone else. */
    ESCALATION
}
