package uk.scrutiny.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * Deadlines for any meeting date, for planning a meeting that is not yet in the calendar. Public: the dates
 * follow from the published rules and the public calendar, and officers plan with them before they sign in.
 */
@Path("/deadlines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class DeadlinesResource {

    /** The deadlines of a meeting, each date with the steps that explain it. */
    @Schema(name = "MeetingDeadlines")
    public record DeadlinesView(LocalDate meetingDate, LocalDate publicationDate, LocalDate officerResponseDue,
            List<String> warnings, Explanation explanation) {

        static DeadlinesView of(MeetingDeadlines deadlines) {
            return new DeadlinesView(deadlines.meetingDate(), deadlines.publicationDate(),
                    deadlines.officerResponseDue(), deadlines.warnings(),
                    new Explanation(deadlines.publication().steps(), deadlines.officerResponse().steps()));
        }
    }

    /** How each date was reached: which days were counted or skipped, and why. */
    @Schema(name = "DeadlineExplanation")
    public record Explanation(List<String> publicationDate, List<String> officerResponseDue) {
    }

    @Inject
    CouncilCalendar calendar;

    @GET
    @SecurityRequirements
    @Operation(summary = "Publication date and officer response due date for a meeting on a given date",
            description = "Uses the council's deadline rules and working-day calendar (bank holidays of England and"
                    + " Wales and the council's closures). Dates in years whose bank holidays are not yet known carry"
                    + " a warning.")
    @APIResponse(responseCode = "200", description = "The deadlines", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlinesView.class),
            examples = @ExampleObject(name = "15 January 2026", value = "{\"meetingDate\":\"2026-01-15\","
                    + "\"publicationDate\":\"2026-01-07\",\"officerResponseDue\":\"2025-12-30\",\"warnings\":[]}")))
    @APIResponse(responseCode = "400", description = "meetingDate missing or not a date", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadlinesView deadlines(@Parameter(description = "the meeting's date, YYYY-MM-DD", required = true,
            example = "2026-01-27") @QueryParam("meetingDate") String meetingDate) {
        LocalDate date = Parameters.requiredDate("meetingDate", meetingDate);
        return DeadlinesView.of(calendar.deadlines().deadlinesFor(date));
    }
}
