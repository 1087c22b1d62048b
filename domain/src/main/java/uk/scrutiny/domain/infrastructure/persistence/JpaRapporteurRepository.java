package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.rapporteur.RapporteurAssignment;
import uk.scrutiny.domain.model.rapporteur.RapporteurRepository;

@ApplicationScoped
public class JpaRapporteurRepository implements RapporteurRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<RapporteurAssignment> find(long id) {
        return Optional.ofNullable(em.find(RapporteurAssignment.class, id));
    }

    @Override
    public void store(RapporteurAssignment assignment) {
        Aggregates.store(em, assignment, assignment.id());
    }

    @Override
    public List<RapporteurAssignment> findActiveForCommittee(long committeeId, LocalDate on) {
        return em.createQuery("select a from RapporteurAssignment a join fetch a.member m"
                        + " where m.committee.id = :committee and a.assignedOn <= :on"
                        + " and (a.endedOn is null or a.endedOn >= :on) order by m.name, a.id",
                        RapporteurAssignment.class)
                .setParameter("committee", committeeId).setParameter("on", on).getResultList();
    }

    @Override
    public List<RapporteurAssignment> findForDataSource(long dataSourceId) {
        return em.createQuery("select a from RapporteurAssignment a where a.dataSource.id = :source"
                        + " order by a.assignedOn desc, a.id desc", RapporteurAssignment.class)
                .setParameter("source", dataSourceId).getResultList();
    }

    @Override
    public List<RapporteurAssignment> findForMember(long committeeMemberId) {
        return em.createQuery("select a from RapporteurAssignment a where a.member.id = :member"
                        + " order by a.assignedOn desc, a.id desc", RapporteurAssignment.class)
                .setParameter("member", committeeMemberId).getResultList();
    }
}
