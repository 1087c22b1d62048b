package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.model.programme.WorkProgramme;
import uk.scrutiny.domain.model.programme.WorkProgrammeRepository;

@ApplicationScoped
public class JpaWorkProgrammeRepository implements WorkProgrammeRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<WorkProgramme> find(long id) {
        return Optional.ofNullable(em.find(WorkProgramme.class, id));
    }

    @Override
    public Optional<WorkProgramme> findFor(long committeeId, MunicipalYear year) {
        return em.createQuery("select p from WorkProgramme p where p.committee.id = :committee"
                        + " and p.municipalYear = :year", WorkProgramme.class)
                .setParameter("committee", committeeId).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<WorkProgramme> findByCommittee(long committeeId) {
        return em.createQuery("select p from WorkProgramme p where p.committee.id = :committee"
                        + " order by p.municipalYear desc", WorkProgramme.class)
                .setParameter("committee", committeeId).getResultList();
    }

    @Override
    public void store(WorkProgramme programme) {
        Aggregates.store(em, programme, programme.id());
    }
}
