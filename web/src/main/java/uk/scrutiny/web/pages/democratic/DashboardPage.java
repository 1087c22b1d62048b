package uk.scrutiny.web.pages.democratic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.item.AgendaReadiness;
import uk.scrutiny.domain.model.item.DeadlineQueries;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestSearch;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.workflow.chasing.OfficerChasing;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.WaitingTasks;
import uk.scrutiny.workflow.recommendations.FollowUpAction;
import uk.scrutiny.workflow.recommendations.RecommendationLifecycle;

/**
 * Democratic services' start page: what waits on them, what is overdue, what falls due in the next ten working
 * days, how ready each coming meeting's agenda is, the executive responses and deep dives to chase, the extensions
 * to decide. A council with fifty committees has hundreds of each, so every list is one page at a time (its page
 * number in the address, its total shown) and can be narrowed to one committee; the agendas are counted here and
 * listed on each meeting's agenda page. What waits on them is read a page at a time from the database (the
 * escalated responses first, then the lifecycle's tasks), never all of it.
 */
@Named
@RequestScoped
public class DashboardPage extends DemocraticServicesPage {

    /** How far ahead "due soon" looks. */
    static final int SOON_WORKING_DAYS = 10;
    /** What waits on democratic services, a page. */
    static final int TASKS_PER_PAGE = 20;
    /** Coming meetings, a page. */
    static final int MEETINGS_PER_PAGE = 20;
    /** Every other list, a page. */
    static final int ROWS_PER_PAGE = 10;
    static final String PATH = "/democratic/dashboard.xhtml";

    /** A request still awaiting its officer, with how its due date was worked out. */
    public record RequestRow(InformationRequest request, String committee, String left, String tagClass,
            List<String> explanation) {
    }

    /** A coming meeting, its publication date and its agenda counted. */
    public record MeetingRow(Meeting meeting, String committee, MeetingDeadlines deadlines, String publicationLeft,
            String publicationTag, AgendaCount agenda) {
    }

