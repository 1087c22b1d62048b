package uk.scrutiny.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under {@code /api}; documented at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Scrutiny work programme API", version = "0.1",
                description = "Committees, meetings and their deadlines, the work programme and scrutiny items."),
        security = @SecurityRequirement(name = "basic"),
        // The answers every lifecycle action of the items API gives alike, referred to by name (LifecycleResponses).
        components = @Components(responses = {
                @APIResponse(name = LifecycleResponses.ITEM, description = "the item as it now stands",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ItemViews.ItemView.class))),
                @APIResponse(name = LifecycleResponses.WRONG_STAGE, description = "not possible at the item's stage: "
                        + "names the stage and the actions allowed now", content = @Content(
                                mediaType = LifecycleResponses.PROBLEM_JSON,
                                schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class),
                                examples = @ExampleObject(name = "wrong stage",
                                        value = LifecycleResponses.WRONG_STAGE_EXAMPLE))),
                @APIResponse(name = LifecycleResponses.RESPONSE_NOT_IN_REVIEW, description = "this request's "
                        + "response is not waiting for review: names the stage and the actions allowed now",
                        content = @Content(mediaType = LifecycleResponses.PROBLEM_JSON,
                                schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class),
                                examples = @ExampleObject(name = "wrong stage",
                                        value = LifecycleResponses.WRONG_STAGE_EXAMPLE))),
                @APIResponse(name = LifecycleResponses.NOT_YOURS, description = "not this user's action",
                        content = @Content(mediaType = LifecycleResponses.PROBLEM_JSON,
                                schema = @Schema(implementation = LifecycleProblems.LifecycleProblem.class),
                                examples = @ExampleObject(name = "another officer's request",
                                        value = LifecycleResponses.NOT_YOURS_EXAMPLE))),
                @APIResponse(name = LifecycleResponses.BAD_FIELD, description = "bad input, naming the field",
                        content = @Content(mediaType = LifecycleResponses.PROBLEM_JSON,
                                schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "missing reason",
                                        value = LifecycleResponses.BAD_FIELD_EXAMPLE)))}))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "HTTP Basic with the same user names and passwords as the pages' sign-in.")
public class ScrutinyApi extends Application {
}
