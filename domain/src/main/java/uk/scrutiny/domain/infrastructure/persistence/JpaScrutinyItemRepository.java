package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;

@ApplicationScoped
public class JpaScrutinyItemRepository implements ScrutinyItemRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<ScrutinyItem> find(long id) {
        return Optional.ofNullable(em.find(ScrutinyItem.class, id));
    }

    @Override
    public List<ScrutinyItem> findByCommittee(long committeeId) {
        return em.createQuery("select i from ScrutinyItem i left join fetch i.targetMeeting"
                        + " where i.committee.id = :committee order by i.id", ScrutinyItem.class)
                .setParameter("committee", committeeId).getResultList();
    }

    @Override
    public void store(ScrutinyItem item) {
        if (item.id() == null) {
            em.persist(item);
            // Identity columns are assigned on insert; flush so the caller can use the id at once.
            em.flush();
        } else {
            em.merge(item);
        }
    }

    @Override
    public long count() {
        return em.createQuery("select count(i) from ScrutinyItem i", Long.class).getSingleResult();
    }
}
