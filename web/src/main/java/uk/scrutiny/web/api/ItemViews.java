package uk.scrutiny.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.OfficerResponse;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.TimelineEntry;
import uk.scrutiny.domain.model.notice.ChaseNotice;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;

/**
 * Builds the JSON views of items inside one transaction, so every lazy part of the aggregate (meeting, requests,
 * timeline) is read from one consistent state, and the resources stay thin.
 */
@ApplicationScoped
public class ItemViews {

    @Schema(name = "MeetingWithDeadlines")
    public record MeetingView(long id, LocalDate date, LocalDate publicationDate, LocalDate officerResponseDue,
            List<String> deadlineWarnings) {
    }

    @Schema(name = "Triage")
    public record TriageView(String decision, String reason, LocalDate reviewOn, LocalDate decidedOn) {
    }

    @Schema(name = "LineOfEnquiry")
    public record LineView(int position, String kind, String text) {
    }

    @Schema(name = "KeyLinesOfEnquiry")
    public record KloeView(LocalDate agreedOn, List<LineView> lines, List<String> standardInclusions) {
    }

    @Schema(name = "Extension")
    public record ExtensionView(long id, String askedBy, LocalDateTime askedAt, String reason, LocalDate previousDue,
            LocalDate requestedDue, @Schema(description = "pending, granted, refused, or not_needed (the response came first)") String decision,
            String decidedBy, LocalDateTime decidedAt, LocalDate grantedDue, String decisionReason) {
    }

    @Schema(name = "HandOver")
    public record HandOverView(long id, String from, String to, String handedBy, LocalDateTime handedAt,
            String reason) {
    }

    @Schema(name = "InformationRequest")
    public record RequestView(long id, String officer, String officerName, LocalDate due, LocalDate originalDue,
            String status, String responseStatus, String returnedReason, List<ExtensionView> extensions,
            List<HandOverView> handOvers) {
    }

    @Schema(name = "Outcome")
    public record OutcomeView(LocalDate meetingDate, String resolution, String text, LocalDate furtherReportAt) {
    }

    @Schema(name = "WaitingTask", description = "The process task the item waits on, if any.")
    public record TaskView(String name, String assignee, LocalDate due) {
    }

    @Schema(name = "UrgentItem", description = "The chair's agreement to take the item as urgent.")
    public record UrgentView(String chair, String reason, LocalDateTime agreedAt, String recordedBy) {
    }

    @Schema(name = "ScrutinyItem")
    public record ItemView(long id, String title, String purpose, long committeeId, String committee, String type,
            String origin, String stage, LocalDateTime createdAt, String leadOfficer, MeetingView targetMeeting,
            LocalDate publishedOn, UrgentView urgent, TriageView triage,
            @Schema(description = "what background enquiries found before triage") String backgroundFindings,
            @Schema(description = "for an item on the watch list: when its review timer brings it back for triage "
                    + "(UTC)") LocalDateTime reviewTimer,
            KloeView keyLinesOfEnquiry,
            List<RequestView> requests,
            List<OutcomeView> outcomes, TaskView waitingFor,
            @Schema(description = "actions the item's stage allows now, for anyone") List<String> allowedActions,
            @Schema(description = "those the signed-in user may take") List<String> yourActions,
            List<String> warnings) {
    }

    /**
     * One line of the item's timeline: what people did to the item, and the reminders and escalations the system
     * sent about its requests ({@code notice} and {@code email} set, {@code who} empty), merged in time order and
     * numbered in that order.
     */
    @Schema(name = "TimelineEntry")
    public record TimelineView(int number, LocalDateTime at, String who, String fromStage, String toStage, String why,
            String whatChanged,
            @Schema(description = "reminder or escalation, for a notice the system sent; absent otherwise")
            String notice,
            @Schema(description = "for a notice: whether its e-mail went, and why not") String email) {
    }

