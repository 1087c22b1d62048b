package uk.scrutiny.web.pages.democratic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.lifecycle.Commands;

/**
 * The triage of a red flag as a form (/democratic/triage-form.xhtml): democratic services triage on their item
 * page and the chair on theirs (DOMAIN.md: the chair triages with democratic services), with the same decisions,
 * the same checks and the same words, so a red flag is decided alike whoever decides it.
 */
public final class TriageForm {

    /** The service's fields, as a refusal names them, and the form's fields they are shown on. */
    public static final Map<String, String> FIELDS = Map.of("decision", "decision", "reason", "triageReason",
            "reviewOn", "reviewOn-day", "meetingId", "meeting", "meeting", "meeting");

    private TriageForm() {
    }

    public static List<TriageDecision> decisions() {
        return Arrays.asList(TriageDecision.values());
    }

    /**
     * The command the form asks for, or null after recording against each field what is missing: a decision; the
     * review date to monitor; the meeting of a report; the reason for no further action.
     */
    public static Commands.Triage read(FormErrors errors, String decision, String reason, String reviewDay,
            String reviewMonth, String reviewYear, String meeting) {
        TriageDecision chosen = decisions().stream().filter(d -> d.name().equals(decision)).findFirst().orElse(null);
        if (chosen == null) {
            errors.add("decision", "Select what to do with the red flag");
        }
        LocalDate reviewOn = null;
        if (chosen == TriageDecision.MONITOR) {
            reviewOn = DateFields.read(errors, "reviewOn", "the review date", reviewDay, reviewMonth, reviewYear);
        }
        Long meetingId = null;
        if (chosen == TriageDecision.REPORT) {
            meetingId = FormRequests.id(meeting);
            if (meetingId == null) {
                errors.add("meeting", "Select the meeting the report is to go to");
            }
        }
        if (chosen == TriageDecision.NO_FURTHER_ACTION && FormRequests.blank(reason)) {
            errors.add("triageReason", "Enter the reason for taking no further action");
        }
        if (errors.isPresent()) {
            return null;
        }
        return new Commands.Triage(chosen, FormRequests.blank(reason) ? null : reason.strip(), reviewOn, meetingId);
    }

    /** What the page says once the red flag is triaged. */
    public static String done(Commands.Triage command) {
        return "The red flag has been triaged: " + command.decision().name().replace('_', ' ').toLowerCase() + ".";
    }

    /** Meetings of the committee from the start of last municipal year: what triage can report to. */
    public static List<Meeting> meetings(CommitteeRepository committees, long committeeId, LocalDate today) {
        int year = today.getMonthValue() >= 5 ? today.getYear() : today.getYear() - 1;
        return committees.findMeetings(committeeId, LocalDate.of(year - 1, 5, 1), null).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
    }

    public static String meetingLabel(Meeting m, LocalDate today) {
        return Days.format(m.date()) + (m.date().isBefore(today) ? " (held)" : "");
    }
}
