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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.people.Role;

/**
 * What waits on the signed-in user, earliest due first: an officer's own requests (with due dates), everything
 * waiting on democratic services (with each officer's response escalated to them as overdue: action
 * {@code hand-over}, theirs to chase or to pass to another officer), the chair's triage and urgent agreements for the
 * committees they chair or are vice-chair of. Answered from the lifecycle
 * process's tasks, a page at a time: democratic services have a task for most open items.
 */
@Path("/my-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scrutiny items")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class MyTasksResource {

    static final String TOTAL_HEADER = "X-Total-Count";

    @Inject
    ItemViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Tasks waiting on the signed-in user",
            description = "One page of the tasks, earliest due first (the first 20 unless page and size say "
                    + "otherwise); the header X-Total-Count says how many wait in all. The body is the page's array "
                    + "of tasks, as before paging: a client that reads only the array sees the earliest due.")
    @APIResponse(responseCode = "200", description = "one page of the tasks, earliest due first",
            headers = @Header(name = TOTAL_HEADER, description = "how many tasks wait on the user in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ItemViews.MyTaskView.class)))
    @APIResponse(responseCode = "400", description = "page or size is not valid; errors[].field names it")
    public Response list(
            @Parameter(description = "page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 100 (default 20)", example = "20") @QueryParam("size")
            String size) {
        ItemViews.MyTasksPage tasks = views.myTasks(ItemsResource.actorOf(security), ListParameters.page(page),
                ListParameters.size(size));
        return Response.ok(tasks.tasks()).header(TOTAL_HEADER, tasks.total()).build();
    }
}
