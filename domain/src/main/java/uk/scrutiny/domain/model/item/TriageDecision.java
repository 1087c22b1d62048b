package uk.scrutiny.domain.model.item;

/** What the chair and vice-chair (or the committee) decide about a red flag (DOMAIN.md, step 3). */
public enum TriageDecision {
    /** Drop it; the reason is recorded. */
    NO_FURTHER_ACTION,
    /** Back on the watch list, to be looked at again on a review date. */
    MONITOR,
    /** A report to a committee meeting. */
    REPORT,
    /** A working group or a series of evidence sessions. */
    DEEP_DIVE
}
