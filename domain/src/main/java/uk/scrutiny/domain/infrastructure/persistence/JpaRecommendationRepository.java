package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;

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
    public void store(Recommendation recommendation) {
        Aggregates.store(em, recommendation, recommendation.id());
    }
}
