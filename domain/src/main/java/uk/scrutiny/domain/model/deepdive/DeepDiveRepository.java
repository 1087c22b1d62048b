package uk.scrutiny.domain.model.deepdive;

import java.util.List;
import java.util.Optional;

public interface DeepDiveRepository {

    Optional<DeepDive> find(long id);

    /** The deep dive into an item; an item has at most one. */
    Optional<DeepDive> findForItem(long itemId);

    /** Deep dives of a committee's items still without a final report, oldest first. */
    List<DeepDive> findInProgress(long committeeId);

    void store(DeepDive deepDive);
}
