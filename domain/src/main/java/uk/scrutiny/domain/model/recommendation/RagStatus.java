package uk.scrutiny.domain.model.recommendation;

/** How implementation of an accepted recommendation is going, as the toolkit's monitoring defines it. */
public enum RagStatus {
    /** Achieved: monitoring ends. */
    GREEN,
    /** Acceptable progress. */
    AMBER,
    /** Unacceptable progress. */
    RED
}
