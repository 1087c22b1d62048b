package uk.scrutiny.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * A committee's work programme for one municipal year (May to May): its meetings in date order, each with its
 * deadlines and the items on its agenda, then the items not yet given a meeting. What any member of the public may
 * read: titles, types and stages, nothing in draft.
 */
@Named
@RequestScoped
public class WorkProgrammePage {

    /**
     * One meeting of the programme with its deadlines and items, as the page shows them: worked out once here, so
     * the page reads properties rather than calling methods for every row.
     */
    public record MeetingRow(long id, String date, String publicationDate, String officerResponseDue,
            List<ItemRow> items) {
    }

    /** An item of the programme: its title, and its type and stage in words. */
    public record ItemRow(String title, String type, String stage) {

        static ItemRow of(DeadlineQueries.ProgrammeEntry entry) {
            return new ItemRow(entry.title(), words(entry.type().name()), words(entry.stage().name()));
        }
    }

    @Inject
    CommitteeRepository committees;

    /**
     * Red flags not yet triaged (or dropped at triage) are the committee's working material, not its programme:
     * the public sees an item once the committee has taken it on.
     */
    private static final Set<Stage> NOT_YET_ON_THE_PROGRAMME = EnumSet.of(Stage.RED_FLAG,
            Stage.BACKGROUND_ENQUIRIES, Stage.TRIAGE, Stage.NO_FURTHER_ACTION);

    @Inject
    DeadlineQueries programme;

    @Inject
    SecurityContext security;

    @Inject
    CouncilCalendar calendar;

    Clock clock = Clock.systemDefaultZone();

    private String committee;
    private String year;
    private List<Committee> all;
    private Committee selected;
    private int municipalYear;
    private List<MeetingRow> meetings;
    private List<ItemRow> unscheduled;

    @Transactional(Transactional.TxType.SUPPORTS)
    public void load() {
        all = committees.findAll();
        selected = all.stream().filter(c -> String.valueOf(c.id()).equals(committee)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        municipalYear = parseYear(year).orElse(municipalYear(LocalDate.now(clock)));
        meetings = new ArrayList<>();
        unscheduled = new ArrayList<>();
        if (selected == null) {
            return;
        }
        LocalDate from = LocalDate.of(municipalYear, 5, 1);
        LocalDate to = LocalDate.of(municipalYear + 1, 4, 30);
        Map<Long, MeetingRow> rows = new LinkedHashMap<>();
        DeadlineCalculator deadlines = calendar.deadlines();
        for (Meeting meeting : committees.findMeetings(selected.id(), from, to)) {
            MeetingDeadlines due = deadlines.deadlinesFor(meeting.date());
            rows.put(meeting.id(), new MeetingRow(meeting.id(), format(meeting.date()), format(due.publicationDate()),
                    format(due.officerResponseDue()), new ArrayList<>()));
        }
        boolean signedIn = security.getCallerPrincipal() != null;
        for (DeadlineQueries.ProgrammeEntry item : programme.workProgramme(selected.id(), rows.keySet())) {
            if (!signedIn && NOT_YET_ON_THE_PROGRAMME.contains(item.stage())) {
                continue;
            }
            if (item.meetingId() == null) {
                unscheduled.add(ItemRow.of(item));
            } else if (rows.containsKey(item.meetingId())) {
                rows.get(item.meetingId()).items().add(ItemRow.of(item));
            }
        }
        meetings.addAll(rows.values());
    }

    private static java.util.Optional<Integer> parseYear(String value) {
        try {
            return value == null ? java.util.Optional.empty() : java.util.Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The municipal year runs from the annual meeting in May and is named by the year it starts. */
    static int municipalYear(LocalDate date) {
        return date.getMonthValue() >= 5 ? date.getYear() : date.getYear() - 1;
    }

    /** One choice of a select list. */
    public record Option(String value, String label) {
    }

    /** The committees to choose from, as read once by {@link #load()}. */
    public List<Option> getCommittees() {
        return all.stream().map(c -> new Option(String.valueOf(c.id()), c.name())).toList();
    }

    /** The municipal years offered: five back, one ahead, latest first. */
    public List<Option> getYears() {
        int now = municipalYear(LocalDate.now(clock));
        return IntStream.rangeClosed(now - 5, now + 1).boxed().sorted((a, b) -> b - a)
                .map(y -> new Option(String.valueOf(y), yearLabel(y))).toList();
    }

    static String yearLabel(int startYear) {
        return startYear + " to " + (startYear + 1);
    }

    /** The municipal year shown, "2026 to 2027". */
    public String getYearLabel() {
        return yearLabel(municipalYear);
    }

    /** The committee shown, or null when there is none. */
    public String getSelectedName() {
        return selected == null ? null : selected.name();
    }

    /** The committee shown, as the select list's value. */
    public String getCommitteeChoice() {
        return selected == null ? null : String.valueOf(selected.id());
    }

    public void setCommitteeChoice(String ignored) {
        // The form is sent by GET and read through the committee parameter.
    }

    public String getYearChoice() {
        return String.valueOf(municipalYear);
    }

    public void setYearChoice(String ignored) {
        // As for the committee.
    }

    public String format(LocalDate date) {
        return DisplayDate.format(date);
    }

    /** "Request issued" for REQUEST_ISSUED: a stage or type as people say it. */
    static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public int getMunicipalYear() {
        return municipalYear;
    }

    public List<MeetingRow> getMeetings() {
        return meetings;
    }

    public List<ItemRow> getUnscheduled() {
        return unscheduled;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
