package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.deepdive.EvidenceKind;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.recommendations.DeepDiveLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * The deep dive of an item referred to one: start it (scope, working group, key lines of enquiry), change its
 * working group while it is under way, record its evidence sessions and findings, agree its final report with SMART recommendations, which then await the
 * executive's response like a meeting's ({@code /api/items/{id}/recommendations}).
 */
@Path("/items/{id}/deep-dive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deep dives")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class DeepDiveResource {

    private static final String EXAMPLE = "{\"itemId\":42,\"title\":\"Children missing education\",\"stage\":"
            + "\"deep_dive\",\"deepDive\":{\"id\":3,\"scope\":\"Why children go missing from education, and how "
            + "quickly they are found\",\"startedOn\":\"2026-11-02\",\"workingGroup\":[{\"id\":11,\"name\":"
            + "\"Cllr Chris Example\",\"role\":\"chair\",\"municipalYear\":2026}],\"sessions\":[{\"id\":5,\"kind\":"
            + "\"evidence_session\",\"title\":\"Head teachers\",\"heldOn\":\"2026-11-16\",\"witnesses\":[{\"name\":"
            + "\"A Head\",\"role\":\"Primary head teacher\"}]}],\"findings\":[\"Referrals wait on average 9 days.\"]},"
            + "\"keyLinesOfEnquiry\":[\"How quickly are children missing education found?\"],\"eligibleMembers\":[],"
            + "\"allowedActions\":[\"change-working-group\",\"add-evidence-session\",\"record-finding\","
            + "\"agree-final-report\",\"withdraw\"],\"yourActions\":[\"change-working-group\","
            + "\"add-evidence-session\",\"record-finding\",\"agree-final-report\",\"withdraw\"]}";

    @Inject
    DeepDiveLifecycle lifecycle;

    @Inject
    RecommendationLifecycle recommendations;

    @Inject
    RecommendationViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The item's deep dive, the members who can join its working group, and what is allowed now")
    @APIResponse(responseCode = "200", description = "the deep dive", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemDeepDiveView.class),
            examples = @ExampleObject(name = "under way", value = EXAMPLE)))
    public RecommendationViews.ItemDeepDiveView get(@PathParam("id") String id) {
        return views.deepDive(FollowUpActions.id("id", id), actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the deep dive of an item referred to one (democratic services)",
            description = "Its key lines of enquiry replace any the item had for its report.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.StartDeepDive.class),
            examples = @ExampleObject(name = "a working group of two", value = "{\"scope\":\"Why children go "
                    + "missing from education, and how quickly they are found\",\"workingGroup\":[11,12],"
                    + "\"keyLinesOfEnquiry\":[\"How quickly are children missing education found?\"]}")))
    @APIResponse(responseCode = "201", description = "the deep dive", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemDeepDiveView.class)))
    @APIResponse(responseCode = "409", description = "the item is not awaiting a deep dive", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class)))
    @APIResponse(responseCode = "422", description = "e.g. a working group member not on the committee",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a member", value = "{\"type\":\"about:blank\",\"title\":"
                            + "\"Unprocessable Content\",\"status\":422,\"detail\":\"No member of the committee in "
                            + "2026/27 has id 999.\",\"errors\":[{\"field\":\"workingGroup[0]\",\"message\":\"No "
                            + "member of the committee in 2026/27 has id 999.\"}]}")))
    public Response start(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.StartDeepDive body) {
        long itemId = FollowUpActions.id("id", id);
        FollowUpCommands.StartDeepDive command = new FollowUpCommands.StartDeepDive(body.scope,
                Parameters.optionalDate("startedOn", body.startedOn), body.workingGroup, body.keyLinesOfEnquiry);
        FollowUpActions.act(recommendations, itemId, actor(), () -> lifecycle.start(itemId, command, actor()));
        return Response.status(Response.Status.CREATED).entity(views.deepDive(itemId, actor())).build();
    }

    @POST
    @Path("/working-group")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member of the item's committee to the working group of a deep dive under way",
            description = "The item's timeline records who joined and why.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.WorkingGroupMember.class),
            examples = @ExampleObject(name = "a member joins", value = "{\"memberId\":12,\"reason\":\"Brings "
                    + "experience as a school governor.\"}")))
    @APIResponse(responseCode = "201", description = "the deep dive", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemDeepDiveView.class)))
    @APIResponse(responseCode = "409", description = "the deep dive is not under way", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class)))
    @APIResponse(responseCode = "422", description = "e.g. not a member of the committee, or already in the group",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMember(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.WorkingGroupMember body) {
        long itemId = FollowUpActions.id("id", id);
        FollowUpActions.act(recommendations, itemId, actor(), () -> {
            lifecycle.addToWorkingGroup(itemId, body.memberId, body.reason, actor());
            return null;
        });
        return Response.status(Response.Status.CREATED).entity(views.deepDive(itemId, actor())).build();
    }

    @DELETE
    @Path("/working-group/{member}")
    @Operation(summary = "Take a member out of the working group of a deep dive under way",
            description = "The working group keeps at least one member. The item's timeline records who left and "
                    + "why.")
    @APIResponse(responseCode = "200", description = "the deep dive", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemDeepDiveView.class)))
    @APIResponse(responseCode = "409", description = "the deep dive is not under way", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class)))
    @APIResponse(responseCode = "422", description = "e.g. not in the working group, or its only member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationViews.ItemDeepDiveView removeMember(@PathParam("id") String id,
            @PathParam("member") String member,
            @Parameter(description = "why the member leaves, for the item's timeline (optional)")
            @QueryParam("reason") String reason) {
        long itemId = FollowUpActions.id("id", id);
        long memberId = FollowUpActions.id("member", member);
        FollowUpActions.act(recommendations, itemId, actor(), () -> {
            lifecycle.removeFromWorkingGroup(itemId, memberId, reason, actor());
            return null;
        });
        return views.deepDive(itemId, actor());
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an evidence session, site visit or survey, with its witnesses and notes")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.EvidenceSession.class),
            examples = @ExampleObject(name = "evidence session", value = "{\"kind\":\"EVIDENCE_SESSION\","
                    + "\"title\":\"Head teachers\",\"heldOn\":\"2026-11-16\",\"notes\":\"Two heads described the "
                    + "referral form.\",\"witnesses\":[{\"name\":\"A Head\",\"role\":\"Primary head teacher\"}]}")))
    @APIResponse(responseCode = "201", description = "the deep dive", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemDeepDiveView.class)))
    public Response addSession(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.EvidenceSession body) {
        long itemId = FollowUpActions.id("id", id);
        List<FollowUpCommands.Witness> witnesses = body.witnesses == null ? List.of() : body.witnesses.stream()
                .map(w -> new FollowUpCommands.Witness(w.name, w.role)).toList();
        FollowUpCommands.EvidenceSession command = new FollowUpCommands.EvidenceSession(
                EvidenceKind.valueOf(body.kind), body.title, Parameters.requiredDate("heldOn", body.heldOn),
                body.notes, witnesses);
        FollowUpActions.act(recommendations, itemId, actor(), () -> lifecycle.addEvidenceSession(itemId, command,
                actor()));
        return Response.status(Response.Status.CREATED).entity(views.deepDive(itemId, actor())).build();
    }

    @POST
    @Path("/findings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a finding of the deep dive")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.Finding.class),
            examples = @ExampleObject(name = "finding", value = "{\"finding\":\"Referrals wait on average 9 days "
                    + "before anyone follows them up.\"}")))
    @APIResponse(responseCode = "201", description = "the deep dive", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemDeepDiveView.class)))
    public Response addFinding(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.Finding body) {
        long itemId = FollowUpActions.id("id", id);
        FollowUpActions.act(recommendations, itemId, actor(), () -> {
            lifecycle.recordFinding(itemId, body.finding, actor());
            return null;
        });
        return Response.status(Response.Status.CREATED).entity(views.deepDive(itemId, actor())).build();
    }

    @POST
    @Path("/final-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree the final report with its SMART recommendations; the executive's response is then "
            + "due two months later",
            description = "Needs a working group and at least one finding. Answers with the item's recommendations.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.FinalReport.class),
            examples = @ExampleObject(name = "one recommendation", value = "{\"agreedOn\":\"2026-11-20\","
                    + "\"recommendations\":[{\"text\":\"Follow up every referral within 2 working days from April "
                    + "2027.\",\"decisionMaker\":\"Portfolio Holder for Children's Services\",\"targetDate\":"
                    + "\"2027-04-30\"}]}")))
    @APIResponse(responseCode = "200", description = "the item's recommendations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemRecommendationsView.class)))
    @APIResponse(responseCode = "422", description = "e.g. no finding recorded yet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationViews.ItemRecommendationsView finalReport(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.FinalReport body) {
        long itemId = FollowUpActions.id("id", id);
        FollowUpCommands.FinalReport command = new FollowUpCommands.FinalReport(
                Parameters.optionalDate("agreedOn", body.agreedOn),
                RecommendationsResource.newRecommendations(body.recommendations));
        FollowUpActions.act(recommendations, itemId, actor(), () -> lifecycle.agreeFinalReport(itemId, command,
                actor()));
        return views.ofItem(itemId, actor());
    }

    private Actor actor() {
        return ItemsResource.actorOf(security);
    }
}
