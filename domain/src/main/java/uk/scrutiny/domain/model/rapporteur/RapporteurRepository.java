package uk.scrutiny.domain.model.rapporteur;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RapporteurRepository {

    Optional<RapporteurAssignment> find(long id);

    void store(RapporteurAssignment assignment);

    /** The assignments of a committee's members in force on a day. */
    List<RapporteurAssignment> findActiveForCommittee(long committeeId, LocalDate on);

    /** Everyone who has been rapporteur for a data source, most recent first. */
    List<RapporteurAssignment> findForDataSource(long dataSourceId);

    List<RapporteurAssignment> findForMember(long committeeMemberId);
}
