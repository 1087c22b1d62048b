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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.recommendation.ExecutiveDecision;
import uk.scrutiny.domain.model.recommendation.RagStatus;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * An item's recommendations, the executive's response to each and their monitoring. Every action answers with the
 * item's recommendations as they now stand. An action the item's stage does not allow is a 409, one that is not
 * this user's a 403; both bodies name the {@code stage} and the {@code allowedActions}.
 */
@Path("/items/{id}/recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class RecommendationsResource {

    static final String ITEM_EXAMPLE = "{\"itemId\":42,\"title\":\"Re-referrals to children's social care\","
            + "\"committeeId\":1,\"committee\":\"Children's Services Overview and Scrutiny Committee\","
            + "\"stage\":\"executive_response\",\"executiveResponse\":{\"due\":\"2026-03-27\",\"howWorkedOut\":"
            + "[\"Recommendations made on Tue 27 Jan 2026. The executive must respond within 2 months.\","
            + "\"2 months after Tue 27 Jan 2026 is Fri 27 Mar 2026.\",\"Executive response due: Fri 27 Mar 2026.\"],"
            + "\"reminderOn\":\"2026-03-13\",\"escalationOn\":\"2026-03-28\",\"chasing\":[],\"overdue\":false,"
            + "\"warnings\":[]},\"recommendations\":[{\"id\":7,\"number\":1,\"text\":\"Report each quarter the "
            + "re-referral rate by locality.\",\"decisionMaker\":\"Cabinet\",\"madeOn\":\"2026-01-27\","
            + "\"targetDate\":\"2026-09-30\",\"executiveResponseDue\":\"2026-03-27\","
            + "\"executiveResponseOverdue\":false,\"updates\":[]}],\"waitingFor\":{\"name\":\"Record the "
            + "executive's response to the recommendations\",\"due\":\"2026-03-27\"},\"allowedActions\":"
            + "[\"record-executive-response\",\"withdraw\"],\"yourActions\":[\"record-executive-response\","
            + "\"withdraw\"]}";

    @Inject
    RecommendationLifecycle lifecycle;

    @Inject
    RecommendationViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The item's recommendations, the executive response deadline (explained) and what is "
            + "allowed now")
    @APIResponse(responseCode = "200", description = "the item's recommendations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemRecommendationsView.class),
            examples = @ExampleObject(name = "awaiting the executive", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "no such item", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationViews.ItemRecommendationsView get(@PathParam("id") String id) {
        return views.ofItem(FollowUpActions.id("id", id), actor());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the recommendations the committee made (democratic services)",
            description = "Allowed once the outcome \"recommendations made\" is recorded. They count as made on the "
                    + "day of that meeting: the executive response is due two months later (the last working day "
                    + "within them). The item moves to executive response; a reminder goes 10 working days before "
                    + "and the response is escalated to democratic services the day after it is due.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.Recommendations.class),
            examples = @ExampleObject(name = "two recommendations", value = "{\"recommendations\":["
                    + "{\"text\":\"Report each quarter the re-referral rate by locality.\",\"decisionMaker\":"
                    + "\"Cabinet\",\"targetDate\":\"2026-09-30\"},{\"text\":\"Review the threshold document with "
                    + "partners by March 2027.\",\"decisionMaker\":\"Portfolio Holder for Children's Services\"}]}")))
    @APIResponse(responseCode = "201", description = "the item's recommendations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemRecommendationsView.class),
            examples = @ExampleObject(name = "recorded", value = ITEM_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "the item is not awaiting recommendations", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class),
            examples = @ExampleObject(name = "wrong stage", value = "{\"type\":\"about:blank\",\"title\":"
                    + "\"Conflict\",\"status\":409,\"detail\":\"The item is at triage: record-recommendations is "
                    + "not possible now; allowed now: triage, withdraw.\",\"stage\":\"triage\",\"allowedActions\":"
                    + "[\"triage\",\"withdraw\"]}")))
    @APIResponse(responseCode = "422", description = "a field to correct, named in errors[].field", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "missing decision maker", value = "{\"type\":\"about:blank\","
                    + "\"title\":\"Unprocessable Content\",\"status\":422,\"detail\":\"Some of what was sent needs "
                    + "correcting.\",\"errors\":[{\"field\":\"decisionMaker\",\"message\":\"decisionMaker is "
                    + "required: who is to act on it, e.g. Cabinet or a portfolio holder.\"}]}")))
    public Response record(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.Recommendations body) {
        long itemId = FollowUpActions.id("id", id);
        List<FollowUpCommands.NewRecommendation> made = newRecommendations(body.recommendations);
        FollowUpActions.act(lifecycle, itemId, actor(), () -> lifecycle.recordRecommendations(itemId, made,
                actor()));
        return Response.status(Response.Status.CREATED).entity(views.ofItem(itemId, actor())).build();
    }

    @POST
    @Path("/{recommendationId}/executive-response")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the executive's response to one recommendation (democratic services)",
            description = "Accepted, partly accepted or rejected, with reasons unless accepted in full. When every "
                    + "recommendation has its response, the item moves to monitoring, or closes if all were "
                    + "rejected.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.ExecutiveResponse.class),
            examples = {
                @ExampleObject(name = "accepted", value = "{\"decision\":\"ACCEPTED\",\"respondedOn\":\"2026-03-20\"}"),
                @ExampleObject(name = "partly accepted", value = "{\"decision\":\"PARTLY_ACCEPTED\",\"reasons\":"
                        + "\"Quarterly reporting accepted; locality figures only where over 10 children.\"}")}))
    @APIResponse(responseCode = "200", description = "the item's recommendations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemRecommendationsView.class)))
    @APIResponse(responseCode = "422", description = "e.g. reasons missing for a rejection", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no reasons", value = "{\"type\":\"about:blank\",\"title\":"
                    + "\"Unprocessable Content\",\"status\":422,\"detail\":\"Give the executive's reasons for "
                    + "rejecting the recommendation.\",\"errors\":[{\"field\":\"reasons\",\"message\":\"Give the "
                    + "executive's reasons for rejecting the recommendation.\"}]}")))
    public RecommendationViews.ItemRecommendationsView executiveResponse(@PathParam("id") String id,
            @PathParam("recommendationId") String recommendationId,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.ExecutiveResponse body) {
        long itemId = FollowUpActions.id("id", id);
        long recommendation = FollowUpActions.id("recommendationId", recommendationId);
        FollowUpCommands.ExecutiveResponse command = new FollowUpCommands.ExecutiveResponse(
                ExecutiveDecision.valueOf(body.decision), body.reasons,
                Parameters.optionalDate("respondedOn", body.respondedOn));
        FollowUpActions.act(lifecycle, itemId, actor(), () -> {
            lifecycle.recordExecutiveResponse(itemId, recommendation, command, actor());
            return null;
        });
        return views.ofItem(itemId, actor());
    }

    @POST
    @Path("/{recommendationId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record progress on an accepted recommendation with a RAG rating (democratic services)",
            description = "GREEN means achieved. When every recommendation is achieved or rejected the item closes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationRequests.Progress.class),
            examples = {
                @ExampleObject(name = "amber", value = "{\"ragStatus\":\"AMBER\",\"notes\":\"First quarterly report "
                        + "received; localities still to be added.\"}"),
                @ExampleObject(name = "achieved", value = "{\"ragStatus\":\"GREEN\",\"notes\":\"Reported by "
                        + "locality since June.\",\"recordedOn\":\"2026-09-30\"}")}))
    @APIResponse(responseCode = "200", description = "the item's recommendations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.ItemRecommendationsView.class)))
    @APIResponse(responseCode = "422", description = "e.g. a rejected recommendation is not monitored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecommendationViews.ItemRecommendationsView progress(@PathParam("id") String id,
            @PathParam("recommendationId") String recommendationId,
            @Valid @NotNull(message = "The body is required.") RecommendationRequests.Progress body) {
        long itemId = FollowUpActions.id("id", id);
        long recommendation = FollowUpActions.id("recommendationId", recommendationId);
        FollowUpCommands.Progress command = new FollowUpCommands.Progress(RagStatus.valueOf(body.ragStatus),
                body.notes, Parameters.optionalDate("recordedOn", body.recordedOn));
        FollowUpActions.act(lifecycle, itemId, actor(), () -> {
            lifecycle.recordProgress(itemId, recommendation, command, actor());
            return null;
        });
        return views.ofItem(itemId, actor());
    }

    static List<FollowUpCommands.NewRecommendation> newRecommendations(
            List<RecommendationRequests.NewRecommendation> bodies) {
        List<FollowUpCommands.NewRecommendation> made = new ArrayList<>();
        for (RecommendationRequests.NewRecommendation r : bodies) {
            made.add(new FollowUpCommands.NewRecommendation(r.text, r.decisionMaker,
                    Parameters.optionalDate("targetDate", r.targetDate)));
        }
        return made;
    }

    private Actor actor() {
        return ItemsResource.actorOf(security);
    }
}
