package uk.scrutiny.domain.model.recommendation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface RecommendationRepository {

    Optional<Recommendation> find(long id);

    /** In the order they were made. */
    List<Recommendation> findByItem(long itemId);

    List<Recommendation> findByDeepDive(long deepDiveId);

    /** Every recommendation still without the executive's response, earliest due first. */
    List<Recommendation> findAwaitingExecutiveResponse();

    /**
     * Recommendations without a response due before the day: with today, the overdue ones; with a later day, the
     * ones to chase. Earliest due first.
     */
    List<Recommendation> findAwaitingExecutiveResponseDueBefore(LocalDate day);

    /** Accepted or partly accepted, not yet achieved, for a committee's monitoring report; red first. */
    List<Recommendation> findBeingMonitored(long committeeId);

    /**
     * Recommendations across items, answered by the database, earliest executive response due first, each with its
     * item and the item's committee loaded. Criteria left null do not filter.
     *
     * @param decisionMakerPart part of the decision maker's name, any case
     * @param overdue true: only those whose executive response is overdue on {@code today}; false: only the others
     */
    List<Recommendation> search(Long committeeId, String decisionMakerPart, RagStatus rag, Boolean overdue,
            LocalDate today);

    /**
     * One page of the recommendations tracker: those the filter lets through, overdue executive responses first,
     * then earliest due first, by item and in the order each item's were made; each with its item and the item's
     * committee loaded, and its progress updates read with the page's others.
     *
     * @param first the position of the first one wanted, from 0
     */
    List<Recommendation> track(TrackerFilter filter, int first, int max);

    /** How many recommendations the tracker's filter lets through. */
    long countTracked(TrackerFilter filter);

    /**
     * The number of every recommendation of these items within its item (1 for the first made), by recommendation
     * id: a tracker page names "recommendation 3 of an item" without reading the item's others.
     */
    Map<Long, Integer> numbersWithinItems(Collection<Long> itemIds);

    void store(Recommendation recommendation);
}
