package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.workflow.lifecycle.MembersQuestions;

/**
 * Members' questions on a published report and their answers. A member or chair asks once the report is published
 * (422 before, naming {@code question}); the report author (or lead officer) it was sent to answers, or democratic
 * services record the answer given at the meeting (403 for anyone else).
 */
@Path("/items/{id}/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members' questions")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class QuestionsResource {

    @Schema(name = "NewQuestion")
    public static class NewQuestion {
        @NotBlank(message = "question is required: what the member wants to know.")
        @Size(max = 2000, message = "question must be 2000 characters or fewer.")
        public String question;
    }

    @Schema(name = "QuestionAnswer")
    public static class Answer {
        @NotBlank(message = "answer is required.")
        @Size(max = 4000, message = "answer must be 4000 characters or fewer.")
        public String answer;
        @Schema(description = "true when the answer was given at the committee meeting; false (the default) for a "
                + "written answer")
        public boolean atMeeting;
    }

    @Inject
    MembersQuestions questions;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The questions asked on the item's report, oldest first, with their answers")
    public List<MembersQuestions.Asked> list(@PathParam("id") String id) {
        return questions.on(itemId(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question on the published report (members and chairs)",
            description = "The question goes to the report author, or the lead officer when the author has no account.")
    @APIResponse(responseCode = "201", description = "the question as recorded")
    public Response ask(@PathParam("id") String id,
            @Valid @NotNull(message = "The body is required.") NewQuestion body) {
        MembersQuestions.Asked asked = questions.ask(itemId(id), body.question,
                ItemsResource.actorOf(security));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(asked.id())).build())
                .entity(asked).build();
    }

    @POST
    @Path("/{questionId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question (the person it was sent to, or democratic services for the meeting)")
    public MembersQuestions.Asked answer(@PathParam("id") String id, @PathParam("questionId") String questionId,
            @Valid @NotNull(message = "The body is required.") Answer body) {
        Long question = Parameters.optionalId("questionId", questionId);
        if (question == null) {
            throw new BadParameter("questionId", "questionId is required.");
        }
        return questions.answer(itemId(id), question, body.answer, body.atMeeting, ItemsResource.actorOf(security));
    }

    private static long itemId(String id) {
        Long itemId = Parameters.optionalId("id", id);
        if (itemId == null) {
            throw new BadParameter("id", "id is required.");
        }
        return itemId;
    }
}
