package uk.scrutiny.domain.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import uk.scrutiny.domain.model.item.AgendaReadiness;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ItemType;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;

/**
 * Fetch joins for what the pages show. The requests' officers are a second level of fetch, which JPQL cannot
 * name, so EclipseLink's left-join-fetch hint adds them to the same statement.
 */
@ApplicationScoped
public class JpaDeadlineQueries implements DeadlineQueries {

    private static final String LEFT_FETCH = "eclipselink.left-join-fetch";
    private static final EnumSet<Stage> ENDED = EnumSet.of(Stage.CLOSED, Stage.NO_FURTHER_ACTION, Stage.WITHDRAWN);

    @PersistenceContext(unitName = "scrutiny")
    private EntityManager em;

    @Override
    public List<InformationRequest> openRequestsDueBy(LocalDate day) {
        return em.createQuery("select r from InformationRequest r join fetch r.officer join fetch r.item i"
                        + " join fetch i.committee left join fetch i.targetMeeting"
                        + " where r.status = :open and r.due <= :day order by r.due, r.id", InformationRequest.class)
                .setParameter("open", RequestStatus.OPEN).setParameter("day", day).getResultList();
    }

    @Override
    public List<ScrutinyItem> openAgendaItems(LocalDate from, LocalDate to) {
        // Duplicates (one row per request) are removed here rather than by SELECT DISTINCT, which Derby refuses
        // over long text columns.
        return List.copyOf(new LinkedHashSet<>(em.createQuery("select i from ScrutinyItem i join fetch i.targetMeeting m"
                        + " join fetch i.committee where m.date >= :from and m.date <= :to and i.stage not in :ended"
                        + " order by m.date, i.id", ScrutinyItem.class)
                .setParameter("from", from).setParameter("to", to).setParameter("ended", ENDED)
                .setHint(LEFT_FETCH, "i.requests")
                .setHint(LEFT_FETCH, "i.requests.officer")
                .getResultList()));
    }

    @Override
    public List<AgendaEntry> agendaEntries(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("select m.id, i.id, i.stage, i.publishedOn, r.status, r.due"
                + " from ScrutinyItem i join i.targetMeeting m left join i.requests r"
                + " where i.targetMeeting.id in :meetings and i.stage not in :ended"
                + " order by m.date, m.id, i.id", Object[].class)
                .setParameter("meetings", meetingIds).setParameter("ended", ENDED);
        // One row per request (one for an item with none), gathered into one entry per item, in the rows' order.
        Map<Long, Long> meetingOf = new LinkedHashMap<>();
        Map<Long, Boolean> publishedOf = new HashMap<>();
        Map<Long, List<AgendaReadiness.RequestState>> requestsOf = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            long itemId = (Long) row[1];
            Stage stage = (Stage) row[2];
            meetingOf.put(itemId, (Long) row[0]);
            publishedOf.put(itemId, row[3] != null || stage == Stage.PUBLISHED || stage == Stage.CONSIDERED);
            List<AgendaReadiness.RequestState> requests = requestsOf.computeIfAbsent(itemId, id -> new ArrayList<>());
            if (row[4] != null) {
                requests.add(new AgendaReadiness.RequestState((RequestStatus) row[4], (LocalDate) row[5]));
            }
        }
        return meetingOf.entrySet().stream().map(e -> new AgendaEntry(e.getValue(), e.getKey(),
                publishedOf.get(e.getKey()), requestsOf.get(e.getKey()))).toList();
    }

    @Override
    public List<ScrutinyItem> programmeItems(long committeeId, LocalDate from, LocalDate to) {
        return List.copyOf(new LinkedHashSet<>(em.createQuery("select i from ScrutinyItem i join fetch i.targetMeeting m"
                        + " where i.committee.id = :committee and m.date >= :from and m.date <= :to"
                        + " order by m.date, i.id", ScrutinyItem.class)
                .setParameter("committee", committeeId).setParameter("from", from).setParameter("to", to)
                .setHint(LEFT_FETCH, "i.requests")
                .setHint(LEFT_FETCH, "i.requests.officer")
                .getResultList()));
    }

    @Override
    public List<ScrutinyItem> unscheduledOpenItems(long committeeId) {
        return em.createQuery("select i from ScrutinyItem i where i.committee.id = :committee"
                        + " and i.targetMeeting is null and i.stage not in :ended order by i.createdAt, i.id",
                        ScrutinyItem.class)
                .setParameter("committee", committeeId).setParameter("ended", ENDED).getResultList();
    }

    @Override
    public List<ProgrammeEntry> workProgramme(long committeeId, Collection<Long> meetingIds) {
        List<ProgrammeEntry> programme = new ArrayList<>();
        if (!meetingIds.isEmpty()) {
            for (Object[] row : em.createQuery("select i.id, i.title, i.type, i.stage, i.targetMeeting.id"
                            + " from ScrutinyItem i where i.targetMeeting.id in :meetings and i.committee.id = :committee"
                            + " order by i.id", Object[].class)
                    .setParameter("meetings", meetingIds).setParameter("committee", committeeId).getResultList()) {
                programme.add(entry(row, (Long) row[4]));
            }
        }
        for (Object[] row : em.createQuery("select i.id, i.title, i.type, i.stage from ScrutinyItem i"
                        + " where i.committee.id = :committee and i.targetMeeting is null order by i.id", Object[].class)
                .setParameter("committee", committeeId).getResultList()) {
            programme.add(entry(row, null));
        }
        return programme;
    }

    private static ProgrammeEntry entry(Object[] row, Long meetingId) {
        return new ProgrammeEntry((Long) row[0], meetingId, (String) row[1], (ItemType) row[2], (Stage) row[3]);
    }

    @Override
    public List<ScrutinyItem> items(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The items' requests and their officers (a task names its request's officer) in one statement each for
        // the whole page, not one per item.
        return em.createQuery("select i from ScrutinyItem i join fetch i.committee left join fetch i.targetMeeting"
                + " where i.id in :ids order by i.id", ScrutinyItem.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "i.requests").setHint("eclipselink.batch", "i.requests.officer")
                .setHint("eclipselink.batch.type", "IN").getResultList();
    }
}
