package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.scrutiny.domain.model.item.ExtensionDecision;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.Question;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;

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
    public List<ScrutinyItem> findByCommitteeAndStage(long committeeId, Stage stage) {
        return em.createQuery("select i from ScrutinyItem i where i.committee.id = :committee and i.stage = :stage"
                        + " order by i.createdAt, i.id", ScrutinyItem.class)
                .setParameter("committee", committeeId).setParameter("stage", stage).getResultList();
    }

    @Override
    public List<ScrutinyItem> findByStage(Stage stage) {
        return em.createQuery("select i from ScrutinyItem i where i.stage = :stage order by i.createdAt, i.id",
                ScrutinyItem.class).setParameter("stage", stage).getResultList();
    }

    @Override
    public List<ScrutinyItem> findByMeeting(long meetingId) {
        return em.createQuery("select i from ScrutinyItem i where i.targetMeeting.id = :meeting order by i.id",
                ScrutinyItem.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public List<ScrutinyItem> findByWorkProgramme(long workProgrammeId) {
        return em.createQuery("select i from ScrutinyItem i where i.workProgramme.id = :programme order by i.id",
                ScrutinyItem.class).setParameter("programme", workProgrammeId).getResultList();
    }

    @Override
    public Optional<ScrutinyItem> findRaisedFrom(long redFlagId) {
        return em.createQuery("select i from ScrutinyItem i where i.origin.redFlag.id = :flag order by i.id",
                ScrutinyItem.class).setParameter("flag", redFlagId).getResultStream().findFirst();
    }

    @Override
    public List<ScrutinyItem> findMonitoringDueForReview(LocalDate by) {
        return em.createQuery("select i from ScrutinyItem i where i.stage = :monitoring"
                        + " and i.triage.reviewOn <= :by order by i.triage.reviewOn, i.id", ScrutinyItem.class)
                .setParameter("monitoring", Stage.MONITORING).setParameter("by", by).getResultList();
    }

    @Override
    public List<InformationRequest> findOpenRequestsDueBefore(LocalDate day) {
        return em.createQuery("select r from InformationRequest r join fetch r.item"
                        + " where r.status = :open and r.due < :day order by r.due, r.id", InformationRequest.class)
                .setParameter("open", RequestStatus.OPEN).setParameter("day", day).getResultList();
    }

    @Override
    public List<InformationRequest> findOpenRequestsFor(long officerUserId) {
        return em.createQuery("select r from InformationRequest r join fetch r.item"
                        + " where r.officer.id = :officer and r.status = :open order by r.due, r.id",
                        InformationRequest.class)
                .setParameter("officer", officerUserId).setParameter("open", RequestStatus.OPEN).getResultList();
    }

    @Override
    public List<InformationRequest> findRequestsWithPendingExtension() {
        return em.createQuery("select r from InformationRequest r join fetch r.item where exists"
                        + " (select e from ExtensionRequest e where e.request = r and e.decision = :pending)"
                        + " order by r.due, r.id", InformationRequest.class)
                .setParameter("pending", ExtensionDecision.PENDING).getResultList();
    }

    @Override
    public List<Question> findUnansweredQuestionsFor(long userId) {
        return em.createQuery("select q from Question q join fetch q.item where q.addressedTo.id = :user"
                        + " and q.answer is null order by q.askedAt, q.id", Question.class)
                .setParameter("user", userId).getResultList();
    }

    @Override
    public void store(ScrutinyItem item) {
        Aggregates.store(em, item, item.id());
    }

    @Override
    public long count() {
        return em.createQuery("select count(i) from ScrutinyItem i", Long.class).getSingleResult();
    }
}
