package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.recommendation.RagStatus;

/**
 * Recommendations across items, for the committee's monitoring report and democratic services' chasing, and what
 * of the recommendations' follow-up waits on the signed-in user.
 */
@Path("/recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class RecommendationsListResource {

    @Inject
    RecommendationViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Recommendations, earliest executive response due first, filtered by committee, decision "
            + "maker, RAG rating and whether the executive response is overdue")
    @APIResponse(responseCode = "200", description = "the recommendations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.SummaryView.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
            examples = @ExampleObject(name = "overdue", value = "[{\"id\":7,\"itemId\":42,\"itemTitle\":"
                    + "\"Re-referrals to children's social care\",\"committeeId\":1,\"committee\":\"Children's "
                    + "Services Overview and Scrutiny Committee\",\"text\":\"Report each quarter the re-referral "
                    + "rate by locality.\",\"decisionMaker\":\"Cabinet\",\"madeOn\":\"2026-01-27\","
                    + "\"executiveResponseDue\":\"2026-03-27\",\"executiveResponseOverdue\":true}]")))
    @APIResponse(responseCode = "400", description = "a filter that does not parse, named in errors[].field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RecommendationViews.SummaryView> list(
            @Parameter(description = "committee id") @QueryParam("committee") String committee,
            @Parameter(description = "part of the decision maker's name, any case", example = "cabinet")
            @QueryParam("decisionMaker") String decisionMaker,
            @Parameter(description = "latest RAG rating: green, amber or red") @QueryParam("rag") String rag,
            @Parameter(description = "true: executive response overdue; false: not overdue")
            @QueryParam("overdue") String overdue) {
        Long committeeId = Parameters.optionalId("committee", committee);
        RagStatus ragStatus = null;
        if (rag != null && !rag.isBlank()) {
            try {
                ragStatus = RagStatus.valueOf(rag.strip().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new BadParameter("rag", "rag must be green, amber or red.");
            }
        }
        Boolean isOverdue = null;
        if (overdue != null && !overdue.isBlank()) {
            String value = overdue.strip().toLowerCase();
            if (!value.equals("true") && !value.equals("false")) {
                throw new BadParameter("overdue", "overdue must be true or false.");
            }
            isOverdue = Boolean.valueOf(value);
        }
        return views.list(committeeId, decisionMaker == null || decisionMaker.isBlank() ? null : decisionMaker,
                ragStatus, isOverdue);
    }

    @GET
    @Path("/my-tasks")
    @Operation(summary = "Executive responses to record or chase, recommendations to monitor and deep dives under "
            + "way, waiting on the signed-in user (democratic services)",
            description = "The recommendations' part of the user's tasks; GET /api/my-tasks lists those of the "
                    + "item's own lifecycle.")
    @APIResponse(responseCode = "200", description = "the tasks", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecommendationViews.PendingView.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
            examples = @ExampleObject(name = "an overdue response", value = "[{\"itemId\":42,\"title\":"
                    + "\"Re-referrals to children's social care\",\"stage\":\"executive_response\",\"action\":"
                    + "\"record-executive-response\",\"task\":\"Record the executive's response to the "
                    + "recommendations\",\"due\":\"2026-03-27\",\"overdue\":true}]")))
    public List<RecommendationViews.PendingView> myTasks() {
        return views.pending(ItemsResource.actorOf(security));
    }
}
