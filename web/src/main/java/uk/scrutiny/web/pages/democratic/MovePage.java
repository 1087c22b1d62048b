package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.programme.MunicipalYear;
import uk.scrutiny.workflow.lifecycle.Commands;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;

/**
 * "Move to another meeting" from the planner: a form, not drag and drop. Each later meeting is offered with the
 * deadlines the item would take there, and after the move the planner shows every deadline recomputed.
 */
@Named
@RequestScoped
public class MovePage extends DemocraticServicesPage {

    /** A meeting the item can move to, with the deadlines it would take there. */
    public record Choice(Meeting meeting, MeetingDeadlines deadlines) {
    }

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CommitteeRepository committees;

    @Inject
    ItemLifecycle lifecycle;

    private String id;
    private String meeting;
    private String reason;
    private ScrutinyItem item;

    @Override
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
        // A meeting that does not exist (or is not the committee's) is the service's to refuse, next to the field.
        Meeting to = committees.findMeeting(meetingId).orElse(null);
        MeetingDeadlines d = to == null ? null : deadlines().deadlinesFor(to.date());
        String moved = to == null ? null : "\"" + find().title() + "\" moved to the meeting on "
                + Days.format(to.date()) + ": reports published " + Days.format(d.publicationDate())
                + ", officer responses due " + Days.format(d.officerResponseDue()) + ".";
        return run(() -> lifecycle.defer(itemId(), new Commands.Defer(meetingId, reason.strip()), actor()),
                violation -> "reason".equals(violation.field()) ? "reason" : "meeting", moved,
                to == null ? null : "/democratic/planner.xhtml?faces-redirect=true&committee="
                        + find().committee().id() + "&year=" + MunicipalYear.of(to.date()).startYear());
    }

    @Override
    protected List<String> allowedNow() {
        return lifecycle.status(itemId(), actor()).allowedActions();
    }

    public String choiceLabel(Choice c) {
        return Days.format(c.meeting().date()) + ": reports published " + Days.format(c.deadlines().publicationDate())
                + ", officer responses due " + Days.format(c.deadlines().officerResponseDue());
    }

    private Long itemId() {
        return parse(id != null ? id : param("id"));
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
