package uk.scrutiny.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.OfficerResponse;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.TimelineEntry;
import uk.scrutiny.domain.model.notice.ChaseNotice;
import uk.scrutiny.domain.model.notice.ItemTimeline;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.redflag.DataQuality;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.chasing.OfficerChasing;
import uk.scrutiny.workflow.engine.RetriedOnLockContention;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.RetriedAfterConcurrentChange;
import uk.scrutiny.workflow.lifecycle.WaitingTasks;

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

    @Schema(name = "DataQuality", description = "The member's answers to the toolkit's data-quality prompts; a "
            + "missing answer was not given, and unanswered lists those prompts (lower case, as the API writes every choice)")
    public record DataQualityView(Boolean officialStatistic, String dataPoints, String dataSetSize,
            String howCalculated, String timeliness, String knownQualityIssues, List<String> unanswered) {
    }

    @Schema(name = "RedFlag", description = "The red flag the item started from")
    public record RedFlagView(long id, long dataSourceId, String dataSource, String indicator, String observation,
            String severity, String whyItMatters, String raisedBy, LocalDate raisedOn, DataQualityView dataQuality) {
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
            List<String> warnings,
            @Schema(description = "for an item raised as a red flag: the flag and its data-quality answers")
            RedFlagView redFlag) {
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
            LocalDate meetingDate,
            @Schema(description = "for a task of one request (an officer's response, the review of it): the "
                    + "request, as an item may have several; absent for the item's own tasks") Long requestId,
            @Schema(description = "the user name of that request's officer") String officer,
            @Schema(description = "that request's officer by name") String officerName) {
    }

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CouncilCalendar calendar;

    @Inject
    WaitingTasks waitingTasks;

    @Inject
    DeadlineQueries deadlineQueries;

    @Inject
    ChaseNoticeRepository notices;

    @Inject
    OfficerChasing chasing;

    /**
     * An action on the item and the item as the action left it, in one transaction: the answer reuses the item the
     * action loaded and locked, and sees the task the action's completion created, instead of a second transaction
     * reading item and task again. A deadlock lost to another item's transaction retries both together.
     */
    @Transactional
    @RetriedOnLockContention
    public ItemView afterChange(long id, Actor actor, Runnable action) {
        action.run();
        return item(id, actor, null);
    }

    /**
     * As {@link #afterChange}, for an action on one request of the item (an officer's response, the review of one
     * response): run again from the start when it lost the item's lock to an action on another request of the same
     * item, which does not conflict with it ({@link RetriedAfterConcurrentChange}; the action's own checks refuse a
     * second try that does). The retry has to wrap this transaction: the action inside joins it.
     */
    @Transactional
    @RetriedAfterConcurrentChange
    @RetriedOnLockContention
    public ItemView afterRequestChange(long id, Actor actor, Runnable action) {
        action.run();
        return item(id, actor, null);
    }

    @Transactional
    public ItemView item(long id, Actor actor, List<String> warnings) {
        return view(lifecycle.status(id, actor), warnings);
    }

    private ItemView view(ItemLifecycle.Status status, List<String> warnings) {
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
                task, status.allowedActions(), status.yourActions(), warnings == null ? List.of() : warnings,
                item.origin().redFlag() == null ? null : redFlag(item.origin().redFlag()));
    }

    private static RedFlagView redFlag(RedFlag flag) {
        DataQuality q = flag.dataQuality();
        return new RedFlagView(flag.id(), flag.dataSource().id(), flag.dataSource().name(), flag.indicator(),
                flag.observation(), lower(flag.severity()), flag.whyItMatters(), flag.raisedBy().username(),
                flag.raisedOn(), new DataQualityView(q.officialStatistic(), lower(q.dataPoints()), q.dataSetSize(),
                        q.howCalculated(), q.timeliness(), q.knownQualityIssues(),
                        q.unanswered().stream().map(ItemViews::lower).toList()));
    }

    /**
     * The item as the signed-in user may read it: an officer with no other role sees only the items they hold a
     * request for (or whose task, such as background enquiries, is theirs); to anyone else the item does not exist
     * (404), so officers learn nothing of other services' items. Everyone else with an API role reads every item.
     */
    @Transactional
    public ItemView readableItem(long id, Actor actor) {
        // One status for both: each costs the process task's queries.
        ItemLifecycle.Status status = lifecycle.status(id, actor);
        requireReadable(status, actor);
        return view(status, null);
    }

    @Transactional
    public List<TimelineView> timeline(long id, Actor actor) {
        ItemLifecycle.Status status = lifecycle.status(id, actor);
        requireReadable(status, actor);
        return timeline(status.item().timeline(), notices.findByItem(id));
    }

    /** The item's own entries and its notices in time order (see {@link ItemTimeline#merge}). */
    static List<TimelineView> timeline(List<TimelineEntry> entries, List<ChaseNotice> itemNotices) {
        return ItemTimeline.merge(entries, itemNotices, ItemViews::timelineEntry, ItemViews::notice);
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

    /** One page of the tasks waiting on a user, and how many wait in all. */
    public record MyTasksPage(List<MyTaskView> tasks, long total) {
    }

    /**
     * One page of what waits on the user, earliest due first: the lifecycle process's tasks, the chair's urgent
     * agreements, democratic services' extension decisions and the officers' responses escalated to them, merged.
     * Each source is already in that order, so the first (page + 1) × size of the process's tasks and of the
     * escalations (each counted, not read, beyond that) are enough to know the page; only the page's items are then
     * read, in one query.
     */
    @Transactional
    public MyTasksPage myTasks(Actor actor, int page, int size) {
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) (page + 1) * size);
        WaitingTasks.First process = waitingTasks.first(actor, wanted);
        List<ItemLifecycle.WaitingTask> urgent = lifecycle.urgentAgreementsAwaited(actor);
        List<ItemLifecycle.WaitingTask> extensions = extensionDecisions(actor);
        OfficerChasing.Escalations standing = chasing.escalations(actor, null, 0, wanted);
        List<ItemLifecycle.WaitingTask> escalated = standing.escalations().stream()
                .map(e -> new ItemLifecycle.WaitingTask(e.itemId(), "hand-over", "Overdue and escalated: the response "
                        + "from " + e.officer() + " was due on " + DisplayDate.format(e.due()), e.due()))
                .toList();
        List<ItemLifecycle.WaitingTask> all = new ArrayList<>(process.tasks());
        all.addAll(urgent);
        all.addAll(extensions);
        all.addAll(escalated);
        // Stable: process tasks keep their creation order among equal due dates; an extension is due for a
        // decision by the request's current due date, after which the officer is late either way.
        all.sort(Comparator.comparing(ItemLifecycle.WaitingTask::due,
                Comparator.nullsLast(Comparator.naturalOrder())));
        long total = process.total() + urgent.size() + extensions.size() + standing.total();
        int from = (int) Math.min(all.size(), (long) page * size);
        List<ItemLifecycle.WaitingTask> onPage = all.subList(from, Math.min(all.size(), from + size));
        Map<Long, ScrutinyItem> byId = new HashMap<>();
        deadlineQueries.items(onPage.stream().map(ItemLifecycle.WaitingTask::itemId).collect(Collectors.toSet()))
                .forEach(item -> byId.put(item.id(), item));
        List<MyTaskView> views = new ArrayList<>();
        for (ItemLifecycle.WaitingTask task : onPage) {
            ScrutinyItem item = byId.get(task.itemId());
            if (item != null) {
                User officer = task.requestId() == null ? null
                        : item.findRequest(task.requestId()).map(InformationRequest::officer).orElse(null);
                views.add(new MyTaskView(item.id(), item.title(), lower(item.stage()), task.action(),
                        task.taskName(), task.due(), meetingDate(item), task.requestId(),
                        officer == null ? null : officer.username(), officer == null ? null : officer.displayName()));
            }
        }
        return new MyTasksPage(views, total);
    }

    /**
     * Extensions awaiting democratic services' decision, as {@link ItemLifecycle#pendingExtensions} finds them
     * (only an item at request_issued holds one), but from one query of the pending extensions rather than from
     * every item at that stage.
     */
    private List<ItemLifecycle.WaitingTask> extensionDecisions(Actor actor) {
        if (!actor.roles().contains(Role.DEMOCRATIC_SERVICES)) {
            return List.of();
        }
        List<ItemLifecycle.WaitingTask> decisions = new ArrayList<>();
        for (InformationRequest request : items.findRequestsWithPendingExtension()) {
            if (request.item().stage() == Stage.REQUEST_ISSUED) {
                request.pendingExtension().ifPresent(e -> decisions.add(new ItemLifecycle.WaitingTask(
                        request.item().id(), "grant-extension|refuse-extension", "Decide the extension asked for by "
                        + request.officer().username() + " (to " + e.requestedDue() + ")", request.due())));
            }
        }
        return decisions;
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