    @Schema(name = "MyTask")
    public record MyTaskView(long itemId, String title, String stage, String action, String task, LocalDate due,
            LocalDate meetingDate) {
    }

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CouncilCalendar calendar;

    @Inject
    ChaseNoticeRepository notices;

    @Transactional
    public ItemView item(long id, Actor actor, List<String> warnings) {
        ItemLifecycle.Status status = lifecycle.status(id, actor);
        ScrutinyItem item = status.item();
        TaskView task = status.task().map(t -> new TaskView(t.getName(), t.getAssignee(), t.getDueDate() == null
                ? null : t.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate())).orElse(null);
        return new ItemView(item.id(), item.title(), item.purpose(), item.committee().id(), item.committee().name(),
                lower(item.type()), item.origin().description(), lower(item.stage()), item.createdAt(),
                item.leadOfficer() == null ? null : item.leadOfficer().username(), meeting(item.targetMeeting()),
                item.publishedOn(),
                item.urgentAgreement().map(u -> new UrgentView(u.chair().username(), u.reason(), u.agreedAt(),
                        u.recordedBy().username())).orElse(null),
                item.triage().map(t -> new TriageView(lower(t.decision()), t.reason(), t.reviewOn(), t.decidedOn()))
                        .orElse(null),
                item.backgroundFindings(),
                item.stage() == Stage.MONITORING ? lifecycle.reviewTimer(item.id()).orElse(null) : null,
                new KloeView(item.keyLinesOfEnquiry().agreedOn(), item.keyLinesOfEnquiry().lines().stream()
                        .map(l -> new LineView(l.position(), lower(l.kind()), l.text())).toList(),
                        item.keyLinesOfEnquiry().standardInclusions().stream().sorted().map(Enum::name).toList()),
                item.requests().stream().map(ItemViews::request).toList(),
                item.outcomes().stream().map(o -> new OutcomeView(o.meeting().date(), lower(o.resolution()), o.text(),
                        o.furtherReportAt() == null ? null : o.furtherReportAt().date())).toList(),
                task, status.allowedActions(), status.yourActions(), warnings == null ? List.of() : warnings);
    }

    /**
     * The item as the signed-in user may read it: an officer with no other role sees only the items they hold a
     * request for (or whose task, such as background enquiries, is theirs); to anyone else the item does not exist
     * (404), so officers learn nothing of other services' items. Everyone else with an API role reads every item.
     */
    @Transactional
    public ItemView readableItem(long id, Actor actor) {
        requireReadable(lifecycle.status(id, actor), actor);
        return item(id, actor, null);
    }

    @Transactional
    public List<TimelineView> timeline(long id, Actor actor) {
        ItemLifecycle.Status status = lifecycle.status(id, actor);
        requireReadable(status, actor);
        return timeline(status.item().timeline(), notices.findByItem(id));
    }

    /** The item's own entries and its notices in time order; entries of the same time keep the item's order. */
    static List<TimelineView> timeline(List<TimelineEntry> entries, List<ChaseNotice> itemNotices) {
        List<TimelineView> merged = new ArrayList<>(entries.size() + itemNotices.size());
        int e = 0;
        int n = 0;
        while (e < entries.size() || n < itemNotices.size()) {
            boolean entryFirst = n >= itemNotices.size() || (e < entries.size()
                    && !entries.get(e).happenedAt().isAfter(itemNotices.get(n).createdAt()));
            merged.add(entryFirst ? timelineEntry(merged.size() + 1, entries.get(e++))
                    : notice(merged.size() + 1, itemNotices.get(n++)));
        }
        return merged;
    }

    private static void requireReadable(ItemLifecycle.Status status, Actor actor) {
        boolean officerOnly = actor.roles().equals(java.util.Set.of(uk.scrutiny.domain.model.people.Role.OFFICER));
        if (!officerOnly) {
            return;
        }
        ScrutinyItem item = status.item();
        boolean holdsRequest = item.requests().stream().anyMatch(r -> r.officer().username().equals(actor.username()));
        boolean holdsTask = status.task().map(t -> actor.username().equals(t.getAssignee())).orElse(false);
        if (!holdsRequest && !holdsTask) {
            throw new uk.scrutiny.workflow.lifecycle.NoSuchItem(null, "No item has id " + item.id() + ".");
        }
    }