    /**
     * Something waiting on democratic services.
     *
     * @param escalated an officer's overdue response escalated to them
     * @param actionPage where to act when it is not the item page (an extension's decision, a deep dive), or null
     * @param actionLabel the words of the link to it
     * @param requestId for the review of one officer's response: which request, so the item page opens that
     *                  response (an item with several officers has one review per response); for an escalation, the
     *                  request whose response is overdue; otherwise null
     * @param actionOf what on the item the action link is for when the item can have several of its kind (an
     *                 extension's decision: {@code extension-<id>}), or null when there is one per item
     */
    public record TaskRow(long itemId, String title, String committee, String task, LocalDate due, boolean escalated,
            String actionPage, String actionLabel, Long requestId, String actionOf) {

        public TaskRow(long itemId, String title, String committee, String task, LocalDate due, boolean escalated,
                String actionPage, String actionLabel, Long requestId) {
            this(itemId, title, committee, task, due, escalated, actionPage, actionLabel, requestId, null);
        }

        public TaskRow(long itemId, String title, String committee, String task, LocalDate due, boolean escalated,
                String actionPage, String actionLabel) {
            this(itemId, title, committee, task, due, escalated, actionPage, actionLabel, null, null);
        }

        /**
         * The action link's id, unique on the page: {@code act-<item>} for a deep dive (one per item), with what it
         * is for after it when an item has several (each officer of an item may ask for an extension).
         */
        public String actionId() {
            return "act-" + itemId + (actionOf == null ? "" : "-" + actionOf);
        }

        /**
         * Unique on the page: an item with several officers has a review task per response, and an escalation per
         * overdue response (alongside the review of another officer's response).
         */
        public String rowId() {
            return "task-" + itemId + (requestId == null ? "" : (escalated ? "-escalation-" : "-request-") + requestId);
        }

        /** The item page, at the response this task reviews when it reviews one. */
        public String itemPage() {
            return "/democratic/item.xhtml?id=" + itemId
                    + (requestId == null || escalated ? "" : "&review=" + requestId + "#review-heading");
        }
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
    WaitingTasks waitingTasks;

    @Inject
    OfficerChasing chasing;

    @Inject
    DeepDiveRepository deepDives;

    @Inject
    RecommendationLifecycle recommendationTasks;

    // The address's parameters, as sent.
    private String committee;
    private String page;
    private String overduePage;
    private String soonPage;
    private String meetingsPage;
    private String executivePage;
    private String deepDivesPage;
    private String extensionsPage;

    private LocalDate soonUntil;
    private LocalDate meetingsUntil;
    private List<Committee> allCommittees;
    private Committee selected;
    private Map<Long, String> committeeNames;
    private final List<TaskRow> tasks = new ArrayList<>();
    private final List<RequestRow> overdue = new ArrayList<>();
    private final List<RequestRow> dueSoon = new ArrayList<>();
    private final List<MeetingRow> meetings = new ArrayList<>();
    private final List<ExecutiveResponseRow> executiveResponses = new ArrayList<>();
    private final List<TaskRow> deepDiveTasks = new ArrayList<>();
    private final List<TaskRow> extensionTasks = new ArrayList<>();
    private Paging taskPaging;
    private Paging overduePaging;
    private Paging soonPaging;
    private Paging meetingPaging;
    private Paging executivePaging;
    private Paging deepDivePaging;
    private Paging extensionPaging;

    // REQUIRED: the tasks come from Flowable.
    @Override
    @Transactional
    public void load() {
        LocalDate today = today();
        soonUntil = today;
        for (int i = 0; i < SOON_WORKING_DAYS; i++) {
            soonUntil = deadlines().calendar().nextWorkingDay(soonUntil);
        }
        allCommittees = committees.findAll();
        committeeNames = allCommittees.stream().collect(Collectors.toMap(Committee::id, Committee::name));
        Long asked = FormRequests.id(committee);
        selected = allCommittees.stream().filter(c -> c.id().equals(asked)).findFirst().orElse(null);
        loadTasks();
        overduePaging = loadRequests(RequestSearch.of(today).withOverdue(true), overduePage, "overduePage",
                "overdue-heading", overdue);
        soonPaging = loadRequests(RequestSearch.of(today).withOverdue(false).withDueBetween(today, soonUntil),
                soonPage, "soonPage", "due-soon-heading", dueSoon);
        loadMeetings();
        loadExecutiveResponses();
        loadDeepDives();
        loadExtensions();
    }

    /**
     * A page of what waits on democratic services: the officers' responses escalated to them first (the most
     * pressing: overdue, and no one else chases them), then the lifecycle's tasks, earliest due first. Both are
     * counted and only the rows of this page read.
     */
    private void loadTasks() {
        Actor actor = actor();
        int asked = Paging.requested(page);
        Page shown = tasksFrom(actor, (asked - 1) * TASKS_PER_PAGE);
        taskPaging = Paging.of(page, TASKS_PER_PAGE, shown.total(), address(), "page", "waiting-heading");
        if (taskPaging.number() != asked) {
            shown = tasksFrom(actor, taskPaging.first());
        }
        Set<Long> ids = new LinkedHashSet<>();
        shown.escalated().forEach(e -> ids.add(e.itemId()));
        shown.process().forEach(t -> ids.add(t.itemId()));
        Map<Long, ScrutinyItem> byId = byId(ids);
        for (OfficerChasing.Escalation e : shown.escalated()) {
            ScrutinyItem item = byId.get(e.itemId());
            if (item != null) {
                tasks.add(new TaskRow(item.id(), item.title(), committeeName(item), "Chase the response from "
                        + e.officer() + ", overdue and escalated to you, or hand the request to another officer",
                        e.due(), true, null, null, e.requestId()));
            }
        }
        for (ItemLifecycle.WaitingTask task : shown.process()) {
            ScrutinyItem item = byId.get(task.itemId());
            if (item != null) {
                tasks.add(new TaskRow(item.id(), item.title(), committeeName(item), task.taskName(), task.due(), false,
                        null, null, task.requestId()));
            }
        }
    }

    /** A page of what waits on democratic services: the escalations, then the process's tasks, and their total. */
    private record Page(List<OfficerChasing.Escalation> escalated, List<ItemLifecycle.WaitingTask> process,
            long total) {
    }

    private Page tasksFrom(Actor actor, int from) {
        OfficerChasing.Escalations escalations = chasing.escalations(actor, committeeId(), from, TASKS_PER_PAGE);
        int rest = TASKS_PER_PAGE - escalations.escalations().size();
        WaitingTasks.First process = waitingTasks.page(actor, committeeId(),
                (int) Math.max(0, from - escalations.total()), rest);
        return new Page(escalations.escalations(), process.tasks(), escalations.total() + process.total());
    }

    /** A page of the requests awaiting their officers that the search finds, earliest due first. */
    private Paging loadRequests(RequestSearch search, String requested, String parameter, String anchor,
            List<RequestRow> rows) {
        RequestSearch open = search.withStatus(RequestStatus.OPEN).withCommittee(committeeId());
        int asked = Paging.requested(requested);
        RequestSearch.Result shown = items.searchRequests(open.page(asked - 1, ROWS_PER_PAGE));
        Paging paging = Paging.of(requested, ROWS_PER_PAGE, shown.total(), address(), parameter, anchor);
        if (paging.number() != asked) {
            shown = items.searchRequests(open.page(paging.number() - 1, ROWS_PER_PAGE));
        }
        for (InformationRequest request : shown.requests()) {
            rows.add(new RequestRow(request, committeeName(request.item()), left(request.due()),
                    tagClass(request.due()), explanation(request)));
        }
        return paging;
    }

    /**
     * How the request's due date was worked out: from its meeting's officer response deadline, moved by any
     * extension granted since.
     */
    private List<String> explanation(InformationRequest request) {
        List<String> steps = new ArrayList<>();
        Meeting meeting = request.item().targetMeeting();
        LocalDate deadline = meeting == null ? null : deadlines().deadlinesFor(meeting.date()).officerResponseDue();
        if (deadline != null && deadline.equals(request.originalDue())) {
            steps.addAll(steps(deadlines().deadlinesFor(meeting.date()).officerResponse()));
        } else if (deadline != null) {
            steps.add("The meeting on " + Days.format(meeting.date()) + " has its officer responses due on "
                    + Days.format(deadline) + "; this request was given " + Days.format(request.originalDue())
                    + " when it was issued.");
        } else {
            steps.add("Given " + Days.format(request.originalDue()) + " when it was issued: the item has no meeting.");
        }
        if (!request.due().equals(request.originalDue())) {
            steps.add("Moved to " + Days.format(request.due()) + " since: an extension was granted or the item moved "
                    + "to another meeting.");
        }
        return steps;
    }

    /** The meetings of the coming meeting cycle, a page, each with its agenda counted. */
    private void loadMeetings() {
        LocalDate today = today();
        meetingsUntil = today.plusMonths(deadlines().rules().meetingCycleMonths());
        List<Meeting> coming = committees.findMeetings(committeeId(), today, meetingsUntil).stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
        meetingPaging = Paging.of(meetingsPage, MEETINGS_PER_PAGE, coming.size(), address(), "meetingsPage",
                "meetings-heading");
        List<Meeting> shown = pageOf(coming, meetingPaging);
        if (shown.isEmpty()) {
            return;
        }
        Map<Long, MeetingDeadlines> byMeeting = new HashMap<>();
        Map<Long, EnumMap<AgendaReadiness, Integer>> counts = new HashMap<>();
        for (Meeting meeting : shown) {
            byMeeting.put(meeting.id(), deadlines().deadlinesFor(meeting.date()));
            counts.put(meeting.id(), new EnumMap<>(AgendaReadiness.class));
        }
        for (DeadlineQueries.AgendaEntry entry : queries.agendaEntries(counts.keySet())) {
            EnumMap<AgendaReadiness, Integer> count = counts.get(entry.meetingId());
            if (count != null) {
                count.merge(AgendaReadiness.of(entry.published(), entry.requests(),
                        byMeeting.get(entry.meetingId()).officerResponseDue(), today), 1, Integer::sum);
            }
        }
        for (Meeting meeting : shown) {
            MeetingDeadlines d = byMeeting.get(meeting.id());
            meetings.add(new MeetingRow(meeting, committeeNames.get(meeting.committee().id()), d,
                    left(d.publicationDate()), tagClass(d.publicationDate()), AgendaCount.of(counts.get(meeting.id()))));
        }
    }

    /**
     * The executive responses overdue or due in the next ten working days, one row per item: the recommendations
     * of one meeting are all due on the same day.
     */
    private void loadExecutiveResponses() {
        Map<Long, List<Recommendation>> byItem = new LinkedHashMap<>();
        for (Recommendation r : recommendations.findAwaitingExecutiveResponseDueBefore(soonUntil.plusDays(1))) {
            if (r.item().stage().isOpen() && ofSelected(r.item())) {
                byItem.computeIfAbsent(r.item().id(), id -> new ArrayList<>()).add(r);
            }
        }
        List<List<Recommendation>> all = new ArrayList<>(byItem.values());
        executivePaging = Paging.of(executivePage, ROWS_PER_PAGE, all.size(), address(), "executivePage",
                "executive-responses-heading");
        for (List<Recommendation> awaiting : pageOf(all, executivePaging)) {
            ScrutinyItem item = awaiting.get(0).item();
            LocalDate due = awaiting.get(0).executiveResponseDue();
            executiveResponses.add(new ExecutiveResponseRow(item.id(), item.title(), committeeName(item),
                    awaiting.size(), due, left(due), tagClass(due)));
        }
    }

    /**
     * Deep dives waiting on democratic services: those referred to one and not started (no process task waits for
     * that: starting the deep dive starts its process), and those under way (the recommendations process's task).
     */
    private void loadDeepDives() {
        // Those awaiting their start first, then those under way; only the page's items are read.
        long awaitingStart = deepDives.countItemsAwaitingStart(committeeId());
        List<RecommendationLifecycle.WaitingTask> underWay = recommendationTasks.tasksFor(actor(),
                FollowUpAction.ADD_EVIDENCE_SESSION, committeeId());
        deepDivePaging = Paging.of(deepDivesPage, ROWS_PER_PAGE, (int) awaitingStart + underWay.size(), address(),
                "deepDivesPage", "deep-dives-heading");
        int first = deepDivePaging.first();
        int end = first + deepDivePaging.size();
        if (first < awaitingStart) {
            for (ScrutinyItem item : deepDives.findItemsAwaitingStart(committeeId(), first,
                    (int) Math.min(end, awaitingStart) - first)) {
                deepDiveTasks.add(new TaskRow(item.id(), item.title(), committeeName(item), "Start the deep dive",
                        null, false, "/democratic/deep-dive.xhtml?item=" + item.id(), "Go to the deep dive"));
            }
        }
        List<RecommendationLifecycle.WaitingTask> shown = underWay.subList(
                (int) Math.min(underWay.size(), Math.max(0, first - awaitingStart)),
                (int) Math.min(underWay.size(), Math.max(0, end - awaitingStart)));
        Map<Long, ScrutinyItem> byId = byId(shown.stream().map(RecommendationLifecycle.WaitingTask::itemId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        for (RecommendationLifecycle.WaitingTask task : shown) {
            ScrutinyItem item = byId.get(task.itemId());
            if (item != null) {
                deepDiveTasks.add(new TaskRow(item.id(), item.title(), committeeName(item), task.taskName(),
                        task.due(), false, "/democratic/deep-dive.xhtml?item=" + item.id(), "Go to the deep dive"));
            }
        }
    }

    /** The extensions officers asked for that await democratic services' decision. */
    private void loadExtensions() {
        List<TaskRow> all = new ArrayList<>();
        for (InformationRequest request : items.findRequestsWithPendingExtension()) {
            ScrutinyItem item = request.item();
            if (item.stage() != Stage.REQUEST_ISSUED || !ofSelected(item)) {
                continue;
            }
            request.pendingExtension().ifPresent(e -> all.add(new TaskRow(item.id(), item.title(),
                    committeeName(item), "Decide on an extension asked for by " + request.officer().displayName()
                            + " (to " + Days.format(e.requestedDue()) + ")", request.due(), false,
                    "/democratic/extension.xhtml?item=" + item.id() + "&request=" + request.id() + "&extension="
                            + e.id(), "Decide on the extension", null, "extension-" + e.id())));
        }
        extensionPaging = Paging.of(extensionsPage, ROWS_PER_PAGE, all.size(), address(), "extensionsPage",
                "extensions-heading");
        extensionTasks.addAll(pageOf(all, extensionPaging));
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private Long committeeId() {
        return selected == null ? null : selected.id();
    }

    private boolean ofSelected(ScrutinyItem item) {
        return selected == null || selected.id().equals(item.committee().id());
    }

    private String committeeName(ScrutinyItem item) {
        return committeeNames.getOrDefault(item.committee().id(), "");
    }

    /** This page's address with the committee chosen: each list's page links add their own number to it. */
    private String address() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("committee", selected == null ? null : String.valueOf(selected.id()));
        return Paging.address(PATH, parameters);
    }

    private Map<Long, ScrutinyItem> byId(Set<Long> ids) {
        return queries.items(ids).stream().collect(Collectors.toMap(ScrutinyItem::id, Function.identity()));
    }

    private static <T> List<T> pageOf(List<T> all, Paging paging) {
        return all.subList(Math.min(all.size(), paging.first()), Math.min(all.size(), paging.first() + paging.size()));
    }

    // ---- What the page shows -----------------------------------------------------------------------------------

    /** "for Children's Services" when one committee is chosen, else nothing. */
    public String scope() {
        return selected == null ? "" : " for " + selected.name();
    }

    public List<Committee> getCommittees() { return allCommittees; }
    public Committee getSelected() { return selected; }
    public String getCommitteeChoice() { return selected == null ? "" : String.valueOf(selected.id()); }
    public void setCommitteeChoice(String ignored) { /* sent by GET, read through the committee parameter */ }
    public LocalDate getToday() { return today(); }
    public LocalDate getSoonUntil() { return soonUntil; }
    public LocalDate getMeetingsUntil() { return meetingsUntil; }
    public List<TaskRow> getTasks() { return tasks; }
    public List<RequestRow> getOverdue() { return overdue; }
    public List<RequestRow> getDueSoon() { return dueSoon; }
    public List<MeetingRow> getMeetings() { return meetings; }
    public List<ExecutiveResponseRow> getExecutiveResponses() { return executiveResponses; }
    public List<TaskRow> getDeepDives() { return deepDiveTasks; }
    public List<TaskRow> getExtensions() { return extensionTasks; }
    public Paging getTaskPaging() { return taskPaging; }
    public Paging getOverduePaging() { return overduePaging; }
    public Paging getSoonPaging() { return soonPaging; }
    public Paging getMeetingPaging() { return meetingPaging; }
    public Paging getExecutivePaging() { return executivePaging; }
    public Paging getDeepDivePaging() { return deepDivePaging; }
    public Paging getExtensionPaging() { return extensionPaging; }

    public String getCommittee() { return committee; }
    public void setCommittee(String v) { committee = v; }
    public String getPage() { return page; }
    public void setPage(String v) { page = v; }
    public String getOverduePage() { return overduePage; }
    public void setOverduePage(String v) { overduePage = v; }
    public String getSoonPage() { return soonPage; }
    public void setSoonPage(String v) { soonPage = v; }
    public String getMeetingsPage() { return meetingsPage; }
    public void setMeetingsPage(String v) { meetingsPage = v; }
    public String getExecutivePage() { return executivePage; }
    public void setExecutivePage(String v) { executivePage = v; }
    public String getDeepDivesPage() { return deepDivesPage; }
    public void setDeepDivesPage(String v) { deepDivesPage = v; }
    public String getExtensionsPage() { return extensionsPage; }
    public void setExtensionsPage(String v) { extensionsPage = v; }
}
