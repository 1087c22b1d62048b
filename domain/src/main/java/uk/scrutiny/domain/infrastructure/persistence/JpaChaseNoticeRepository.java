package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    public List<ChaseNotice> findStandingEscalations() {
        return em.createQuery("select n from ChaseNotice n join n.request r where n.kind = :escalation"
                + " and r.status = :open and r.due = n.due order by n.due, n.id", ChaseNotice.class)
                .setParameter("escalation", NoticeKind.ESCALATION).setParameter("open", RequestStatus.OPEN)
                .getResultList();
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