    @Transactional
    public List<MyTaskView> myTasks(Actor actor) {
        List<MyTaskView> views = new ArrayList<>();
        for (ItemLifecycle.WaitingTask task : lifecycle.tasksFor(actor)) {
            items.find(task.itemId()).ifPresent(item -> views.add(new MyTaskView(item.id(), item.title(),
                    lower(item.stage()), task.action(), task.taskName(), task.due(),
                    meetingDate(item))));
        }
        for (ItemLifecycle.WaitingTask task : lifecycle.urgentAgreementsAwaited(actor)) {
            items.find(task.itemId()).ifPresent(item -> views.add(new MyTaskView(item.id(), item.title(),
                    lower(item.stage()), task.action(), task.taskName(), task.due(), meetingDate(item))));
        }
        for (ItemLifecycle.PendingExtension pending : lifecycle.pendingExtensions(actor)) {
            items.find(pending.itemId()).ifPresent(item -> views.add(new MyTaskView(item.id(), item.title(),
                    lower(item.stage()), "grant-extension|refuse-extension", "Decide the extension asked for by "
                    + pending.officer() + " (to " + pending.requestedDue() + ")", pending.due(),
                    meetingDate(item))));
        }
        // Stable: process tasks keep their creation order among equal due dates; an extension is due for a
        // decision by the request's current due date, after which the officer is late either way.
        views.sort(Comparator.comparing(MyTaskView::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return views;
    }

    private MeetingView meeting(Meeting meeting) {
        if (meeting == null) {
            return null;
        }
        MeetingDeadlines deadlines = calendar.deadlines().deadlinesFor(meeting.date());
        return new MeetingView(meeting.id(), meeting.date(), deadlines.publicationDate(),
                deadlines.officerResponseDue(), deadlines.warnings());
    }

    private static RequestView request(InformationRequest r) {
        OfficerResponse response = r.response().orElse(null);
        return new RequestView(r.id(), r.officer().username(), r.officer().displayName(), r.due(), r.originalDue(),
                lower(r.status()), response == null ? null : lower(response.status()),
                response == null ? null : response.returnedReason(),
                r.extensions().stream().map(e -> new ExtensionView(e.id(), username(e.askedBy()), e.askedAt(),
                        e.reason(), e.previousDue(), e.requestedDue(), lower(e.decision()), username(e.decidedBy()),
                        e.decidedAt(), e.grantedDue(), e.decisionReason())).toList(),
                r.handOvers().stream().map(h -> new HandOverView(h.id(), username(h.fromOfficer()),
                        username(h.toOfficer()), username(h.handedBy()), h.handedAt(), h.reason())).toList());
    }

    private static String username(User user) {
        return user == null ? null : user.username();
    }

    private static TimelineView timelineEntry(int number, TimelineEntry e) {
        User who = e.who();
        return new TimelineView(number, e.happenedAt(), who == null ? null : who.username(),
                e.fromStage() == null ? null : lower(e.fromStage()), lower(e.toStage()), e.why(), e.whatChanged(),
                null, null);
    }

    private static TimelineView notice(int number, ChaseNotice n) {
        // Notices are sent only while the officer's task waits, so at request_issued, and move nothing.
        String stage = lower(Stage.REQUEST_ISSUED);
        return new TimelineView(number, n.createdAt(), null, stage, stage, null, n.describe(), lower(n.kind()),
                n.describeEmail());
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase();
    }

    private static LocalDate meetingDate(ScrutinyItem item) {
        return item.targetMeeting() == null ? null : item.targetMeeting().date();
    }
}
