package uk.scrutiny.domain.model.item;

/** Where an extension asked for stands. */
public enum ExtensionDecision {
    PENDING, GRANTED, REFUSED,
    /** Closed undecided: the officer submitted the response before democratic services decided. */
    NOT_NEEDED
}
