package uk.scrutiny.domain.model.item;

/** What the committee resolved when it considered an item (DOMAIN.md, step 8). */
public enum Resolution {
    NOTED,
    RECOMMENDATIONS_MADE,
    /** A further report to a later meeting: a new cycle for the same item. */
    FURTHER_REPORT,
    REFERRED_TO_DEEP_DIVE
}
