package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.model.recommendation.TrackerFilter;

@ApplicationScoped
public class JpaRecommendationRepository implements RecommendationRepository {

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<Recommendation> find(long id) {
        return Optional.ofNullable(em.find(Recommendation.class, id));
    }

    @Override
    public List<Recommendation> findByItem(long itemId) {
        return em.createQuery("select r from Recommendation r where r.item.id = :item order by r.madeOn, r.id",
                Recommendation.class).setParameter("item", itemId).getResultList();
    }

    @Override
    public List<Recommendation> findByDeepDive(long deepDiveId) {
        return em.createQuery("select r from Recommendation r where r.deepDive.id = :deepDive"
                        + " order by r.madeOn, r.id", Recommendation.class)
                .setParameter("deepDive", deepDiveId).getResultList();
    }

    @Override
    public List<Recommendation> findAwaitingExecutiveResponse() {
        return em.createQuery("select r from Recommendation r where r.executiveResponse.decision is null"
                + " order by r.executiveResponseDue, r.id", Recommendation.class).getResultList();
    }

    @Override
    public List<Recommendation> findAwaitingExecutiveResponseDueBefore(LocalDate day) {
        return em.createQuery("select r from Recommendation r where r.executiveResponse.decision is null"
                        + " and r.executiveResponseDue < :day order by r.executiveResponseDue, r.id",
                        Recommendation.class)
                .setParameter("day", day).getResultList();
    }

