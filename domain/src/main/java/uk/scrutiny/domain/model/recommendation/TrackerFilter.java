package uk.scrutiny.domain.model.recommendation;

import java.time.LocalDate;
import uk.scrutiny.domain.model.Required;

/**
 * What democratic services' recommendations tracker shows: one committee's recommendations or every committee's,
 * of one status, of one RAG rating (or those not rated yet). A criterion left null does not filter.
 *
 * @param today the council's today, which says which executive responses are overdue
 */
public record TrackerFilter(Long committeeId, Status status, Rating rating, LocalDate today) {

    /** Where a recommendation is on its way from the committee to completion. */
    public enum Status {
        /** No executive response yet. */
        AWAITING,
        /** No executive response yet, and it was due before today. */
        OVERDUE,
        /** Accepted in full or in part, not achieved yet. */
        MONITORING,
        ACHIEVED,
        REJECTED
    }

    /** The latest RAG rating of an accepted recommendation, or none given yet. */
    public enum Rating {
        RED, AMBER, GREEN, NONE_YET;

        /** The RAG status this rating stands for; null for none yet. */
        public RagStatus ragStatus() {
            return this == NONE_YET ? null : RagStatus.valueOf(name());
        }
    }

    public TrackerFilter {
        Required.value(today, "today", "Today is required.");
    }
}
