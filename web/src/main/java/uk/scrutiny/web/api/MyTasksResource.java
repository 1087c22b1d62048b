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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.workflow.chasing.OfficerChasing;
import uk.scrutiny.workflow.lifecycle.Actor;

/**
 * What waits on the signed-in user, earliest due first: an officer's own requests (with due dates), everything
 * waiting on democratic services, the chair's triage. Answered from the lifecycle process's tasks. Democratic
 * services also see each officer's response escalated to them as overdue (action {@code hand-over}: theirs to
 * chase, or to pass to another officer).
 */
@Path("/my-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scrutiny items")
@RolesAllowed({Role.DEMOCRATIC_SERVICES_NAME, Role.OFFICER_NAME, Role.MEMBER_NAME, Role.CHAIR_NAME, Role.ADMIN_NAME})
public class MyTasksResource {

    @Inject
    ItemViews views;

    @Inject
    OfficerChasing chasing;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Tasks waiting on the signed-in user")
    public List<ItemViews.MyTaskView> list() {
        Actor actor = ItemsResource.actorOf(security);
        List<ItemViews.MyTaskView> tasks = new ArrayList<>(views.myTasks(actor));
        for (OfficerChasing.Escalation escalated : chasing.escalations(actor)) {
            tasks.add(new ItemViews.MyTaskView(escalated.itemId(), escalated.title(), escalated.stage(), "hand-over",
                    "Overdue and escalated: the response from " + escalated.officer() + " was due on "
                            + DisplayDate.format(escalated.due()), escalated.due(), escalated.meetingDate()));
        }
        tasks.sort(Comparator.comparing(ItemViews.MyTaskView::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }
}
