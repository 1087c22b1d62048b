package uk.scrutiny.domain.model.item;

/** Where a scrutiny item stands in its lifecycle (see DOMAIN.md). */
public enum Stage {
    RED_FLAG, BACKGROUND_ENQUIRIES, TRIAGE, MONITORING, SCOPING, REQUEST_ISSUED, RESPONSE_REVIEW, PUBLISHED,
    CONSIDERED, DEEP_DIVE, EXECUTIVE_RESPONSE, MONITORING_RECOMMENDATIONS, CLOSED, NO_FURTHER_ACTION, WITHDRAWN;

    /** Closed, no further action and withdrawn items take no more actions. */
    public boolean isOpen() {
        return this != CLOSED && this != NO_FURTHER_ACTION && this != WITHDRAWN;
    }
}
