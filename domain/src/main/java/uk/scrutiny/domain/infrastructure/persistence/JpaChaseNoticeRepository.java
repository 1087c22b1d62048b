package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.notice.ChaseNotice;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.notice.EmailStatus;
import uk.scrutiny.domain.model.notice.NoticeKind;

@ApplicationScoped
public class JpaChaseNoticeRepository implements ChaseNoticeRepository {

    /** An escalation still standing: its request still awaits the officer, on the due date that was escalated. */
    private static final String STANDING = " where n.kind = :escalation and r.status = :open and r.due = n.due";

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public Optional<ChaseNotice> find(long id) {
        return Optional.ofNullable(em.find(ChaseNotice.class, id));
    }

    @Override
    public Optional<ChaseNotice> find(long requestId, NoticeKind kind, int thresholdDays, LocalDate due) {
        return em.createQuery("select n from ChaseNotice n where n.request.id = :request and n.kind = :kind"
                + " and n.thresholdDays = :threshold and n.due = :due", ChaseNotice.class)
                .setParameter("request", requestId).setParameter("kind", kind)
                .setParameter("threshold", thresholdDays).setParameter("due", due)
                .getResultStream().findFirst();
    }

    @Override
    public List<ChaseNotice> findByItem(long itemId) {
        return em.createQuery("select n from ChaseNotice n where n.item.id = :item order by n.createdAt, n.id",
                ChaseNotice.class).setParameter("item", itemId).getResultList();
    }

    @Override
    public List<ChaseNotice> findEmailsDue(LocalDateTime now, int limit) {
        return em.createQuery("select n from ChaseNotice n where n.emailStatus = :pending and n.emailNextTry <= :now"
                + " order by n.emailNextTry, n.id", ChaseNotice.class)
                .setParameter("pending", EmailStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ChaseNotice> findStandingEscalations(Long committeeId, int first, int max) {
        if (max < 1) {
            return List.of();
        }
        TypedQuery<ChaseNotice> query = em.createQuery("select n from ChaseNotice n join fetch n.request r"
                + " join fetch r.officer join fetch n.item i left join fetch i.targetMeeting"
                + STANDING + (committeeId == null ? "" : " and i.committee.id = :committee") + " order by n.due, n.id",
                ChaseNotice.class);
        return standing(query, committeeId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countStandingEscalations(Long committeeId) {
        // The item only when its committee is asked for: joined for nothing, Derby read every item to find the few
        // escalations rather than starting from them (V13's index on kind and due date).
        return standing(em.createQuery("select count(n) from ChaseNotice n join n.request r"
                + (committeeId == null ? STANDING : " join n.item i" + STANDING + " and i.committee.id = :committee"),
                Long.class), committeeId).getSingleResult();
    }

    /** The parameters of {@link #STANDING}, and the committee's when the query names one. */
    private static <T> TypedQuery<T> standing(TypedQuery<T> query, Long committeeId) {
        query.setParameter("escalation", NoticeKind.ESCALATION).setParameter("open", RequestStatus.OPEN);
        return committeeId == null ? query : query.setParameter("committee", committeeId);
    }

    @Override
    public void store(ChaseNotice notice) {
        if (notice.id() == null) {
            em.persist(notice);
            em.flush();
        } else {
            em.merge(notice);
        }
    }
}
