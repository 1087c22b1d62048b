package uk.scrutiny.domain.model.notice;

/** Where a notice's e-mail stands. */
public enum EmailStatus {

    /** Not sent yet: waiting for its first try, or for another after a failure. */
    PENDING,
    SENT,
    /** Given up after the last try; the notice itself stays recorded. */
    FAILED
}