    @Override
    public List<Recommendation> search(Long committeeId, String decisionMakerPart, RagStatus rag, Boolean overdue,
            LocalDate today) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (committeeId != null) {
            where.append(" and i.committee.id = :committee");
            parameters.put("committee", committeeId);
        }
        if (decisionMakerPart != null) {
            // What the user typed is matched as text: their % or _ is not a wildcard.
            where.append(" and lower(r.decisionMaker) like :maker escape '!'");
            parameters.put("maker", "%" + decisionMakerPart.strip().toLowerCase(Locale.ENGLISH)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (rag != null) {
            where.append(" and r.ragStatus = :rag");
            parameters.put("rag", rag);
        }
        if (overdue != null) {
            // Overdue: no response yet and the due date has passed (Recommendation#isExecutiveResponseOverdue).
            where.append(overdue ? " and (r.executiveResponse.decision is null and r.executiveResponseDue < :today)"
                    : " and (r.executiveResponse.decision is not null or r.executiveResponseDue >= :today)");
            parameters.put("today", today);
        }
        var query = em.createQuery("select r from Recommendation r join fetch r.item i join fetch i.committee"
                + where + " order by r.executiveResponseDue, r.id", Recommendation.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public List<Recommendation> findBeingMonitored(long committeeId) {
        List<Recommendation> monitored = em.createQuery("select r from Recommendation r"
                        + " where r.item.committee.id = :committee and r.executiveResponse.decision in :monitored"
                        + " and r.achievedOn is null order by r.executiveResponseDue, r.id", Recommendation.class)
                .setParameter("committee", committeeId)
                .setParameter("monitored", List.of(ExecutiveDecision.ACCEPTED, ExecutiveDecision.PARTLY_ACCEPTED))
                .getResultList();
        // A monitoring report leads with what is going wrong: red, then amber, then those without an update yet.
        return monitored.stream().sorted(Comparator.comparingInt(JpaRecommendationRepository::urgency)).toList();
    }

    private static int urgency(Recommendation recommendation) {
        RagStatus status = recommendation.ragStatus();
        return status == RagStatus.RED ? 0 : status == RagStatus.AMBER ? 1 : 2;
    }

    @Override
    public List<Recommendation> track(TrackerFilter filter, int first, int max) {
        // Overdue first, then the others: two ordered queries, so the order is the same on every database.
        long overdue = filter.status() == null || filter.status() == TrackerFilter.Status.OVERDUE
                || filter.status() == TrackerFilter.Status.AWAITING ? countTracked(filter, true) : 0;
        List<Recommendation> page = new ArrayList<>();
        if (first < overdue) {
            page.addAll(tracked(filter, true, first, max));
        }
        if (page.size() < max && filter.status() != TrackerFilter.Status.OVERDUE) {
            page.addAll(tracked(filter, false, (int) Math.max(0, first - overdue), max - page.size()));
        }
        return page;
    }

    @Override
    public long countTracked(TrackerFilter filter) {
        return countTracked(filter, null);
    }

    @Override
    public Map<Long, Integer> numbersWithinItems(Collection<Long> itemIds) {
        Map<Long, Integer> numbers = new HashMap<>();
        if (itemIds.isEmpty()) {
            return numbers;
        }
        Map<Long, Integer> counted = new HashMap<>();
        for (Object[] row : em.createQuery("select r.id, r.item.id from Recommendation r where r.item.id in :items"
                + " order by r.madeOn, r.id", Object[].class).setParameter("items", List.copyOf(itemIds))
                .getResultList()) {
            numbers.put((Long) row[0], counted.merge((Long) row[1], 1, Integer::sum));
        }
        return numbers;
    }

    private List<Recommendation> tracked(TrackerFilter filter, boolean overdue, int first, int max) {
        // The page's ids first, sorted from the recommendations' own narrow columns, then only those recommendations
        // with their items: sorting every match together with its item's row to keep 25 of them was most of the
        // tracker's time.
        Map<String, Object> parameters = new HashMap<>();
        var page = em.createQuery("select r.id from Recommendation r" + trackerFrom(filter)
                + trackerWhere(filter, overdue, parameters)
                + " order by r.executiveResponseDue, r.item.id, r.madeOn, r.id", Long.class);
        parameters.forEach(page::setParameter);
        List<Long> ids = page.setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Recommendation> byId = new HashMap<>();
        for (Recommendation r : em.createQuery("select r from Recommendation r join fetch r.item i"
                        + " join fetch i.committee where r.id in :ids", Recommendation.class)
                .setParameter("ids", ids).setHint("eclipselink.batch", "r.updates")
                .setHint("eclipselink.batch.type", "IN").getResultList()) {
            byId.put(r.id(), r);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private long countTracked(TrackerFilter filter, Boolean overdue) {
        Map<String, Object> parameters = new HashMap<>();
        var query = em.createQuery("select count(r) from Recommendation r" + trackerFrom(filter)
                + trackerWhere(filter, overdue, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The item is joined only to filter by its committee: counting every recommendation needs none of it. */
    private static String trackerFrom(TrackerFilter filter) {
        return filter.committeeId() == null ? "" : " join r.item i";
    }

    /** The filter as a where clause; {@code overdue} true or false splits the executive responses overdue off. */
    private static String trackerWhere(TrackerFilter filter, Boolean overdue, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.committeeId() != null) {
            where.append(" and i.committee.id = :committee");
            parameters.put("committee", filter.committeeId());
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case AWAITING -> " and r.executiveResponse.decision is null";
                case OVERDUE -> " and r.executiveResponse.decision is null and r.executiveResponseDue < :today";
                case MONITORING -> " and r.executiveResponse.decision in :monitored and r.achievedOn is null";
                case ACHIEVED -> " and r.achievedOn is not null";
                case REJECTED -> " and r.executiveResponse.decision = :rejected";
            });
            if (filter.status() == TrackerFilter.Status.OVERDUE) {
                parameters.put("today", filter.today());
            } else if (filter.status() == TrackerFilter.Status.MONITORING) {
                parameters.put("monitored", List.of(ExecutiveDecision.ACCEPTED, ExecutiveDecision.PARTLY_ACCEPTED));
            } else if (filter.status() == TrackerFilter.Status.REJECTED) {
                parameters.put("rejected", ExecutiveDecision.REJECTED);
            }
        }
        if (filter.rating() != null) {
            if (filter.rating() == TrackerFilter.Rating.NONE_YET) {
                where.append(" and r.ragStatus is null");
            } else {
                where.append(" and r.ragStatus = :rag");
                parameters.put("rag", filter.rating().ragStatus());
            }
        }
        if (overdue != null) {
            // Overdue: no response yet and the due date has passed (Recommendation#isExecutiveResponseOverdue).
            where.append(overdue ? " and (r.executiveResponse.decision is null and r.executiveResponseDue < :today)"
                    : " and (r.executiveResponse.decision is not null or r.executiveResponseDue >= :today)");
            parameters.put("today", filter.today());
        }
        return where.toString();
    }

    @Override
    public void store(Recommendation recommendation) {
        Aggregates.store(em, recommendation, recommendation.id());
    }
}
