package uk.scrutiny.domain.model.redflag;

import java.util.List;
import java.util.Optional;

public interface RedFlagRepository {

    Optional<RedFlag> find(long id);

    void store(RedFlag redFlag);

    /** Newest first. */
    List<RedFlag> findByCommittee(long committeeId);

    /** Newest first: what has been flagged from a source, for its rapporteur and its annual review. */
    List<RedFlag> findByDataSource(long dataSourceId);

    /** Newest first. */
    List<RedFlag> findRaisedBy(long userId);
}
