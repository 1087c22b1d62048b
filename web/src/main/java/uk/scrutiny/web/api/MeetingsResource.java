package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.people.Role;
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

    /** A meeting democratic services add to a committee's calendar. */
    @Schema(name = "NewMeeting")
    public static class NewMeeting {
        @NotNull(message = "committeeId is required.")
        @Positive(message = "committeeId must be a positive id.")
        public Long committeeId;
        @NotBlank(message = "date is required: YYYY-MM-DD, today or later.")
        @Schema(example = "2027-03-16")
        public String date;
        @Schema(description = "HH:MM, 24-hour clock", example = "18:00")
        public String startTime;
        @Size(max = 300, message = "venue must be 300 characters or fewer.")
        public String venue;
    }

    @Inject
    CouncilCalendar calendar;

    @Context
    UriInfo uriInfo;

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

    /**
     * Democratic services add a meeting to a committee's calendar, so items can be scheduled for it or deferred to
     * it. Only meetings still to come: a meeting already held is a matter of record, not of planning.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DEMOCRATIC_SERVICES_NAME)
    @Transactional(Transactional.TxType.REQUIRED)
    @Operation(summary = "Schedule a meeting of a committee (democratic services), today or later")
    @APIResponse(responseCode = "201", description = "the meeting with its deadlines")
    public Response schedule(@Valid @NotNull(message = "The body is required.") NewMeeting body) {
        Committee committee = committees.find(body.committeeId).orElseThrow(() -> new DomainRuleViolation(
                "committeeId", "No committee has id " + body.committeeId + "."));
        LocalDate date = Parameters.requiredDate("date", body.date);
        if (date.isBefore(LocalDate.now(ZoneId.of("Europe/London")))) {
            throw new DomainRuleViolation("date", "A meeting is scheduled for today or later; " + date
                    + " has passed.");
        }
        if (!committees.findMeetings(committee.id(), date, date).isEmpty()) {
            throw new DomainRuleViolation("date", "The committee already meets on " + date + ".");
        }
        LocalTime time = null;
        if (body.startTime != null && !body.startTime.isBlank()) {
            try {
                time = LocalTime.parse(body.startTime.strip());
            } catch (DateTimeParseException e) {
                throw new BadParameter("startTime", "startTime must be a time as HH:MM.");
            }
        }
        Meeting meeting = new Meeting(committee, date, time, body.venue);
        committees.store(meeting);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build())
                .entity(MeetingView.of(meeting, calendar.deadlines())).build();
    }
}
