package uk.scrutiny.domain.model.deadline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.DisplayDate;

/**
 * The deadlines that follow from one meeting date: when its reports are published and when officer responses are
 * due, each with its explanation. Grouped because they are shown together (and returned together by the API as
 * {@code meetingDate}, {@code publicationDate}, {@code officerResponseDue}, {@code warnings}) and move together
 * when the meeting moves.
 */
public record MeetingDeadlines(LocalDate meetingDate, ExplainedDate publication, ExplainedDate officerResponse) {

    public MeetingDeadlines {
        Objects.requireNonNull(meetingDate, "Meeting date is required.");
        Objects.requireNonNull(publication, "Publication date is required.");
        Objects.requireNonNull(officerResponse, "Officer response due date is required.");
        if (!publication.date().isBefore(meetingDate)) {
            throw new DomainRuleViolation("publicationDate", "The publication date ("
                    + DisplayDate.format(publication.date()) + ") must be before the meeting ("
                    + DisplayDate.format(meetingDate) + ").");
        }
        if (officerResponse.date().isAfter(publication.date())) {
            throw new DomainRuleViolation("officerResponseDue", "The officer response due date ("
                    + DisplayDate.format(officerResponse.date()) + ") cannot be after the publication date ("
                    + DisplayDate.format(publication.date()) + ").");
        }
    }

    /** The day the meeting's reports are published. */
    public LocalDate publicationDate() {
        return publication.date();
    }

    /** The day officer responses are due. */
    public LocalDate officerResponseDue() {
        return officerResponse.date();
    }

    /** Every warning of both dates, each once, in order. */
    public List<String> warnings() {
        Set<String> all = new LinkedHashSet<>(publication.warnings());
        all.addAll(officerResponse.warnings());
        return List.copyOf(all);
    }
}
