package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * "Move to another meeting" from the planner: a form, not drag and drop. Each later meeting is offered with the
 * deadlines the item would take there, and after the move the planner shows every deadline recomputed.
 */
@Named
@RequestScoped
public class MovePage {

    /** A meeting the item can move to, with the deadlines it would take there. */
    public record Choice(Meeting meeting, MeetingDeadlines deadlines) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CommitteeRepository committees;

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    CouncilCalendar calendar;

    @Inject
    FormErrors errors;

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    private String id;
    private String meeting;
    private String reason;
    private ScrutinyItem item;
    private DeadlineCalculator deadlines;

    /** A missing item is a 404 with the page saying so (see ItemWorkPage#load). */
    public void load() {
        if (!isFound()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public boolean isFound() {
        return find() != null;
    }

    private ScrutinyItem find() {
        if (item == null) {
            Long itemId = itemId();
            item = itemId == null ? null : items.find(itemId).orElse(null);
        }
        return item;
    }

    public ScrutinyItem getItem() {
        return find();
    }

    public MeetingDeadlines getCurrent() {
        return find().targetMeeting() == null ? null : deadlines().deadlinesFor(find().targetMeeting().date());
    }

    /** The committee's meetings after the item's own: deferral moves an item later. */
    public List<Choice> getChoices() {
        Meeting current = find().targetMeeting();
        if (current == null) {
            return List.of();
        }
        return committees.findMeetings(find().committee().id(), current.date().plusDays(1), null).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .map(m -> new Choice(m, deadlines().deadlinesFor(m.date()))).toList();
    }

    public String move() {
        Long meetingId = parse(meeting);
        if (meetingId == null) {
            errors.add("meeting", "Select the meeting to move the item to");
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "Enter why the item is moving");
        }
        if (errors.isPresent()) {
            return null;
        }
        try {
            lifecycle.defer(itemId(), new Commands.Defer(meetingId, reason.strip()), Actors.of(security));
        } catch (DomainRuleViolation violation) {
            errors.add("reason".equals(violation.field()) ? "reason" : "meeting", violation.getMessage());
            return null;
        } catch (LifecycleConflict conflict) {
            errors.add(null, "The item has moved on: " + conflict.getMessage());
            errors.add(null, conflict.allowedActions().isEmpty() ? "Nothing more can be done with this item."
                    : "Allowed now: " + String.join(", ", conflict.allowedActions().stream()
                            .map(ItemWorkPage::actionWords).toList()) + ".");
            return null;
        } catch (NoSuchItem missing) {
            errors.add("meeting", missing.getMessage());
            return null;
        } catch (LifecycleForbidden refused) {
            errors.add(null, refused.getMessage());
            return null;
        }
        Meeting to = committees.findMeeting(meetingId).orElseThrow();
        MeetingDeadlines d = deadlines().deadlinesFor(to.date());
        Flash flash = faces.getExternalContext().getFlash();
        flash.put("success", "\"" + find().title() + "\" moved to the meeting on " + Days.format(to.date())
                + ": reports published " + Days.format(d.publicationDate()) + ", officer responses due "
                + Days.format(d.officerResponseDue()) + ".");
        return "/democratic/planner.xhtml?faces-redirect=true&committee=" + find().committee().id() + "&year="
                + MunicipalYear.of(to.date()).startYear();
    }

    public String format(LocalDate date) {
        return Days.format(date);
    }

    public String choiceLabel(Choice c) {
        return Days.format(c.meeting().date()) + ": reports published " + Days.format(c.deadlines().publicationDate())
                + ", officer responses due " + Days.format(c.deadlines().officerResponseDue());
    }

    private DeadlineCalculator deadlines() {
        if (deadlines == null) {
            deadlines = calendar.deadlines();
        }
        return deadlines;
    }

    private Long itemId() {
        return parse(id != null ? id : faces.getExternalContext().getRequestParameterMap().get("id"));
    }

    private static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getMeeting() { return meeting; }
    public void setMeeting(String v) { meeting = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
