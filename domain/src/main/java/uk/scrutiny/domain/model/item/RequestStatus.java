package uk.scrutiny.domain.model.item;

/** Where an information request stands, from the officer's side. */
public enum RequestStatus {
    /** Waiting for the officer's response (also after a response was returned for more). */
    OPEN,
    /** The response is submitted and with democratic services for review. */
    RESPONDED,
    /** Democratic services accepted the response; nothing more is asked. */
    ACCEPTED,
    /** No longer needed (the item was withdrawn, or the request was replaced). */
    WITHDRAWN;

    /** Whether the officer still owes something: reminders, escalation and extensions apply only then. */
    public boolean awaitsOfficer() {
        return this == OPEN;
    }
}
