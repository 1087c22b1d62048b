package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.item.ItemSearch;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.redflag.DataPoints;
import uk.scrutiny.domain.model.redflag.DataQuality;
import uk.scrutiny.domain.model.redflag.Severity;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ConcurrentChange;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.MemberRedFlags;

/**
 * Scrutiny items and their lifecycle actions. Every action answers with the item as it now stands. An action the
 * item's stage does not allow is a 409, one that is not this user's to take a 403; both bodies name the
 * {@code stage} and the {@code allowedActions}.
 */
@Path("/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scrutiny items")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class ItemsResource {

    private static final java.time.ZoneId COUNCIL_ZONE = java.time.ZoneId.of("Europe/London");

    // Examples for the OpenAPI document (/openapi); the refusals every action gives are in LifecycleResponses.
    private static final String NEW_RED_FLAG_EXAMPLE = """
            {"committeeId": 1, "dataSourceId": 3, "title": "Re-referrals rising",
             "indicator": "Re-referrals within 12 months", "severity": "HIGH",
             "whyItMatters": "Re-referrals rose for the third year running.",
             "dataQuality": {"officialStatistic": true, "dataPoints": "TREND",
                             "dataSetSize": "About 1,200 referrals a year",
                             "howCalculated": "Referrals within 12 months of a previous one, over all referrals",
                             "timeliness": "Published each autumn for the year to March",
                             "knownQualityIssues": "The case system changed in April 2024"}}""";
    private static final String REPORT_TO_A_MEETING_BODY = """
            {"decision": "REPORT", "reason": "Re-referrals rose three years running.", "meetingId": 12}""";
    private static final String MONITOR_BODY = """
            {"decision": "MONITOR", "reason": "One quarter is not a trend.", "reviewOn": "2027-03-01"}""";
    private static final String DEEP_DIVE_BODY = """
            {"decision": "DEEP_DIVE", "reason": "Needs evidence from partners and families."}""";
    private static final String BY_AN_OFFICER_BODY = """
            {"officer": "officer", "whatToFindOut": "Is the rise a recording change?"}""";
    private static final String BY_DEMOCRATIC_SERVICES_BODY = """
            {"whatToFindOut": "Is the rise a recording change?"}""";
    private static final String TODAY_BODY = """
            {}""";
    private static final String ON_A_DATE_BODY = """
            {"publishedOn": "2026-01-19"}""";
    private static final String BY_THE_CHAIR_BODY = """
            {"reason": "The Ofsted letter arrived after the publication date."}""";
    private static final String RECORDED_FOR_THE_CHAIR_BODY = """
            {"chair": "chair", "reason": "Agreed by phone: the Ofsted letter arrived late."}""";
    private static final String TO_A_LATER_MEETING_BODY = """
            {"meetingId": 14, "reason": "The service review will not report until March."}""";

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ItemViews views;

    @Inject
    MemberRedFlags redFlags;

    @Inject
    ItemListViews itemList;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise a red flag: creates the item awaiting triage by the chair and democratic services",
            description = "DOMAIN.md: items from horizon scanning start as a red flag, which triage decides on; so "
                    + "this creates the red flag and its item at stage triage, and starts its lifecycle process.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ItemRequests.NewItem.class),
            examples = @ExampleObject(name = "with the data-quality answers", value = NEW_RED_FLAG_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "the new item, with its red flag and the answers given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ItemViews.ItemView.class)))
    @APIResponse(responseCode = "422", description = "e.g. a data-quality answer too long or not one of the choices",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "dataPoints", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Unprocessable Content\",\"status\":422,\"detail\":\"dataQuality.dataPoints must "
                            + "be TREND or SINGLE_POINT.\",\"errors\":[{\"field\":\"dataQuality.dataPoints\","
                            + "\"message\":\"dataQuality.dataPoints must be TREND or SINGLE_POINT.\"}]}")))
    public Response create(@Valid @NotNull(message = "The body is required.") ItemRequests.NewItem body) {
        Commands.RaiseRedFlag command = new Commands.RaiseRedFlag(body.committeeId, body.dataSourceId, body.title,
                body.indicator, body.observation, Severity.valueOf(body.severity), body.whyItMatters);
        // The answers are checked before anything is stored, and recorded in the transaction that raises the flag.
        long id = body.dataQuality == null ? lifecycle.raiseRedFlag(command, actor())
                : redFlags.raise(command, dataQuality(body.dataQuality), actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(views.item(id, actor(), null)).build();
    }

    /** The answers as the domain keeps them; blank text is "not answered", as on the red flag form. */
    static DataQuality dataQuality(ItemRequests.DataQualityAnswers answers) {
        DataPoints points = null;
        if (answers.dataPoints != null && !answers.dataPoints.isBlank()) {
            try {
                points = DataPoints.valueOf(answers.dataPoints.strip());
            } catch (IllegalArgumentException e) {
                throw new DomainRuleViolation("dataQuality.dataPoints",
                        "dataQuality.dataPoints must be TREND or SINGLE_POINT.");
            }
        }
        return new DataQuality(answers.officialStatistic, points, answers.dataSetSize, answers.howCalculated,
                answers.timeliness, answers.knownQualityIssues);
    }

    @GET
    @Operation(summary = "Items, filtered, sorted and paged by the database; newest first unless sort says otherwise",
            description = "An item's due date is the earliest due date of its requests still awaiting their officer; "
                    + "it is overdue when that date has passed (council time). Every filter is optional and they "
                    + "combine. A bad value is a 400 problem naming the parameter.")
    @APIResponse(responseCode = "200", description = "one page of items and how many match in all")
    @APIResponse(responseCode = "400", description = "a parameter is not valid; errors[].field names it")
    public ItemListViews.Page list(
            @Parameter(description = "committee id", example = "1") @QueryParam("committee") String committee,
            @Parameter(description = "target meeting id", example = "12") @QueryParam("meeting") String meeting,
            @Parameter(description = "stage, e.g. triage or request_issued", example = "request_issued")
            @QueryParam("stage") String stage,
            @Parameter(description = "lead officer's user name", example = "officer")
            @QueryParam("leadOfficer") String leadOfficer,
            @Parameter(description = "true: only overdue items; false: only items not overdue", example = "true")
            @QueryParam("overdue") String overdue,
            @Parameter(description = "only items with a request awaiting its officer due before this date",
                    example = "2026-01-27") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "comma-separated keys: due, updated, created, meeting, title, stage; a leading "
                    + "- sorts descending. Items without a due date come after dated ones in ascending order.",
                    example = "due,-updated") @QueryParam("sort") String sort,
            @Parameter(description = "page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)", example = "20") @QueryParam("size")
            String size) {
        ItemSearch search = ItemSearch.of(LocalDate.now(COUNCIL_ZONE))
                .withCommittee(Parameters.optionalId("committee", committee))
                .withMeeting(Parameters.optionalId("meeting", meeting))
                .withStage(ListParameters.oneOf("stage", stage, Stage.class))
                .withLeadOfficer(ListParameters.username("leadOfficer", leadOfficer))
                .withOverdue(ListParameters.yesOrNo("overdue", overdue))
                .withDueBefore(Parameters.optionalDate("dueBefore", dueBefore))
                .orderedBy(ItemListViews.parseSort(sort))
                .page(ListParameters.page(page), ListParameters.size(size));
        return itemList.list(search);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item: stage, target meeting with its deadlines, requests, and the actions allowed now")
    public ItemViews.ItemView get(@PathParam("id") String id) {
        return views.readableItem(itemId(id), actor());
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Everything that happened to the item, oldest first: who, when, from and to which stage, why")
    public List<ItemViews.TimelineView> timeline(@PathParam("id") String id) {
        return views.timeline(itemId(id), actor());
    }

    @POST
    @Path("/{id}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Triage (chair or democratic services): no further action, monitor, report to a meeting, "
            + "or deep dive")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView triage(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "report to a meeting", value = REPORT_TO_A_MEETING_BODY),
                    @ExampleObject(name = "monitor", value = MONITOR_BODY),
                    @ExampleObject(name = "deep dive", value = DEEP_DIVE_BODY)}))
            @Valid @NotNull(message = "The body is required.") ItemRequests.Triage body) {
        long itemId = itemId(id);
        Commands.Triage command = new Commands.Triage(TriageDecision.valueOf(body.decision), body.reason,
                Parameters.optionalDate("reviewOn", body.reviewOn), body.meetingId);
        return changed(itemId, () -> lifecycle.triage(itemId, command, actor()));
    }

    @POST
    @Path("/{id}/start-enquiries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Before triage, ask for background enquiries (chair or democratic services)",
            description = "By the officer named, or by democratic services when none is; the item goes back for "
                    + "triage when the findings are recorded.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView startEnquiries(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "by an officer", value = BY_AN_OFFICER_BODY),
                    @ExampleObject(name = "by democratic services", value = BY_DEMOCRATIC_SERVICES_BODY)}))
            @Valid @NotNull(message = "The body is required.") ItemRequests.StartEnquiries body) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.startBackgroundEnquiries(itemId,
                new Commands.StartBackgroundEnquiries(body.officer, body.whatToFindOut), actor()));
    }

    @POST
    @Path("/{id}/record-findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the background enquiries found (the officer asked, or democratic services)")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView recordFindings(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.Findings body) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.recordBackgroundFindings(itemId, body.findings, actor()));
    }

    @POST
    @Path("/{id}/agree-kloe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add the key lines of enquiry and agree them (democratic services)")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView agreeKloe(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.AgreeKloe body) {
        long itemId = itemId(id);
        Set<StandardDataInclusion> inclusions = body.standardInclusions == null ? null
                : body.standardInclusions.stream().map(StandardDataInclusion::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(StandardDataInclusion.class)));
        List<String> warnings = new java.util.ArrayList<>();
        act(itemId, () -> warnings.addAll(lifecycle.agreeKeyLinesOfEnquiry(itemId,
                new Commands.AgreeKeyLinesOfEnquiry(body.questions, body.dataRequests, inclusions), actor())));
        return views.item(itemId, actor(), warnings);
    }

    @POST
    @Path("/{id}/issue-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue the request to one or more lead officers, due by the meeting's officer response "
            + "deadline", description = "Each officer gets a request of their own, answered, chased, extended, "
            + "handed over and reviewed on its own; the item goes on to publication once every response is accepted. "
            + "While the requests already issued are answered or reviewed, democratic services may ask a further "
            + "officer the same way (issue-request is then among the allowed actions). The body names the officers "
            + "(officers) or one officer (officer).")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView issueRequest(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.IssueRequest body) {
        long itemId = itemId(id);
        List<String> officers = new ArrayList<>();
        if (body.officer != null && !body.officer.isBlank()) {
            officers.add(body.officer);
        }
        if (body.officers != null) {
            officers.addAll(body.officers);
        }
        // An error about the officers names the member the client used: officer in the one-officer form.
        boolean oneOfficerForm = body.officers == null && !officers.isEmpty();
        return changed(itemId, () -> {
            try {
                lifecycle.issueRequest(itemId, officers, actor());
            } catch (DomainRuleViolation e) {
                throw oneOfficerForm && "officers".equals(e.field()) ? new DomainRuleViolation("officer",
                        e.getMessage()) : e;
            }
        });
    }

    @POST
    @Path("/{id}/submit-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The lead officer submits the response (only the officer the request is addressed to)")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView submitResponse(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.SubmitResponse body) {
        long itemId = itemId(id);
        Map<Integer, String> answers = new LinkedHashMap<>();
        body.answers.forEach(a -> answers.put(a.line, a.text));
        Map<StandardDataInclusion, String> notProvided = new LinkedHashMap<>();
        if (body.notProvided != null) {
            body.notProvided.forEach(n -> notProvided.put(StandardDataInclusion.valueOf(n.inclusion), n.reason));
        }
        return changedOnRequest(itemId, () -> lifecycle.submitResponse(itemId,
                new Commands.SubmitResponse(answers, notProvided), actor()));
    }

    @POST
    @Path("/{id}/accept-response")
    @Operation(summary = "Democratic services accept the officer's response",
            description = "When exactly one response waits for review; with several, 409 naming the requests (use "
                    + "/items/{id}/requests/{requestId}/accept-response).")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView acceptResponse(@PathParam("id") String id) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.acceptResponse(itemId, actor()));
    }

    @POST
    @Path("/{id}/return-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Democratic services return the response for more; the officer's task comes back",
            description = "When exactly one response waits for review; with several, 409 naming the requests (use "
                    + "/items/{id}/requests/{requestId}/return-response).")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView returnResponse(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.Reason body) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.returnResponse(itemId, body.reason, actor()));
    }

    @POST
    @Path("/{id}/requests/{requestId}/accept-response")
    @Operation(summary = "Democratic services accept the response to this request",
            description = "The item goes on to publication once the responses to all its requests are accepted.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.RESPONSE_NOT_IN_REVIEW)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "404", description = "no such item, or no such request on it")
    public ItemViews.ItemView acceptRequestResponse(@PathParam("id") String id,
            @PathParam("requestId") String requestId) {
        long itemId = itemId(id);
        long request = pathId("requestId", requestId);
        return changedOnRequest(itemId, () -> lifecycle.acceptResponse(itemId, request, actor()));
    }

    @POST
    @Path("/{id}/requests/{requestId}/return-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Democratic services return the response to this request for more",
            description = "The request's officer gets their task back; the item's other requests are not touched.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.RESPONSE_NOT_IN_REVIEW)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView returnRequestResponse(@PathParam("id") String id,
            @PathParam("requestId") String requestId,
            @Valid @NotNull(message = "The body is required.") ItemRequests.Reason body) {
        long itemId = itemId(id);
        long request = pathId("requestId", requestId);
        return changedOnRequest(itemId, () -> lifecycle.returnResponse(itemId, request, body.reason, actor()));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the report's publication (democratic services)",
            description = "By the meeting's publication date; later only for an urgent item the chair agreed "
                    + "(agree-urgent), otherwise 409.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView publish(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "today", value = TODAY_BODY),
                    @ExampleObject(name = "on a date", value = ON_A_DATE_BODY)}))
            @Valid @NotNull(message = "The body is required.") ItemRequests.Publish body) {
        long itemId = itemId(id);
        java.time.LocalDate on = Parameters.optionalDate("publishedOn", body.publishedOn);
        return changed(itemId, () -> lifecycle.publish(itemId, on, actor()));
    }

    @POST
    @Path("/{id}/agree-urgent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The chair agrees to take the item as urgent, so it may be published late",
            description = "Offered while the report awaits publication after the meeting's publication date. The "
                    + "chair sends it, or democratic services record the chair's agreement naming the chair. Then "
                    + "democratic services publish.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView agreeUrgent(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "by the chair", value = BY_THE_CHAIR_BODY),
                    @ExampleObject(name = "recorded for the chair", value = RECORDED_FOR_THE_CHAIR_BODY)}))
            @Valid @NotNull(message = "The body is required.") ItemRequests.AgreeUrgent body) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.agreeUrgent(itemId,
                new Commands.AgreeUrgent(body.chair, body.reason), actor()));
    }

    @POST
    @Path("/{id}/record-outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the committee's outcome: noted (closes), recommendations made, further report, "
            + "or referred to a deep dive")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView recordOutcome(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.Outcome body) {
        long itemId = itemId(id);
        Commands.RecordOutcome command = new Commands.RecordOutcome(Resolution.valueOf(body.resolution), body.text,
                body.furtherReportMeetingId);
        return changed(itemId, () -> lifecycle.recordOutcome(itemId, command, actor()));
    }

    @POST
    @Path("/{id}/defer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Defer the item to a later meeting of its committee, with a reason (democratic services)",
            description = "Every deadline is recomputed for the new meeting: the officer response due date of open "
                    + "requests and of the officer's task. A published report is published again for the new "
                    + "meeting. Refused (409) once the item's meeting has been held.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView defer(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "to a later meeting", value = TO_A_LATER_MEETING_BODY)}))
            @Valid @NotNull(message = "The body is required.") ItemRequests.Defer body) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.defer(itemId, new Commands.Defer(body.meetingId, body.reason),
                actor()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw the item, with a reason, from any open stage (democratic services)")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView withdraw(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") ItemRequests.Reason body) {
        long itemId = itemId(id);
        return changed(itemId, () -> lifecycle.withdraw(itemId, body.reason, actor()));
    }

    @POST
    @Path("/{id}/requests/{requestId}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The officer the request is addressed to asks for an extension (one pending at a time)",
            description = "Waits on democratic services, whose my-tasks list it until granted or refused.")
    @APIResponse(responseCode = "201", description = "the item; Location is the new extension")
    public Response askForExtension(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @Valid @NotNull(message = "The body is required.") ItemRequests.AskExtension body) {
        long itemId = itemId(id);
        long request = pathId("requestId", requestId);
        java.time.LocalDate until = Parameters.requiredDate("until", body.until);
        long[] extension = new long[1];
        act(itemId, () -> extension[0] = lifecycle.askForExtension(itemId, request, until, body.reason, actor()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(extension[0])).build())
                .entity(views.item(itemId, actor(), null)).build();
    }

    @POST
    @Path("/{id}/requests/{requestId}/extensions/{extensionId}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Democratic services grant the extension; the request's and the officer task's due date move",
            description = "To the date asked for, or to until when given. An extension is decided once (then 409).")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView grantExtension(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @PathParam("extensionId") String extensionId,
            @Valid @NotNull(message = "The body is required.") ItemRequests.GrantExtension body) {
        long itemId = itemId(id);
        long request = pathId("requestId", requestId);
        long extension = pathId("extensionId", extensionId);
        java.time.LocalDate until = Parameters.optionalDate("until", body.until);
        return changed(itemId, () -> lifecycle.grantExtension(itemId, request, extension, until, body.note, actor()));
    }

    @POST
    @Path("/{id}/requests/{requestId}/extensions/{extensionId}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Democratic services refuse the extension, with a reason; the due date stays")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView refuseExtension(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @PathParam("extensionId") String extensionId,
            @Valid @NotNull(message = "The body is required.") ItemRequests.Reason body) {
        long itemId = itemId(id);
        long request = pathId("requestId", requestId);
        long extension = pathId("extensionId", extensionId);
        return changed(itemId, () -> lifecycle.refuseExtension(itemId, request, extension, body.reason, actor()));
    }

    @POST
    @Path("/{id}/requests/{requestId}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the request over to another officer (the officer holding it, or democratic services)",
            description = "The new officer answers it from now on; toUsername must be a user with the officer role.")
    @APIResponse(responseCode = "200", ref = LifecycleResponses.ITEM)
    @APIResponse(responseCode = "409", ref = LifecycleResponses.WRONG_STAGE)
    @APIResponse(responseCode = "403", ref = LifecycleResponses.NOT_YOURS)
    @APIResponse(responseCode = "422", ref = LifecycleResponses.BAD_FIELD)
    public ItemViews.ItemView handOver(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @Valid @NotNull(message = "The body is required.") ItemRequests.HandOver body) {
        long itemId = itemId(id);
        long request = pathId("requestId", requestId);
        return changed(itemId, () -> lifecycle.handOver(itemId, request, body.toUsername.strip(), body.reason,
                actor()));
    }

    /**
     * Runs one action and answers the item as the action left it, both in the action's transaction: the answer reads
     * the item and the task the action already has in hand instead of a second transaction reading them again (see
     * {@link ItemViews#afterChange}). A lost race is answered as in {@link #act}.
     */
    private ItemViews.ItemView changed(long itemId, Runnable action) {
        ItemViews.ItemView[] answer = new ItemViews.ItemView[1];
        act(itemId, () -> answer[0] = views.afterChange(itemId, actor(), action));
        return answer[0];
    }

    /** An action on one request of the item: another request's action at the same moment does not refuse it. */
    private ItemViews.ItemView changedOnRequest(long itemId, Runnable action) {
        ItemViews.ItemView[] answer = new ItemViews.ItemView[1];
        act(itemId, () -> answer[0] = views.afterRequestChange(itemId, actor(), action));
        return answer[0];
    }

    /**
     * Runs one action. If someone else changed the item at the same moment (the item's version check, or
     * Flowable's on the task, failed and everything was rolled back), the answer is a 409 like any other refused
     * action, naming the stage the item is at now and what is allowed from there.
     */
    private void act(long itemId, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!ConcurrentChange.detected(e)) {
                throw e;
            }
            ItemLifecycle.Status now = lifecycle.status(itemId, actor());
            throw LifecycleProblems.lostTheRace(itemId, now.item().stage(), now.allowedActions());
        }
    }

    private Actor actor() {
        return actorOf(security);
    }

    static Actor actorOf(SecurityContext security) {
        Set<Role> roles = Arrays.stream(Role.values()).filter(r -> security.isUserInRole(r.groupName()))
                .collect(Collectors.toSet());
        return new Actor(security.getUserPrincipal().getName(), roles);
    }

    private static long itemId(String id) {
        Long itemId = Parameters.optionalId("id", id);
        if (itemId == null) {
            throw new BadParameter("id", "id is required.");
        }
        return itemId;
    }

    private static long pathId(String name, String value) {
        Long id = Parameters.optionalId(name, value);
        if (id == null) {
            throw new BadParameter(name, name + " is required.");
        }
        return id;
    }
}
