package uk.scrutiny.domain.model.deepdive;

import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.item.ScrutinyItem;

public interface DeepDiveRepository {

    Optional<DeepDive> find(long id);

    /** The deep dive into an item; an item has at most one. */
    Optional<DeepDive> findForItem(long itemId);

    /** Deep dives of a committee's items still without a final report, oldest first. */
    List<DeepDive> findInProgress(long committeeId);

    /**
     * Items referred to a deep dive (at stage deep dive) whose deep dive has not started yet, oldest first: from
     * {@code first} (0 is the first), at most {@code max} of them.
     *
     * @param committeeId only this committee's items; null: every committee's
     */
    List<ScrutinyItem> findItemsAwaitingStart(Long committeeId, int first, int max);

    /** How many items {@link #findItemsAwaitingStart} would answer in all. */
    long countItemsAwaitingStart(Long committeeId);

    void store(DeepDive deepDive);
}
