package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.item.RequestSearch;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.people.Role;

/**
 * Information requests across items, earliest due first: democratic services' "due in the next 10 working days"
 * and overdue lists, and an officer's own requests. Officers see only the requests addressed to them.
 */
@Path("/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME})
public class RequestsResource {

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");
    private static final int MAX_WORKING_DAYS = 260;

    private static final String EXAMPLE = """
            {"requests": [{"id": 41, "itemId": 17, "itemTitle": "Re-referrals to children's social care",
              "itemStage": "request_issued", "committeeId": 1,
              "committee": "Children's Services Overview and Scrutiny Committee", "meetingId": 12,
              "meetingDate": "2026-01-27", "officer": "officer", "officerName": "Olu Example (Lead Officer)",
              "status": "open", "due": "2026-01-12", "originalDue": "2026-01-12", "workingDaysLeft": 3,
              "dueDescription": "3 working days left", "overdue": false}],
             "page": 0, "size": 20, "total": 1, "dueBy": "2026-01-21"}""";

    @Inject
    RequestViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Information requests, earliest due first, a page at a time",
            description = "Democratic services see every request; an officer sees only their own (officer may be "
                    + "left out, or must be their own user name). dueWithinWorkingDays=10 is the \"due in the next "
                    + "10 working days\" list: requests due from today up to the 10th working day after today on "
                    + "the council's calendar (bank holidays and closures excluded). Filters combine.")
    @APIResponse(responseCode = "200", description = "one page of requests and how many match in all",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "due in the next 10 working days", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid; errors[].field names it")
    @APIResponse(responseCode = "403", description = "an officer asked for another officer's requests")
    public RequestViews.Page list(
            @Parameter(description = "user name of the officer the requests are addressed to", example = "officer")
            @QueryParam("officer") String officer,
            @Parameter(description = "committee id", example = "1") @QueryParam("committee") String committee,
            @Parameter(description = "open, responded, accepted or withdrawn", example = "open")
            @QueryParam("status") String status,
            @Parameter(description = "true: only requests still awaiting their officer after the due date; false: "
                    + "all others", example = "true") @QueryParam("overdue") String overdue,
            @Parameter(description = "only requests due from today up to this many working days ahead (0: today)",
                    example = "10") @QueryParam("dueWithinWorkingDays") String dueWithinWorkingDays,
            @Parameter(description = "page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)", example = "20") @QueryParam("size")
            String size) {
        LocalDate today = LocalDate.now(COUNCIL_ZONE);
        String officerName = ListParameters.username("officer", officer);
        if (!security.isUserInRole(Role.DEMOCRATIC_SERVICES_NAME)) {
            String me = security.getUserPrincipal().getName();
            if (officerName != null && !officerName.equals(me)) {
                throw new ForbiddenException("Officers see only the requests addressed to them.");
            }
            officerName = me;
        }
        Integer within = dueWithinWorkingDays == null || dueWithinWorkingDays.isBlank() ? null
                : ListParameters.number("dueWithinWorkingDays", dueWithinWorkingDays, 0, 0, MAX_WORKING_DAYS);
        LocalDate dueBy = within == null ? null : views.workingDaysAhead(today, within);
        RequestSearch search = RequestSearch.of(today)
                .withOfficer(officerName)
                .withCommittee(Parameters.optionalId("committee", committee))
                .withStatus(ListParameters.oneOf("status", status, RequestStatus.class))
                .withOverdue(ListParameters.yesOrNo("overdue", overdue))
                .withDueBetween(dueBy == null ? null : today, dueBy)
                .page(ListParameters.page(page), ListParameters.size(size));
        return views.list(search, dueBy);
    }
}
