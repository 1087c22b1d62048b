package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.scrutiny.domain.model.item.ExtensionDecision;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ItemSearch;
import uk.scrutiny.domain.model.item.Question;
import uk.scrutiny.domain.model.item.RequestSearch;
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
    public List<ScrutinyItem> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from ScrutinyItem i join fetch i.committee where i.id in :ids order by i.id",
                ScrutinyItem.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<ScrutinyItem> findByCommittee(long committeeId) {
        return em.createQuery("select i from ScrutinyItem i left join fetch i.targetMeeting"
                        + " where i.committee.id = :committee order by i.id", ScrutinyItem.class)
                .setParameter("committee", committeeId).getResultList();
    }

    @Override
    public List<ScrutinyItem> findByCommitteeAndTitle(long committeeId, String title) {
        return em.createQuery("select i from ScrutinyItem i where i.committee.id = :committee and i.title = :title"
                        + " order by i.createdAt, i.id", ScrutinyItem.class)
                .setParameter("committee", committeeId).setParameter("title", title).getResultList();
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
        // The few pending extensions first, from the index on (decision, request_id), then only their requests: as
        // one statement with EXISTS, Derby joined every item to every request and then looked for extensions.
        List<Long> requestIds = em.createQuery("select distinct e.request.id from ExtensionRequest e"
                + " where e.decision = :pending", Long.class)
                .setParameter("pending", ExtensionDecision.PENDING).getResultList();
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from InformationRequest r join fetch r.item where r.id in :ids"
                        + " order by r.due, r.id", InformationRequest.class)
                .setParameter("ids", requestIds).getResultList();
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

    /**
     * Three short queries rather than one wide one: the count; the ids of the page in order; then the page's items
     * with what every summary shows fetched in the same statement. Due and updated are columns of the item's row
     * (kept by the item, see {@link ScrutinyItem#nextDue()}), so no order or filter joins requests or the timeline.
     */
    @Override
    public ItemSearch.Result search(ItemSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ScrutinyItem> counted = count.from(ScrutinyItem.class);
        count.select(cb.count(counted)).where(itemConditions(cb, counted, search));
        long total = em.createQuery(count).getSingleResult();
        if (search.firstResult() >= total) {
            return new ItemSearch.Result(List.of(), total);
        }

        CriteriaQuery<Tuple> page = cb.createTupleQuery();
        Root<ScrutinyItem> item = page.from(ScrutinyItem.class);
        List<jakarta.persistence.criteria.Selection<?>> selected = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        Expression<Long> id = item.get("id");
        selected.add(id);
        for (ItemSearch.SortKey key : search.order()) {
            Expression<?> sortedBy = switch (key.field()) {
                case DUE -> item.get("nextDue");
                case UPDATED -> item.get("updatedAt");
                case CREATED -> item.get("createdAt");
                case MEETING -> item.join("targetMeeting", JoinType.LEFT).get("date");
                case TITLE -> item.get("title");
                case STAGE -> item.get("stage");
            };
            selected.add(sortedBy);
            orders.add(key.descending() ? cb.desc(sortedBy) : cb.asc(sortedBy));
        }
        orders.add(cb.desc(id));
        page.multiselect(selected).where(itemConditions(cb, item, search)).orderBy(orders);
        List<Long> ids = em.createQuery(page).setFirstResult((int) search.firstResult())
                .setMaxResults(search.size()).getResultList().stream().map(t -> t.get(0, Long.class)).toList();
        if (ids.isEmpty()) {
            return new ItemSearch.Result(List.of(), total);
        }

        Map<Long, ScrutinyItem> byId = new HashMap<>();
        em.createQuery("select i from ScrutinyItem i join fetch i.committee left join fetch i.targetMeeting"
                        + " left join fetch i.leadOfficer where i.id in :ids", ScrutinyItem.class)
                .setParameter("ids", ids).getResultList().forEach(i -> byId.put(i.id(), i));
        List<ItemSearch.Found> found = new ArrayList<>();
        for (Long itemId : ids) {
            ScrutinyItem match = byId.get(itemId);
            if (match != null) { // deleted between the two queries
                found.add(new ItemSearch.Found(match, match.nextDue().orElse(null), match.updatedAt()));
            }
        }
        return new ItemSearch.Result(found, total);
    }

    private static Predicate[] itemConditions(CriteriaBuilder cb, Root<ScrutinyItem> item, ItemSearch search) {
        List<Predicate> conditions = new ArrayList<>();
        if (search.committeeId() != null) {
            conditions.add(cb.equal(item.get("committee").get("id"), search.committeeId()));
        }
        if (search.meetingId() != null) {
            conditions.add(cb.equal(item.get("targetMeeting").get("id"), search.meetingId()));
        }
        if (search.stage() != null) {
            conditions.add(cb.equal(item.get("stage"), search.stage()));
        }
        if (search.leadOfficer() != null) {
            conditions.add(cb.equal(item.join("leadOfficer").get("username"), search.leadOfficer()));
        }
        // The earliest open due date is before a day exactly when some open request is due before it.
        Expression<LocalDate> due = item.get("nextDue");
        if (search.overdue() != null) {
            conditions.add(search.overdue() ? cb.lessThan(due, search.today())
                    : cb.or(cb.isNull(due), cb.greaterThanOrEqualTo(due, search.today())));
        }
        if (search.dueBefore() != null) {
            conditions.add(cb.lessThan(due, search.dueBefore()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    @Override
    public RequestSearch.Result searchRequests(RequestSearch search) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.officer() != null) {
            where.append(" and r.officer.username = :officer");
            parameters.put("officer", search.officer());
        }
        if (search.committeeId() != null) {
            where.append(" and r.item.committee.id = :committee");
            parameters.put("committee", search.committeeId());
        }
        if (search.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", search.status());
        }
        if (search.overdue() != null) {
            where.append(search.overdue() ? " and (r.status = :open and r.due < :today)"
                    : " and (r.status <> :open or r.due >= :today)");
            parameters.put("open", RequestStatus.OPEN);
            parameters.put("today", search.today());
        }
        if (search.dueOnOrAfter() != null) {
            where.append(" and r.due >= :from");
            parameters.put("from", search.dueOnOrAfter());
        }
        if (search.dueOnOrBefore() != null) {
            where.append(" and r.due <= :to");
            parameters.put("to", search.dueOnOrBefore());
        }
        var count = em.createQuery("select count(r) from InformationRequest r" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (search.firstResult() >= total) {
            return new RequestSearch.Result(List.of(), total);
        }
        // The page's ids first, from the requests' own index on (due date, id), then only those requests with
        // their item, officer, committee and meeting: joining those wide rows before choosing the page made
        // Derby read and sort every match.
        var page = em.createQuery("select r.id from InformationRequest r" + where + " order by r.due, r.id",
                Long.class);
        parameters.forEach(page::setParameter);
        List<Long> ids = page.setFirstResult((int) search.firstResult()).setMaxResults(search.size())
                .getResultList();
        if (ids.isEmpty()) {
            return new RequestSearch.Result(List.of(), total);
        }
        Map<Long, InformationRequest> byId = new HashMap<>();
        em.createQuery("select r from InformationRequest r join fetch r.item i join fetch r.officer"
                        + " join fetch i.committee left join fetch i.targetMeeting where r.id in :ids",
                        InformationRequest.class)
                .setParameter("ids", ids).getResultList().forEach(r -> byId.put(r.id(), r));
        return new RequestSearch.Result(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), total);
    }
}
