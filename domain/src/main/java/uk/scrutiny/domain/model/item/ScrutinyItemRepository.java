package uk.scrutiny.domain.model.item;

import java.util.List;
import java.util.Optional;

public interface ScrutinyItemRepository {

    Optional<ScrutinyItem> find(long id);

    List<ScrutinyItem> findByCommittee(long committeeId);

    void store(ScrutinyItem item);

    long count();
}
