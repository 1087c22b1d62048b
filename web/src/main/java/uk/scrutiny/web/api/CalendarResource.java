package uk.scrutiny.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.scrutiny.domain.model.calendar.CalendarRepository.Closure;
import uk.scrutiny.domain.model.calendar.ClosurePeriod;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.deadline.DeadlineRules;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.service.CouncilCalendar;

/**
 * The council's working-day calendar and deadline rules: what anyone signed in may read, and what an administrator
 * changes. Every change moves the deadlines computed from then on.
 */
@Path("/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar and deadline rules")
public class CalendarResource {

    @Schema(name = "BankHoliday")
    public record BankHolidayView(LocalDate date, String title) {
    }

    @Schema(name = "BankHolidays")
    public record BankHolidaysView(String source, LocalDateTime loadedAt, String loadedBy, List<Integer> yearsCovered,
            List<BankHolidayView> holidays) {
    }

    @Schema(name = "Closure")
    public record ClosureView(long id, LocalDate firstDay, LocalDate lastDay, String reason) {
        static ClosureView of(Closure closure) {
            return new ClosureView(closure.id(), closure.period().firstDay(), closure.period().lastDay(),
                    closure.period().reason());
        }
    }

    /** A closure as a client sends it; dates as text so a bad one is reported against its field. */
    @Schema(name = "NewClosure")
    public static class ClosureRequest {
        @NotBlank(message = "firstDay is required: a date in the form YYYY-MM-DD.")
        public String firstDay;
        @NotBlank(message = "lastDay is required: a date in the form YYYY-MM-DD.")
        public String lastDay;
        @NotBlank(message = "reason is required, for example 'Christmas closure'.")
        @Size(max = 300, message = "reason must be 300 characters or fewer.")
        public String reason;
    }

    @Schema(name = "DeadlineRules")
    public static class RulesView {
        @NotNull(message = "publicationClearWorkingDays is required.")
        public Integer publicationClearWorkingDays;
        @NotNull(message = "officerResponseWorkingDays is required.")
        public Integer officerResponseWorkingDays;
        @NotNull(message = "executiveResponseMonths is required.")
        public Integer executiveResponseMonths;
        @NotNull(message = "meetingCycleMonths is required.")
        public Integer meetingCycleMonths;

        static RulesView of(DeadlineRules rules) {
            RulesView view = new RulesView();
            view.publicationClearWorkingDays = rules.publicationClearWorkingDays();
            view.officerResponseWorkingDays = rules.officerResponseWorkingDays();
            view.executiveResponseMonths = rules.executiveResponseMonths();
            view.meetingCycleMonths = rules.meetingCycleMonths();
            return view;
        }

        DeadlineRules toRules() {
            return new DeadlineRules(publicationClearWorkingDays, officerResponseWorkingDays, executiveResponseMonths,
                    meetingCycleMonths);
        }
    }

    @Inject
    CouncilCalendar calendar;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Path("/bank-holidays")
    @Operation(summary = "The bank holidays in force, with where they came from and the years they cover")
    public BankHolidaysView bankHolidays() {
        WorkingDayCalendar current = calendar.calendar();
        CouncilCalendar.BankHolidaySource source = calendar.bankHolidaySource();
        return new BankHolidaysView(source.description(),
                source.load().map(l -> l.loadedAt()).orElse(null),
                source.load().map(l -> l.loadedBy()).orElse(null),
                List.copyOf(current.yearsCovered()),
                current.bankHolidays().stream().map(h -> new BankHolidayView(h.date(), h.title())).toList());
    }

    @PUT
    @Path("/bank-holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Load a newer GOV.UK bank-holidays.json",
            description = "Replaces every bank holiday with the England and Wales events of the file. A malformed"
                    + " file is refused with 422 naming what is wrong, and the calendar stays as it was.")
    @RequestBody(description = "The file as published at gov.uk/bank-holidays.json")
    public BankHolidaysView loadBankHolidays(String json) {
        calendar.loadBankHolidays(json, security.getUserPrincipal().getName());
        return bankHolidays();
    }

    @GET
    @Path("/closures")
    @Operation(summary = "The council's closure periods, in date order")
    public List<ClosureView> closures() {
        return calendar.closures().stream().map(ClosureView::of).toList();
    }

    @POST
    @Path("/closures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a closure period (both days inclusive)")
    public Response addClosure(@Valid @NotNull(message = "The body is required.") ClosureRequest request) {
        ClosurePeriod period = new ClosurePeriod(Parameters.requiredDate("firstDay", request.firstDay),
                Parameters.requiredDate("lastDay", request.lastDay), request.reason);
        Closure added = calendar.addClosure(period);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(ClosureView.of(added)).build();
    }

    @DELETE
    @Path("/closures/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Remove a closure period")
    public Response removeClosure(@PathParam("id") String id) {
        long closureId = Parameters.optionalId("id", id);
        if (!calendar.removeClosure(closureId)) {
            throw new NoSuchResource("No closure has id " + closureId + ".");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/deadline-rules")
    @Operation(summary = "The council's deadline rules")
    public RulesView rules() {
        return RulesView.of(calendar.rules());
    }

    @PUT
    @Path("/deadline-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change the council's deadline rules; every computed deadline follows")
    public RulesView changeRules(@Valid @NotNull(message = "The body is required.") RulesView rules) {
        return RulesView.of(calendar.changeRules(rules.toRules()));
    }
}
