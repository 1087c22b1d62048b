package uk.scrutiny.domain.model.programme;

import java.util.List;
import java.util.Optional;

public interface WorkProgrammeRepository {

    Optional<WorkProgramme> find(long id);

    /** The programme of a committee for a municipal year; there is at most one. */
    Optional<WorkProgramme> findFor(long committeeId, MunicipalYear year);

    /** Newest year first. */
    List<WorkProgramme> findByCommittee(long committeeId);

    void store(WorkProgramme programme);
}
