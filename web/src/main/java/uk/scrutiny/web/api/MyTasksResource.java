package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.people.Role;

/**
 * What waits on the signed-in user, earliest due first: an officer's own requests (with due dates), everything
 * waiting on democratic services, the chair's triage. Answered from the lifecycle process's tasks.
 */
@Path("/my-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scrutiny items")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class MyTasksResource {

    @Inject
    ItemViews views;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Tasks waiting on the signed-in user")
    public List<ItemViews.MyTaskView> list() {
        return views.myTasks(ItemsResource.actorOf(security));
    }
}
