package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.AgendaReadiness;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.programme.MunicipalYear;

/**
 * The work programme planner of democratic services: a committee's meetings in a municipal year, each with its
 * deadlines (as dates and working days left, with how they were worked out) and the items on its agenda, every
 * stage included, with how ready each is and a way to move it to another meeting.
 */
@Named
@RequestScoped
public class PlannerPage extends DemocraticServicesPage {

    /** An item on an agenda, with the earliest due date of its open requests. */
    public record PlannedItem(ScrutinyItem item, AgendaReadiness readiness, LocalDate nextDue) {
    }

    /** A meeting with its deadlines and agenda. */
    public record MeetingRow(Meeting meeting, MeetingDeadlines deadlines, List<PlannedItem> items) {
    }

    private static final Set<Stage> MOVABLE = EnumSet.of(Stage.SCOPING, Stage.REQUEST_ISSUED,
            Stage.RESPONSE_REVIEW, Stage.PUBLISHED);

    @Inject
    CommitteeRepository committees;

    @Inject
    DeadlineQueries queries;

    private String committee;
    private String year;
    private List<Committee> all;
    private Committee selected;
    private MunicipalYear municipalYear;
    private final List<MeetingRow> meetings = new ArrayList<>();
    private List<ScrutinyItem> unscheduled = List.of();

    @Transactional(Transactional.TxType.SUPPORTS)
    @Override
    public void load() {
        LocalDate today = today();
        DeadlineCalculator deadlines = deadlines();
        all = committees.findAll();
        selected = all.stream().filter(c -> String.valueOf(c.id()).equals(committee)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        municipalYear = parseYear(year).map(MunicipalYear::startingIn).orElse(MunicipalYear.of(today));
        if (selected == null) {
            return;
        }
        Map<Long, MeetingRow> rows = new LinkedHashMap<>();
        for (Meeting meeting : committees.findMeetings(selected.id(), municipalYear.startDate(),
                municipalYear.endDate())) {
            if (meeting.status() != MeetingStatus.CANCELLED) {
                rows.put(meeting.id(), new MeetingRow(meeting, deadlines.deadlinesFor(meeting.date()),
                        new ArrayList<>()));
            }
        }
        for (ScrutinyItem item : queries.programmeItems(selected.id(), municipalYear.startDate(),
                municipalYear.endDate())) {
            MeetingRow row = rows.get(item.targetMeeting().id());
            if (row != null) {
                LocalDate nextDue = item.requests().stream().filter(r -> r.status().awaitsOfficer())
                        .map(InformationRequest::due).min(LocalDate::compareTo).orElse(null);
                row.items().add(new PlannedItem(item, AgendaReadiness.of(item,
                        row.deadlines().officerResponseDue(), today), nextDue));
            }
        }
        meetings.addAll(rows.values());
        unscheduled = queries.unscheduledOpenItems(selected.id());
    }

    private static Optional<Integer> parseYear(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether to offer "move to another meeting": an item being prepared for a meeting still to come. A hint
     * only; the lifecycle decides when the form is sent.
     */
    public boolean movable(ScrutinyItem item) {
        return MOVABLE.contains(item.stage()) && item.targetMeeting() != null
                && item.targetMeeting().status() != MeetingStatus.HELD
                && !item.targetMeeting().date().isBefore(today());
    }

    public List<Integer> getYears() {
        int now = MunicipalYear.of(today()).startYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    public String yearLabel(int startYear) {
        return MunicipalYear.startingIn(startYear).label();
    }

    public List<Committee> getCommittees() { return all; }
    public Committee getSelected() { return selected; }
    public MunicipalYear getMunicipalYear() { return municipalYear; }
    public List<MeetingRow> getMeetings() { return meetings; }
    public List<ScrutinyItem> getUnscheduled() { return unscheduled; }
    public String getCommitteeChoice() { return selected == null ? null : String.valueOf(selected.id()); }
    public void setCommitteeChoice(String ignored) { /* sent by GET, read through the committee parameter */ }
    public String getYearChoice() { return String.valueOf(municipalYear.startYear()); }
    public void setYearChoice(String ignored) { /* as for the committee */ }
    public String getCommittee() { return committee; }
    public void setCommittee(String v) { committee = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
}
