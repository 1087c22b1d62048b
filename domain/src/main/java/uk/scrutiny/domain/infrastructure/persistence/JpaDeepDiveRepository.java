package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;

@ApplicationScoped
public class JpaDeepDiveRepository implements DeepDiveRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<DeepDive> find(long id) {
        return Optional.ofNullable(em.find(DeepDive.class, id));
    }

    @Override
    public Optional<DeepDive> findForItem(long itemId) {
        return em.createQuery("select d from DeepDive d where d.item.id = :item", DeepDive.class)
                .setParameter("item", itemId).getResultStream().findFirst();
    }

    @Override
    public List<DeepDive> findInProgress(long committeeId) {
        return em.createQuery("select d from DeepDive d where d.item.committee.id = :committee"
                        + " and d.finalReportOn is null order by d.startedOn, d.id", DeepDive.class)
                .setParameter("committee", committeeId).getResultList();
    }

    @Override
    public List<ScrutinyItem> findItemsAwaitingStart(Long committeeId, int first, int max) {
        // The page's ids first, from the index of the stage alone, then only those items: ordering every item
        // awaiting its start with its whole row to keep a page of them was most of this read's time.
        TypedQuery<Long> query = em.createQuery("select i.id from ScrutinyItem i"
                + AWAITING_START + (committeeId == null ? "" : " and i.committee.id = :committee")
                + " order by i.createdAt, i.id", Long.class).setParameter("stage", Stage.DEEP_DIVE);
        if (committeeId != null) {
            query.setParameter("committee", committeeId);
        }
        List<Long> ids = query.setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ScrutinyItem> byId = new HashMap<>();
        em.createQuery("select i from ScrutinyItem i join fetch i.committee where i.id in :ids", ScrutinyItem.class)
                .setParameter("ids", ids).getResultList().forEach(item -> byId.put(item.id(), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long countItemsAwaitingStart(Long committeeId) {
        TypedQuery<Long> query = em.createQuery("select count(i) from ScrutinyItem i" + AWAITING_START
                + (committeeId == null ? "" : " and i.committee.id = :committee"), Long.class)
                .setParameter("stage", Stage.DEEP_DIVE);
        if (committeeId != null) {
            query.setParameter("committee", committeeId);
        }
        return query.getSingleResult();
    }

    private static final String AWAITING_START = " where i.stage = :stage and not exists"
            + " (select d from DeepDive d where d.item = i)";

    @Override
    public void store(DeepDive deepDive) {
        Aggregates.store(em, deepDive, deepDive.id());
    }
}
