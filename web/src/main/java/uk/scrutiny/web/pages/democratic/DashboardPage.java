package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.DeadlineCalculator;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.item.AgendaReadiness;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Democratic services' start page: what is overdue, what falls due in the next ten working days, how ready each
 * coming meeting's agenda is, and what waits on them. Read in a handful of queries whatever the number of items:
 * the requests and agendas come with everything shown already loaded.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** How far ahead "due soon" looks. */
    static final int SOON_WORKING_DAYS = 10;

    /** A request still awaiting its officer. */
    public record RequestRow(InformationRequest request, String left, String tagClass) {
    }

    /** An item on a coming agenda and how ready it is. */
    public record AgendaRow(ScrutinyItem item, AgendaReadiness readiness) {
    }

    /** A coming meeting with its deadlines and agenda. */
    public record MeetingRow(Meeting meeting, String committee, MeetingDeadlines deadlines, String publicationLeft,
            String publicationTag, String responseLeft, String responseTag, List<AgendaRow> agenda) {
    }

    /**
     * Something waiting on democratic services.
     *
     * @param actionPage where to act when it is not the item page (an extension's decision, a deep dive), or null
     * @param actionLabel the words of the link to it
     */
    public record TaskRow(long itemId, String title, String committee, String task, LocalDate due,
            String actionPage, String actionLabel) {
    }

    /** An item whose recommendations await the executive's response, due soon or overdue. */
    public record ExecutiveResponseRow(long itemId, String title, String committee, int awaiting, LocalDate due,
            String left, String tagClass) {
    }

    @Inject
    DeadlineQueries queries;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    ScrutinyItemRepository items;

    @Inject
    CommitteeRepository committees;

    @Inject
    CouncilCalendar calendar;

    @Inject
    ItemLifecycle lifecycle;

    @Inject
    SecurityContext security;

    @Inject
    DeepDiveRepository deepDives;

    @Inject
    RecommendationLifecycle recommendationTasks;

    Clock clock = Clock.systemUTC();

    private LocalDate today;
    private LocalDate soonUntil;
    private LocalDate meetingsUntil;
    private DeadlineCalculator deadlines;
    private final List<RequestRow> overdue = new ArrayList<>();
    private final List<RequestRow> dueSoon = new ArrayList<>();
    private final List<MeetingRow> meetings = new ArrayList<>();
    private final List<TaskRow> tasks = new ArrayList<>();
    private final List<ExecutiveResponseRow> executiveResponses = new ArrayList<>();

    // REQUIRED: the tasks come from Flowable (see ItemLifecycle.status).
    @Transactional
    public void load() {
        today = Days.today(clock);
        deadlines = calendar.deadlines();
        soonUntil = today;
        for (int i = 0; i < SOON_WORKING_DAYS; i++) {
            soonUntil = deadlines.calendar().nextWorkingDay(soonUntil);
        }
        for (InformationRequest request : queries.openRequestsDueBy(soonUntil)) {
            RequestRow row = new RequestRow(request, Days.left(deadlines, today, request.due()),
                    Days.tagClass(deadlines, today, request.due()));
            (request.due().isBefore(today) ? overdue : dueSoon).add(row);
        }
        loadMeetings();
        loadTasks();
        loadExecutiveResponses();
    }

    /**
     * The executive responses overdue or due in the next ten working days, one row per item: the recommendations
     * of one meeting are all due on the same day.
     */
    private void loadExecutiveResponses() {
        Map<Long, List<Recommendation>> byItem = new LinkedHashMap<>();
        for (Recommendation r : recommendations.findAwaitingExecutiveResponseDueBefore(soonUntil.plusDays(1))) {
            if (r.item().stage().isOpen()) {
                byItem.computeIfAbsent(r.item().id(), id -> new ArrayList<>()).add(r);
            }
        }
        for (List<Recommendation> awaiting : byItem.values()) {
            ScrutinyItem item = awaiting.get(0).item();
            LocalDate due = awaiting.get(0).executiveResponseDue();
            executiveResponses.add(new ExecutiveResponseRow(item.id(), item.title(), item.committee().name(),
                    awaiting.size(), due, Days.left(deadlines, today, due), Days.tagClass(deadlines, today, due)));
        }
    }

    /** The meetings of the coming meeting cycle: those whose agendas are being prepared now. */
    private void loadMeetings() {
        meetingsUntil = today.plusMonths(deadlines.rules().meetingCycleMonths());
        Map<Long, String> committeeNames = committees.findAll().stream()
                .collect(Collectors.toMap(Committee::id, Committee::name));
        Map<Long, List<AgendaRow>> agendas = new LinkedHashMap<>();
        Map<Long, MeetingDeadlines> byMeeting = new LinkedHashMap<>();
        List<Meeting> coming = committees.findMeetings(null, today, meetingsUntil).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
        for (Meeting meeting : coming) {
            byMeeting.put(meeting.id(), deadlines.deadlinesFor(meeting.date()));
            agendas.put(meeting.id(), new ArrayList<>());
        }
        for (ScrutinyItem item : queries.openAgendaItems(today, meetingsUntil)) {
            List<AgendaRow> agenda = agendas.get(item.targetMeeting().id());
            if (agenda != null) {
                agenda.add(new AgendaRow(item, AgendaReadiness.of(item,
                        byMeeting.get(item.targetMeeting().id()).officerResponseDue(), today)));
            }
        }
        for (Meeting meeting : coming) {
            MeetingDeadlines d = byMeeting.get(meeting.id());
            meetings.add(new MeetingRow(meeting, committeeNames.get(meeting.committee().id()), d,
                    Days.left(deadlines, today, d.publicationDate()), Days.tagClass(deadlines, today,
                            d.publicationDate()), Days.left(deadlines, today, d.officerResponseDue()),
                    Days.tagClass(deadlines, today, d.officerResponseDue()), agendas.get(meeting.id())));
        }
    }

    /** The lifecycle's tasks for democratic services, and the extensions awaiting their decision. */
    private void loadTasks() {
        List<ItemLifecycle.WaitingTask> waiting = lifecycle.tasksFor(Actors.of(security));
        List<InformationRequest> extensions = items.findRequestsWithPendingExtension();
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        waiting.forEach(t -> ids.add(t.itemId()));
        Map<Long, ScrutinyItem> byId = queries.items(ids).stream()
                .collect(Collectors.toMap(ScrutinyItem::id, Function.identity()));
        for (ItemLifecycle.WaitingTask task : waiting) {
            ScrutinyItem item = byId.get(task.itemId());
            if (item != null) {
                tasks.add(new TaskRow(item.id(), item.title(), item.committee().name(), task.taskName(), task.due(),
                        null, null));
            }
        }
        for (InformationRequest request : extensions) {
            ScrutinyItem item = request.item();
            String decisionPage = request.pendingExtension().map(e -> "/democratic/extension.xhtml?item=" + item.id()
                    + "&request=" + request.id() + "&extension=" + e.id()).orElse(null);
            tasks.add(new TaskRow(item.id(), item.title(), item.committee().name(),
                    "Decide on an extension asked for by " + request.officer().displayName(), request.due(),
                    decisionPage, "Decide on the extension"));
        }
        loadDeepDives();
    }

    /**
     * Deep dives waiting on democratic services: those referred to one and not started (no process task waits for
     * that: starting the deep dive starts its process), and those under way (the recommendations process's task).
     */
    private void loadDeepDives() {
        Actor actor = Actors.of(security);
        for (ScrutinyItem item : deepDives.findItemsAwaitingStart()) {
            tasks.add(new TaskRow(item.id(), item.title(), item.committee().name(), "Start the deep dive", null,
                    "/democratic/deep-dive.xhtml?item=" + item.id(), "Go to the deep dive"));
        }
        List<RecommendationLifecycle.WaitingTask> underWay = recommendationTasks.tasksFor(actor).stream()
                .filter(t -> t.action().contains(FollowUpAction.ADD_EVIDENCE_SESSION.apiName())).toList();
        Map<Long, ScrutinyItem> byId = queries.items(underWay.stream().map(RecommendationLifecycle.WaitingTask::itemId)
                .collect(Collectors.toCollection(LinkedHashSet::new))).stream()
                .collect(Collectors.toMap(ScrutinyItem::id, Function.identity()));
        for (RecommendationLifecycle.WaitingTask task : underWay) {
            ScrutinyItem item = byId.get(task.itemId());
            if (item != null && item.stage().isOpen()) {
                tasks.add(new TaskRow(item.id(), item.title(), item.committee().name(), task.taskName(), task.due(),
                        "/democratic/deep-dive.xhtml?item=" + item.id(), "Go to the deep dive"));
            }
        }
    }

    public String format(LocalDate date) {
        return Days.format(date);
    }

    public String left(LocalDate due) {
        return Days.left(deadlines, today, due);
    }

    /** The steps of a computed date, for its details element. */
    public List<String> steps(ExplainedDate date) {
        List<String> all = new ArrayList<>(date.steps());
        all.addAll(date.warnings());
        return all;
    }

    public String readinessTag(AgendaReadiness readiness) {
        return switch (readiness) {
            case PUBLISHED, ACCEPTED -> "govuk-tag--green";
            case RESPONSE_IN -> "govuk-tag--blue";
            case NOT_YET_DUE, NO_REQUEST -> "govuk-tag--grey";
            case LATE, NO_REQUEST_LATE -> "govuk-tag--red";
        };
    }

    public LocalDate getToday() { return today; }
    public LocalDate getSoonUntil() { return soonUntil; }
    public LocalDate getMeetingsUntil() { return meetingsUntil; }
    public List<RequestRow> getOverdue() { return overdue; }
    public List<RequestRow> getDueSoon() { return dueSoon; }
    public List<MeetingRow> getMeetings() { return meetings; }
    public List<TaskRow> getTasks() { return tasks; }
    public List<ExecutiveResponseRow> getExecutiveResponses() { return executiveResponses; }
}
