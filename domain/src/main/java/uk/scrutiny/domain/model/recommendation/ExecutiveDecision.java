package uk.scrutiny.domain.model.recommendation;

/** The executive's answer to a recommendation. */
public enum ExecutiveDecision {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED;

    /** Accepted and partly accepted recommendations are monitored to completion. */
    public boolean isMonitored() {
        return this != REJECTED;
    }
}
