package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.AgendaReadiness;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;

/**
 * How ready one meeting's agenda is: its deadlines with how each was worked out, the counts the dashboard shows for
 * it, and every open item on it with its readiness and the requests still awaited (the officer, the due date, the
 * working days left). Reached from the dashboard's coming meetings; one committee's meeting holds a handful of
 * items, so they are all listed.
 */
@Named
@RequestScoped
public class AgendaPage extends DemocraticServicesPage {

    /** An open item on the agenda, how ready it is, and the requests still awaiting their officers. */
    public record ItemRow(ScrutinyItem item, AgendaReadiness readiness, List<InformationRequest> awaited) {
    }

    @Inject
    CommitteeRepository committees;

    @Inject
    DeadlineQueries queries;

    private String meetingParameter;
    private Meeting meeting;
    private MeetingDeadlines deadlines;
    private final List<ItemRow> rows = new ArrayList<>();
    private AgendaCount count;

    /** A meeting that does not exist is a 404, with the page saying so (as for an item: see ItemWorkPage.load). */
    @Transactional
    @Override
    public void load() {
        Long id = FormRequests.id(meetingParameter);
        meeting = id == null ? null : committees.findMeeting(id).orElse(null);
        if (meeting == null) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        LocalDate today = today();
        deadlines = deadlines().deadlinesFor(meeting.date());
        Map<AgendaReadiness, Integer> byReadiness = new EnumMap<>(AgendaReadiness.class);
        // The same items the dashboard counts: open ones on this meeting's agenda.
        for (ScrutinyItem item : queries.programmeItems(meeting.committee().id(), meeting.date(), meeting.date())) {
            if (item.stage().isOpen() && meeting.id().equals(item.targetMeeting().id())) {
                AgendaReadiness readiness = AgendaReadiness.of(item, deadlines.officerResponseDue(), today);
                byReadiness.merge(readiness, 1, Integer::sum);
                rows.add(new ItemRow(item, readiness, item.requests().stream()
                        .filter(r -> r.status() == RequestStatus.OPEN).toList()));
            }
        }
        count = AgendaCount.of(byReadiness);
    }

    @Override
    public boolean isFound() {
        return meeting != null;
    }

    public Meeting getMeeting() { return meeting; }
    public MeetingDeadlines getDeadlines() { return deadlines; }
    public List<ItemRow> getRows() { return rows; }
    public AgendaCount getCount() { return count; }
    public String getMeetingParameter() { return meetingParameter; }
    public void setMeetingParameter(String v) { meetingParameter = v; }
}
