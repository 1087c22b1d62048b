package uk.scrutiny.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.service.CouncilCalendar;

@Path("/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingsResource {

    /** A meeting with the deadlines that follow from its date under the council's rules. */
    @Schema(name = "Meeting")
    public record MeetingView(long id, long committeeId, String committee, LocalDate date, LocalTime startTime,
            String venue, String status, LocalDate publicationDate, LocalDate officerResponseDue,
            List<String> deadlineWarnings) {
        static MeetingView of(Meeting m, DeadlineCalculator deadlines) {
            MeetingDeadlines computed = deadlines.deadlinesFor(m.date());
            return new MeetingView(m.id(), m.committee().id(), m.committee().name(), m.date(), m.startTime(),
                    m.venue(), m.status().name().toLowerCase(), computed.publicationDate(),
                    computed.officerResponseDue(), computed.warnings());
        }
    }

    @Inject
    CommitteeRepository committees;

    @Inject
    CouncilCalendar calendar;

    @GET
    @Operation(summary = "Meetings in date order, optionally of one committee and within dates")
    public List<MeetingView> list(
            @Parameter(description = "committee id") @QueryParam("committee") String committee,
            @Parameter(description = "first date, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "last date, YYYY-MM-DD") @QueryParam("to") String to) {
        Long committeeId = Parameters.optionalId("committee", committee);
        LocalDate fromDate = Parameters.optionalDate("from", from);
        LocalDate toDate = Parameters.optionalDate("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new BadParameter("to", "to must not be before from.");
        }
        DeadlineCalculator deadlines = calendar.deadlines();
        return committees.findMeetings(committeeId, fromDate, toDate).stream()
                .map(m -> MeetingView.of(m, deadlines)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting")
    public MeetingView get(@PathParam("id") String id) {
        Long meetingId = Parameters.optionalId("id", id);
        return committees.findMeeting(meetingId).map(m -> MeetingView.of(m, calendar.deadlines()))
                .orElseThrow(() -> new NoSuchResource("No meeting has id " + meetingId + "."));
    }
}
