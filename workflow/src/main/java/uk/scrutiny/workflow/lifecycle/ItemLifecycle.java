package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.catalogue.DataSource;
import uk.scrutiny.domain.model.catalogue.DataSourceRepository;
import uk.scrutiny.domain.model.committee.Committee;
import uk.scrutiny.domain.model.committee.CommitteeRepository;
import uk.scrutiny.domain.model.committee.CommitteesChaired;
import uk.scrutiny.domain.model.committee.Meeting;
import uk.scrutiny.domain.model.committee.MeetingStatus;
import uk.scrutiny.domain.model.deadline.MeetingDeadlines;
import uk.scrutiny.domain.model.item.ExtensionRequest;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.LineOfEnquiry;
import uk.scrutiny.domain.model.item.OfficerResponse;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.item.StandardDataInclusion;
import uk.scrutiny.domain.model.item.TriageDecision;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.redflag.RedFlag;
import uk.scrutiny.domain.model.redflag.RedFlagRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.chasing.OfficerChasing;
import uk.scrutiny.workflow.engine.RetriedOnLockContention;

/**
 * The business actions on a scrutiny item. Each method is one JTA transaction (CDI {@code @Transactional}; Flowable
 * joins it, see the workflow engine) that (1) finds the process task the action needs and refuses the action if
 * there is none ({@link LifecycleConflict}, 409) or it is not this user's ({@link LifecycleForbidden}, 403), (2)
 * changes the item, whose methods write the timeline, and stores it, and (3) completes the task. Any exception
 * rolls back both; the item's repository forces its version up and flushes on store, so a concurrent change by
 * someone else fails here with an optimistic lock exception (409) before the task is touched. Actions on one request
 * of the item (an officer's response, the review of one response) are run again after such a failure
 * ({@link RetriedAfterConcurrentChange}): actions on different requests do not conflict, and every check is made
 * again on the next try, so the same request acted on twice is still refused.
 *
 * <p>Withdrawal deletes the process instance ({@code runtimeService.deleteProcessInstance}) in the same
 * transaction rather than sending a message to an event sub-process: it is allowed at every open stage, including
 * those where no process runs any more (monitoring, recommendations made), so the service has to handle "no
 * process" anyway, and a delete needs no extra BPMN element per stage. The delete reason is kept in Flowable's
 * history; the item's timeline records who withdrew it and why.
 */
@ApplicationScoped
// A command that lost a deadlock to another item's runs once more: see the interceptor for what is never retried.
@RetriedOnLockContention
public class ItemLifecycle {

    public static final String PROCESS_KEY = "scrutinyItem";
    /** The multi-instance subprocess of the officers' responses: one instance per request. */
    static final String RESPONSES = "responses";
    /** What each instance of it keeps: the id of the request it answers. */
    static final String REQUEST_ID = "requestId";

    /** The process variable holding the item's id (the business key holds it too, as text). */
    static final String ITEM_ID = "itemId";

    private static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Inject
    ScrutinyItemRepository items;

    @Inject
    RedFlagRepository redFlags;

    @Inject
    CommitteeRepository committees;

    @Inject
    DataSourceRepository dataSources;

    @Inject
    UserRepository users;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    CandidateGroups candidateGroups;

    @Inject
    OfficerChasing chasing;

    @Inject
    WaitingTasks waitingTasks;

    @Inject
    ChairsCommittees chairs;

    private static final int REMEMBERED_PROCESS_INSTANCES = 20_000;

    /**
     * Each item's lifecycle process instance, as found by its business key: an item's lifecycle starts once, when
     * the item is created ({@link #raiseRedFlag}), and keeps its instance to the end, so every action and answer
     * after the first needs only the query of its tasks. An instance that has ended has no tasks, so a remembered
     * one is never wrong; only instances found are remembered, and the oldest are forgotten first.
     */
    private final Map<Long, List<String>> processInstances = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, List<String>> eldest) {
                    return size() > REMEMBERED_PROCESS_INSTANCES;
                }
            });

    // ---- Starting ----------------------------------------------------------------------------------------------

    /**
     * A member (or chair, or democratic services) raises a red flag: the flag is stored, the item it starts is
     * created and moved to triage, and the process starts with its triage task for the chair and democratic
     * services, who may ask for background enquiries first.
     */
    @Transactional
    public long raiseRedFlag(Commands.RaiseRedFlag command, Actor actor) {
        if (!(actor.has(Role.MEMBER) || actor.has(Role.CHAIR) || actor.has(Role.DEMOCRATIC_SERVICES))) {
            throw new LifecycleForbidden(0, null, List.of(), "Only members, chairs and democratic services raise "
                    + "red flags.");
        }
        Committee committee = committees.find(command.committeeId())
                .orElseThrow(() -> new NoSuchItem("committeeId", "No committee has id " + command.committeeId() + "."));
        DataSource source = dataSources.find(command.dataSourceId()).orElseThrow(
                () -> new NoSuchItem("dataSourceId", "No data source has id " + command.dataSourceId() + "."));
        User by = user(actor);
        LocalDateTime now = now();
        RedFlag flag = new RedFlag(committee, source, command.indicator(), command.observation(), command.severity(),
                command.whyItMatters(), by, now.toLocalDate());
        redFlags.store(flag);
        ScrutinyItem item = ScrutinyItem.raisedFrom(flag, command.title(), now);
        item.moveTo(Stage.TRIAGE, "Awaiting triage by the chair and democratic services.", by, now);
        items.store(item);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(item.id()),
                Map.of("itemId", item.id()));
        return item.id();
    }

    // ---- The actions -------------------------------------------------------------------------------------------

    @Transactional
    public void triage(long itemId, Commands.Triage command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Task task = requireTask(item, Action.TRIAGE, actor);
        User by = user(actor);
        LocalDateTime now = now();
        Meeting meeting = null;
        if (command.decision() == TriageDecision.REPORT) {
            if (command.meetingId() == null) {
                throw new DomainRuleViolation("meetingId", "Say which meeting the report is to go to.");
            }
            meeting = meeting(command.meetingId(), "meetingId");
        } else if (command.meetingId() != null) {
            throw new DomainRuleViolation("meetingId", "Only a report goes to a meeting.");
        }
        item.triage(command.decision(), command.reason(), command.reviewOn(), by, now);
        if (meeting != null) {
            item.scheduleFor(meeting, by, now);
        }
        items.store(item);
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", command.decision().name());
        if (command.decision() == TriageDecision.MONITOR) {
            // The watch list's timer fires at the start of the review day, council time.
            variables.put("reviewAt", Date.from(command.reviewOn().atStartOfDay(COUNCIL_ZONE).toInstant()));
        }
        complete(task, variables);
    }

    /**
     * Instead of deciding now, the chair or democratic services ask for background enquiries first: made by an
     * officer they name (their task) or by democratic services. The item goes back for triage with the findings.
     */
    @Transactional
    public void startBackgroundEnquiries(long itemId, Commands.StartBackgroundEnquiries command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Task task = requireTask(item, Action.START_BACKGROUND_ENQUIRIES, actor);
        User enquirer = null;
        if (command.officer() != null && !command.officer().isBlank()) {
            String username = command.officer().strip();
            enquirer = users.findByUsername(username).filter(u -> u.hasRole(Role.OFFICER)).orElseThrow(
                    () -> new DomainRuleViolation("officer", "No officer has the user name \"" + username + "\"."));
        }
        item.startBackgroundEnquiries(command.whatToFindOut(), enquirer, user(actor), now());
        items.store(item);
        Map<String, Object> variables = new HashMap<>();
        variables.put("decision", "ENQUIRIES");
        variables.put("enquirer", enquirer == null ? null : enquirer.username());
        complete(task, variables);
    }

    /** The officer asked (or democratic services) record what the enquiries found; the item is triaged next. */
    @Transactional
    public void recordBackgroundFindings(long itemId, String findings, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Task task = requireTask(item, Action.RECORD_FINDINGS, actor);
        item.recordBackgroundFindings(findings, user(actor), now());
        items.store(item);
        complete(task, Map.of());
    }

    /**
     * When a monitored item's review timer fires (UTC), if it is on the watch list: what the watch list shows,
     * read from the process's timer job so it is the date the engine will act on.
     */
    @Transactional
    public Optional<LocalDateTime> reviewTimer(long itemId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(String.valueOf(itemId)).list().stream()
                .flatMap(p -> managementService.createTimerJobQuery().processInstanceId(p.getId()).list().stream())
                .filter(job -> "awaitReview".equals(job.getElementId())).findFirst()
                .map(job -> LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneOffset.UTC));
    }

    /**
     * Adds the lines of enquiry and agrees them. Agreed later than one meeting cycle ahead, they are agreed anyway
     * (the meeting still needs its report) and the warning is returned and written on the timeline.
     */
    @Transactional
    public List<String> agreeKeyLinesOfEnquiry(long itemId, Commands.AgreeKeyLinesOfEnquiry command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Task task = requireTask(item, Action.AGREE_KEY_LINES_OF_ENQUIRY, actor);
        User by = user(actor);
        LocalDateTime now = now();
        for (String question : nonNull(command.questions())) {
            item.addKeyQuestion(question, by, now);
        }
        for (String dataRequest : nonNull(command.dataRequests())) {
            item.addDataRequest(dataRequest, by, now);
        }
        if (command.standardInclusions() != null) {
            item.chooseStandardInclusions(command.standardInclusions(), by, now);
        }
        LocalDate today = today();
        Meeting meeting = item.targetMeeting();
        LocalDate agreeBy = meeting == null ? null : kloeAgreedBy(meeting);
        boolean late = item.agreeKeyLinesOfEnquiry(today, agreeBy, by, now);
        items.store(item);
        complete(task, Map.of());
        List<String> warnings = new ArrayList<>();
        if (late) {
            warnings.add("The key lines of enquiry were agreed on " + today + ", later than one meeting cycle before "
                    + "the meeting on " + meeting.date() + " (they should have been agreed by " + agreeBy
                    + "): respondents have less time than the council aims for.");
        }
        return warnings;
    }

    /**
     * The council's rule: KLOE agreed by the committee's previous meeting (not a cancelled one), or one meeting
     * cycle before when the committee has no earlier meeting on record.
     */
    private LocalDate kloeAgreedBy(Meeting meeting) {
        List<Meeting> earlier = committees.findMeetings(meeting.committee().id(), null,
                meeting.date().minusDays(1)).stream().filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
        return earlier.isEmpty() ? calendar.deadlines().kloeAgreedBy(meeting.date()).date()
                : calendar.deadlines().kloeAgreedBy(meeting.date(), earlier.get(earlier.size() - 1).date()).date();
    }

    /**
     * Sends the agreed KLOE to one or more lead officers, each a request of their own, due by the target meeting's
     * officer response deadline. If that deadline has already passed (an item taken late, a further officer asked
     * late), the requests are due today and each one's timeline entry says why (the item's rule,
     * {@link ScrutinyItem#issueRequest(User, MeetingDeadlines, User, LocalDateTime)}): the domain refuses a due date
     * before the request is issued. The first officer named becomes the item's lead officer.
     *
     * <p>While the requests already issued are being answered or reviewed, democratic services may ask a further
     * officer (a colleague with part of the answer): the new request gets an instance of the responses subprocess
     * of its own, and the item waits for that response too before publication. A process started before items could
     * ask several officers (one officer task, no subprocess) is refused that with a 409 saying so; it carries on
     * with its one request.
     */
    @Transactional
    public void issueRequest(long itemId, List<String> officerUsernames, Actor actor) {
        ScrutinyItem item = lock(itemId);
        List<Task> tasks = tasks(item);
        Optional<Task> issueTask = tasks.stream().filter(t -> is(t, Action.ISSUE_REQUEST)).findFirst();
        boolean further = issueTask.isEmpty() && acceptsFurtherRequests(item, tasks);
        if (issueTask.isEmpty() && !further) {
            requireTask(item, Action.ISSUE_REQUEST, actor); // refuses, naming what is allowed now
        }
        if (issueTask.isPresent() ? !mayDo(issueTask.get(), actor) : !actor.has(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(itemId, item.stage(), allowedActions(item, tasks),
                    "Only democratic services issue requests.");
        }
        List<User> officers = officers(officerUsernames);
        if (issueTask.isPresent() && officers.size() > 1 && !hasResponsesSubprocess(issueTask.get())) {
            throw new LifecycleConflict(itemId, item.stage(), allowedActions(item, tasks), "This item's process "
                    + "was started before requests could go to several officers, so it takes one officer: issue "
                    + "the request to one, then hand it over or ask again after publication.");
        }
        if (item.targetMeeting() == null) {
            throw new DomainRuleViolation("meeting", "The item is not on any meeting's agenda.");
        }
        User by = user(actor);
        LocalDateTime now = now();
        MeetingDeadlines deadlines = calendar.deadlines().deadlinesFor(item.targetMeeting().date());
        if (issueTask.isPresent()) {
            item.assignLeadOfficer(officers.get(0), by, now);
        }
        List<InformationRequest> issued = new ArrayList<>();
        for (User officer : officers) {
            try {
                // Due by the meeting's deadline; past it, due today with the reason on the timeline (the item's rule).
                issued.add(item.issueRequest(officer, deadlines, by, now));
            } catch (DomainRuleViolation e) {
                // The item names the officer; the client named them in officers.
                throw "officer".equals(e.field()) ? new DomainRuleViolation("officers", e.getMessage()) : e;
            }
        }
        if (item.stage() != Stage.REQUEST_ISSUED) {
            item.moveTo(Stage.REQUEST_ISSUED, further ? "A further request was issued: the item waits for that "
                    + "response too." : null, by, now);
        }
        items.store(item); // flushes, so the requests have their ids
        List<Long> requestIds = issued.stream().map(InformationRequest::id).toList();
        if (issueTask.isPresent()) {
            // The subprocess reads the requests from the item; officer and due are for the single-request shape.
            complete(issueTask.get(), officerTaskVariables(issued.get(0)));
        } else {
            String processInstanceId = tasks.get(0).getProcessInstanceId();
            for (Long requestId : requestIds) {
                runtimeService.addMultiInstanceExecution(RESPONSES, processInstanceId, Map.of(REQUEST_ID, requestId));
            }
        }
    }

    /** One officer: what the API took before requests could go to several. */
    @Transactional
    public void issueRequest(long itemId, String officerUsername, Actor actor) {
        issueRequest(itemId, List.of(officerUsername), actor);
    }

    private List<User> officers(List<String> usernames) {
        if (usernames == null || usernames.stream().allMatch(u -> u == null || u.isBlank())) {
            throw new DomainRuleViolation("officers", "Choose at least one officer to send the request to.");
        }
        List<User> officers = new ArrayList<>();
        for (String name : usernames) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String username = name.strip();
            User officer = users.findByUsername(username).filter(u -> u.hasRole(Role.OFFICER)).orElseThrow(
                    () -> new DomainRuleViolation("officers", "No officer has the user name \"" + username + "\"."));
            if (officers.stream().anyMatch(o -> o.id().equals(officer.id()))) {
                throw new DomainRuleViolation("officers", officer.displayName() + " is named more than once.");
            }
            officers.add(officer);
        }
        return officers;
    }

    /**
     * The officer answers every line and states each standard inclusion, and submits the response: the request
     * addressed to them, when the item has several. The item moves to response review once no request awaits its
     * officer any more; until then it stays at request issued, and the response waits for review on its own.
     */
    @Transactional
    @RetriedAfterConcurrentChange // another officer's response to the item, submitted at the same moment
    public void submitResponse(long itemId, Commands.SubmitResponse command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        User by = user(actor);
        if (item.openRequests().stream().noneMatch(r -> r.officer().id().equals(by.id()))
                && item.requests().stream().anyMatch(r -> r.officer().id().equals(by.id()))) {
            // Their request is answered already (by this response sent twice, say): a conflict with that, not
            // someone else's request they may not answer.
            List<String> allowed = allowedActions(item);
            throw new LifecycleConflict(itemId, item.stage(), allowed, "Your response to this item's request has "
                    + "already been submitted: no request of yours awaits a response"
                    + (allowed.isEmpty() ? "." : "; allowed now: " + String.join(", ", allowed) + "."));
        }
        // The officer's own task: an officer holds at most one open request per item.
        Task task = requireTask(item, Action.SUBMIT_RESPONSE, actor);
        LocalDateTime now = now();
        InformationRequest request = openRequestOf(item, by);
        OfficerResponse response = request.draftResponse();
        for (Map.Entry<Integer, String> answer : command.answers().entrySet()) {
            LineOfEnquiry line = item.keyLinesOfEnquiry().lines().stream()
                    .filter(l -> l.position() == answer.getKey()).findFirst()
                    .orElseThrow(() -> new DomainRuleViolation("answers",
                            "The item has no line of enquiry " + answer.getKey() + "."));
            response.answer(line, answer.getValue());
        }
        for (StandardDataInclusion inclusion : item.keyLinesOfEnquiry().standardInclusions()) {
            String why = command.notProvided().get(inclusion);
            if (why == null) {
                response.stateProvided(inclusion);
            } else {
                response.stateNotProvided(inclusion, why);
            }
        }
        request.submitResponse(by, now);
        if (item.openRequests().isEmpty()) {
            item.moveTo(Stage.RESPONSE_REVIEW, null, by, now);
        }
        items.store(item);
        complete(task, Map.of());
    }

    /**
     * Democratic services accept the one response waiting for review. With several waiting, which one is for them
     * to say ({@link #acceptResponse(long, long, Actor)}): 409 naming the requests.
     */
    @Transactional
    public void acceptResponse(long itemId, Actor actor) {
        ScrutinyItem item = lock(itemId);
        acceptResponse(item, onlyResponseAwaitingReview(item, Action.ACCEPT_RESPONSE, actor), actor);
    }

    /**
     * Democratic services accept the response to this request; its officer is done. Once every request of the item
     * is accepted the process goes on to publication.
     */
    @Transactional
    @RetriedAfterConcurrentChange // another request's response reviewed or submitted at the same moment
    public void acceptResponse(long itemId, long requestId, Actor actor) {
        ScrutinyItem item = lock(itemId);
        acceptResponse(item, request(item, requestId), actor);
    }

    private void acceptResponse(ScrutinyItem item, InformationRequest request, Actor actor) {
        Task task = requireReviewTask(item, request, Action.ACCEPT_RESPONSE, actor);
        request.acceptResponse(user(actor), now());
        items.store(item);
        complete(task, Map.of("accepted", true));
    }

    /** Back to the officer for more, when one response waits for review; with several, 409 naming the requests. */
    @Transactional
    public void returnResponse(long itemId, String reason, Actor actor) {
        ScrutinyItem item = lock(itemId);
        returnResponse(item, onlyResponseAwaitingReview(item, Action.RETURN_RESPONSE, actor), reason, actor);
    }

    /**
     * Back to this request's officer for more: a new officer task for the officer holding the request, due when
     * the request is due (the loop of its instance of the responses subprocess); the item is at request issued
     * again. The item's other requests are not touched.
     */
    @Transactional
    @RetriedAfterConcurrentChange // another request's response reviewed or submitted at the same moment
    public void returnResponse(long itemId, long requestId, String reason, Actor actor) {
        ScrutinyItem item = lock(itemId);
        returnResponse(item, request(item, requestId), reason, actor);
    }

    private void returnResponse(ScrutinyItem item, InformationRequest request, String reason, Actor actor) {
        Task task = requireReviewTask(item, request, Action.RETURN_RESPONSE, actor);
        User by = user(actor);
        LocalDateTime now = now();
        request.returnResponse(reason, by, now);
        if (item.stage() != Stage.REQUEST_ISSUED) {
            item.moveTo(Stage.REQUEST_ISSUED, reason, by, now);
        }
        items.store(item);
        Map<String, Object> variables = new HashMap<>(officerTaskVariables(request)); // the single-request shape
        variables.put("accepted", false);
        complete(task, variables);
    }

    /**
     * The request whose response is the one waiting for review, for the item-level accept and return: refused when
     * none waits (409, or 403 for someone other than democratic services) and when several do (409 naming them).
     */
    private InformationRequest onlyResponseAwaitingReview(ScrutinyItem item, Action action, Actor actor) {
        List<InformationRequest> responded = item.requests().stream()
                .filter(r -> r.status() == RequestStatus.RESPONDED).toList();
        if (responded.size() != 1) {
            requireTask(item, action, actor); // none waits: refused there, naming what is allowed now
            if (responded.size() > 1) {
                throw new LifecycleConflict(item.id(), item.stage(), allowedActions(item, tasks(item)),
                        responded.size() + " responses are waiting for review: say which, with "
                        + "/items/" + item.id() + "/requests/{requestId}/" + action.apiName() + " ("
                        + responded.stream().map(r -> "request " + r.id() + " from " + r.officer().displayName())
                                .collect(Collectors.joining(", ")) + ").");
            }
            return submittedRequest(item);
        }
        return responded.get(0);
    }

    /**
     * Publishes the report, by the meeting's publication date; later only as an urgent item the chair agreed
     * ({@link #agreeUrgent}), otherwise refused (409, naming agree-urgent among the actions allowed now).
     *
     * @param on the publication date, or null for today
     */
    @Transactional
    public void publish(long itemId, LocalDate on, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Task task = requireTask(item, Action.PUBLISH, actor);
        LocalDateTime now = now();
        LocalDate date = on != null ? on : today();
        if (item.targetMeeting() == null) {
            item.recordPublished(date, user(actor), now); // refused by the item: nothing to publish for
        }
        LocalDate publicationDate = calendar.deadlines().publicationDate(item.targetMeeting().date()).date();
        // On or after the meeting day the item refuses the date itself (422): no agreement would make it right.
        if (date.isAfter(publicationDate) && date.isBefore(item.targetMeeting().date())
                && item.urgentAgreement().isEmpty()) {
            List<String> allowed = allowedActions(item);
            throw new LifecycleConflict(itemId, item.stage(), allowed, "Reports for the meeting on "
                    + item.targetMeeting().date() + " are published by " + publicationDate + "; publishing on "
                    + date + " is late, which needs the chair's agreement to take the item as urgent"
                    + (allowed.contains(Action.AGREE_URGENT.apiName()) ? " (agree-urgent)." : "."));
        }
        item.recordPublished(date, publicationDate, user(actor), now);
        items.store(item);
        complete(task, Map.of());
    }

    /**
     * The chair agrees to take the item as urgent, so its report may be published after the publication date:
     * the chair themselves, or democratic services recording the agreement the chair gave them (naming the
     * chair). Offered while the report awaits publication, the publication date has passed and the meeting is
     * still to come; the chair sees it among their tasks. The publish task keeps waiting for democratic services.
     */
    @Transactional
    public void agreeUrgent(long itemId, Commands.AgreeUrgent command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Optional<Task> task = currentTask(item);
        List<String> allowed = allowedActions(item);
        if (!allowed.contains(Action.AGREE_URGENT.apiName())) {
            throw new LifecycleConflict(itemId, item.stage(), allowed, urgencyRefusal(item, task));
        }
        User chair;
        if (actingOn(item, actor).has(Role.CHAIR)) {
            chair = user(actor);
        } else if (actor.has(Role.DEMOCRATIC_SERVICES)) {
            if (command.chair() == null || command.chair().isBlank()) {
                throw new DomainRuleViolation("chair", "Say which chair agreed: their user name.");
            }
            chair = users.findByUsername(command.chair().strip()).orElseThrow(() -> new DomainRuleViolation(
                    "chair", "No user has the user name \"" + command.chair().strip() + "\"."));
            // Someone without the chair role at all is refused by the agreement itself, saying so.
            if (chair.hasRole(Role.CHAIR) && !chairs.of(chair.username()).chairs(item.committee().id())) {
                throw new DomainRuleViolation("chair", chair.displayName() + " is not the chair or vice-chair of the "
                        + item.committee().name() + ": only its own chair or vice-chair agrees to take its items "
                        + "as urgent.");
            }
        } else {
            throw new LifecycleForbidden(itemId, item.stage(), allowed, actor.has(Role.CHAIR)
                    ? notTheirCommittee(item) + " only its own chair or vice-chair agrees to take its items as "
                            + "urgent, or democratic services record their agreement."
                    : "Only the chair agrees an urgent item, or democratic services record the chair's agreement.");
        }
        item.agreeUrgent(chair, command.reason(), user(actor), now());
        items.store(item);
    }

    private String urgencyRefusal(ScrutinyItem item, Optional<Task> task) {
        if (task.isEmpty() || !Action.PUBLISH.taskKey().equals(task.get().getTaskDefinitionKey())) {
            return "The item is at " + words(item.stage()) + ": only a report awaiting publication is taken as "
                    + "urgent.";
        }
        if (item.urgentAgreement().isPresent()) {
            return "The chair has already agreed to take the item as urgent.";
        }
        LocalDate publicationDate = calendar.deadlines().publicationDate(item.targetMeeting().date()).date();
        if (!today().isAfter(publicationDate)) {
            return "The report can still be published on time (by " + publicationDate + "): it needs no urgency.";
        }
        return "The meeting on " + item.targetMeeting().date() + " has been held.";
    }

    private boolean awaitsUrgency(ScrutinyItem item, boolean publishWaiting) {
        Meeting meeting = item.targetMeeting();
        if (!publishWaiting || meeting == null
                || item.urgentAgreement().isPresent() || meeting.status() == MeetingStatus.HELD
                || meeting.date().isBefore(today())) {
            return false;
        }
        return today().isAfter(calendar.deadlines().publicationDate(meeting.date()).date());
    }

    /**
     * Reports awaiting the chair's agreement to be published late, for the chair's tasks: the items whose publish
     * task waits and whose meeting is still to come with its publication date passed, as the agreement is a side
     * step while the publish task waits, like an extension. The publication date moves with the meeting date, so
     * those meetings are the days from today to the last whose publication date has passed; only their items with a
     * publish task are read ({@link WaitingTasks#itemsWithTask}).
     */
    @Transactional
    public List<WaitingTask> urgentAgreementsAwaited(Actor actor) {
        CommitteesChaired chaired = chairs.of(actor);
        if (chaired.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        LocalDate last = today;
        while (today.isAfter(calendar.deadlines().publicationDate(last.plusDays(1)).date())) {
            last = last.plusDays(1);
        }
        List<WaitingTask> waiting = new ArrayList<>();
        for (ScrutinyItem item : items.findByIds(waitingTasks.itemsWithTask(Action.PUBLISH.taskKey(), today, last))) {
            if (chaired.chairs(item.committee().id()) && awaitsUrgency(item, true)) {
                waiting.add(new WaitingTask(item.id(), Action.AGREE_URGENT.apiName(), "Agree to take the item as "
                        + "urgent: its report is past the publication date", item.targetMeeting().date()));
            }
        }
        return waiting;
    }

    /**
     * Records what the committee resolved. Noted closes the item; a further report starts a new cycle at the later
     * meeting (the KLOE are reopened for it); recommendations made and referral to a deep dive end the item's
     * process, where the recommendations and deep dive processes take over.
     */
    @Transactional
    public void recordOutcome(long itemId, Commands.RecordOutcome command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Task task = requireTask(item, Action.RECORD_OUTCOME, actor);
        User by = user(actor);
        LocalDateTime now = now();
        Meeting later = command.furtherReportMeetingId() == null ? null
                : meeting(command.furtherReportMeetingId(), "furtherReportMeetingId");
        item.recordOutcome(command.resolution(), command.text(), later, by, now);
        if (command.resolution() == Resolution.NOTED) {
            item.moveTo(Stage.CLOSED, "The committee noted the report.", by, now);
        } else if (command.resolution() == Resolution.FURTHER_REPORT) {
            item.reopenKeyLinesOfEnquiry("Further report requested by the committee.", by, now);
            item.moveTo(Stage.SCOPING, "Further report: a new cycle for the later meeting.", by, now);
        } else if (command.resolution() == Resolution.REFERRED_TO_DEEP_DIVE) {
            item.moveTo(Stage.DEEP_DIVE, "Referred by the committee to a deep dive.", by, now);
        }
        items.store(item);
        complete(task, Map.of("resolution", command.resolution().name()));
    }

    /** Takes the item off the programme at any open stage; its process, if one still runs, ends with it. */
    @Transactional
    public void withdraw(long itemId, String reason, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Optional<Task> task = currentTask(item);
        List<String> allowed = allowedActions(item);
        if (!item.stage().isOpen()) {
            throw new LifecycleConflict(itemId, item.stage(), allowed, "The item is " + words(item.stage())
                    + "; it cannot be withdrawn.");
        }
        if (!actor.has(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(itemId, item.stage(), allowed, "Only democratic services withdraw items.");
        }
        item.withdraw(reason, user(actor), now());
        items.store(item);
        if (task.isPresent()) {
            runtimeService.deleteProcessInstance(task.get().getProcessInstanceId(), "Withdrawn: " + reason);
        } else {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(itemId))
                    .list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Withdrawn: " + reason));
        }
    }

    // ---- Deferral ----------------------------------------------------------------------------------------------

    /** Stages at which an item is on a meeting's agenda and still being prepared for it. */
    private static final Set<Stage> DEFERRABLE = EnumSet.of(Stage.SCOPING, Stage.REQUEST_ISSUED,
            Stage.RESPONSE_REVIEW, Stage.PUBLISHED);

    /**
     * Democratic services move the item to a later meeting of its committee, with a reason. Every deadline follows
     * the new meeting: every request still awaiting its officer is due by its officer response deadline (today if
     * that has passed, as when a request is issued) and each officer task's due date and chasing timers move with
     * it, in this transaction. A report already published is published again for the new meeting: the process goes back from
     * "record the outcome" to "publish", and the item back to response review. Refused (409) once the meeting has been held: what happened
     * there is recorded as an outcome (a further report to a later meeting), not undone by a deferral.
     */
    @Transactional
    public void defer(long itemId, Commands.Defer command, Actor actor) {
        ScrutinyItem item = lock(itemId);
        Optional<Task> task = currentTask(item);
        List<String> allowed = allowedActions(item);
        if (!allowed.contains(Action.DEFER.apiName())) {
            throw new LifecycleConflict(itemId, item.stage(), allowed, deferralRefusal(item));
        }
        if (!actor.has(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(itemId, item.stage(), allowed, "Only democratic services defer items.");
        }
        if (command.meetingId() == null) {
            throw new DomainRuleViolation("meetingId", "Say which later meeting the item is deferred to.");
        }
        Meeting later = meeting(command.meetingId(), "meetingId");
        User by = user(actor);
        LocalDateTime now = now();
        LocalDate deadline = calendar.deadlines().officerResponseDue(later.date()).date();
        LocalDate due = deadline.isBefore(today()) ? today() : deadline;
        boolean wasPublished = item.stage() == Stage.PUBLISHED;
        try {
            item.deferTo(later, item.openRequests().isEmpty() ? null : due, command.reason(), by, now);
        } catch (DomainRuleViolation e) {
            // The item names its own field; the client sent the meeting as meetingId.
            throw "meeting".equals(e.field()) ? new DomainRuleViolation("meetingId", e.getMessage()) : e;
        }
        if (wasPublished) {
            item.moveTo(Stage.RESPONSE_REVIEW, "Deferred after publication: the report is published again for "
                    + "the meeting on " + later.date() + ".", by, now);
        }
        items.store(item);
        // Every officer task follows its own request's new due date, and so do its chasing timers.
        for (InformationRequest request : item.openRequests()) {
            requestTask(item, request, Action.SUBMIT_RESPONSE)
                    .ifPresent(t -> taskService.setDueDate(t.getId(), dueDate(request.due())));
        }
        chasing.dueDateChanged(itemId);
        if (wasPublished) {
            runtimeService.createChangeActivityStateBuilder().processInstanceId(task.get().getProcessInstanceId())
                    .moveActivityIdTo(Action.RECORD_OUTCOME.taskKey(), Action.PUBLISH.taskKey()).changeState();
        }
    }

    private String deferralRefusal(ScrutinyItem item) {
        if (!item.stage().isOpen()) {
            return "The item is " + words(item.stage()) + "; it cannot be deferred.";
        }
        if (item.targetMeeting() == null || !DEFERRABLE.contains(item.stage())) {
            return "The item is at " + words(item.stage()) + " and not being prepared for a meeting, so there is "
                    + "nothing to defer.";
        }
        return "The meeting on " + item.targetMeeting().date() + " has been held: record its outcome (a further "
                + "report goes to a later meeting) instead of deferring the item.";
    }

    private static boolean deferrable(ScrutinyItem item) {
        Meeting meeting = item.targetMeeting();
        return item.stage().isOpen() && DEFERRABLE.contains(item.stage()) && meeting != null
                && meeting.status() != MeetingStatus.HELD && !meeting.date().isBefore(today());
    }

    // ---- Extensions and hand-overs -----------------------------------------------------------------------------

    /*
     * These act on one request while the item stays at request_issued, so they are not item-level Actions (the
     * item's allowedActions and the officer's my-tasks entry stay "submit-response"). They are refused on the same
     * terms: 409 when the request is not awaiting its officer (no officer task waits) or the extension is already
     * decided, 403 when this user may not take the action. The 409/403 bodies still name the item's stage and the
     * item-level actions allowed now.
     */

    /** The officer the request is addressed to asks for more time; democratic services decide (see my-tasks). */
    @Transactional
    public long askForExtension(long itemId, long requestId, LocalDate until, String reason, Actor actor) {
        ScrutinyItem item = lock(itemId);
        InformationRequest request = request(item, requestId);
        Task task = requireOfficerTask(item, request, "ask for an extension");
        if (!actor.username().equals(task.getAssignee())) {
            throw new LifecycleForbidden(itemId, item.stage(), allowedActions(item),
                    "Only the officer the request is addressed to asks for an extension.");
        }
        if (request.pendingExtension().isPresent()) {
            throw new LifecycleConflict(itemId, item.stage(), allowedActions(item),
                    "An extension asked for on this request is still awaiting a decision.");
        }
        ExtensionRequest extension = request.askForExtension(until, reason, user(actor), now());
        items.store(item); // flushes, so the new extension has its id
        return extension.id();
    }

    /**
     * Democratic services grant the extension, to the date asked for or ({@code until}) another; the request's
     * due date moves and so does the officer task's, in this transaction, so my-tasks and any reminders keyed to
     * the task follow the new date.
     */
    @Transactional
    public void grantExtension(long itemId, long requestId, long extensionId, LocalDate until, String note,
            Actor actor) {
        ScrutinyItem item = lock(itemId);
        InformationRequest request = request(item, requestId);
        ExtensionRequest extension = extension(request, extensionId);
        Optional<Task> current = currentTask(item);
        requireUndecided(item, current, extension);
        Task task = requireOfficerTask(item, request, "grant an extension");
        requireDemocraticServices(item, current, actor, "Only democratic services decide on extensions.");
        request.grantExtension(extension, until, note, user(actor), now());
        items.store(item);
        taskService.setDueDate(task.getId(), dueDate(request.due()));
        chasing.dueDateChanged(itemId, requestId);
    }

    /** Democratic services refuse the extension; the due date stays where it was. */
    @Transactional
    public void refuseExtension(long itemId, long requestId, long extensionId, String reason, Actor actor) {
        ScrutinyItem item = lock(itemId);
        InformationRequest request = request(item, requestId);
        ExtensionRequest extension = extension(request, extensionId);
        Optional<Task> current = currentTask(item);
        requireUndecided(item, current, extension);
        requireDemocraticServices(item, current, actor, "Only democratic services decide on extensions.");
        request.refuseExtension(extension, reason, user(actor), now());
        items.store(item);
    }

    /**
     * The officer holding the request, or democratic services, passes it to another officer, who answers it from
     * now on: the officer task is reassigned in the same transaction, so only the new officer can submit. The
     * lead officer's request takes the item's lead officer with it.
     */
    @Transactional
    public void handOver(long itemId, long requestId, String toUsername, String reason, Actor actor) {
        ScrutinyItem item = lock(itemId);
        InformationRequest request = request(item, requestId);
        Task task = requireOfficerTask(item, request, "hand the request over");
        if (!actor.username().equals(task.getAssignee()) && !actor.has(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(itemId, item.stage(), allowedActions(item),
                    "Only the officer holding the request, or democratic services, hand it over.");
        }
        User to = users.findByUsername(toUsername).filter(u -> u.hasRole(Role.OFFICER)).orElseThrow(
                () -> new DomainRuleViolation("toUsername", "No officer has the user name \"" + toUsername + "\"."));
        if (item.requests().stream().anyMatch(r -> r != request && r.officer().id().equals(to.id())
                && (r.status() == RequestStatus.OPEN || r.status() == RequestStatus.RESPONDED))) {
            // As when issuing: one request in hand per officer and item, so their task says which one they answer.
            throw new DomainRuleViolation("toUsername", to.displayName() + " already has a request on this item "
                    + "still to answer or in review.");
        }
        User from = request.officer();
        LocalDateTime now = now();
        request.handOver(to, reason, user(actor), now);
        if (item.leadOfficer() != null && item.leadOfficer().id().equals(from.id())) {
            // The lead officer is who answers for the item: questions after publication go to them, and they see
            // the item. Handing their request over hands that on too; another officer's request leaves it.
            item.assignLeadOfficer(to, user(actor), now);
        }
        items.store(item);
        taskService.setAssignee(task.getId(), to.username());
        chasing.dueDateChanged(itemId, requestId);
    }

    /** A request's extension awaiting democratic services' decision. */
    public record PendingExtension(long itemId, long requestId, long extensionId, String officer, LocalDate due,
            LocalDate requestedDue) {
    }

    /**
     * Extensions awaiting a decision, read from the domain rather than from a process task: the extension is a
     * side step while the officer task keeps waiting, and the domain already knows which one is pending, so a
     * second Flowable task (and a BPMN branch to keep in step with it) would only duplicate that state. Only items
     * at request_issued can hold one (asking needs the officer task). In memory over the stage finder, like the
     * items list: enough for a council's open requests; the benchmark-sized data needs a query of its own.
     */
    @Transactional
    public List<PendingExtension> pendingExtensions(Actor actor) {
        if (!actor.has(Role.DEMOCRATIC_SERVICES)) {
            return List.of();
        }
        List<PendingExtension> pending = new ArrayList<>();
        for (ScrutinyItem item : items.findByStage(Stage.REQUEST_ISSUED)) {
            for (InformationRequest request : item.requests()) {
                request.pendingExtension().ifPresent(e -> pending.add(new PendingExtension(item.id(), request.id(),
                        e.id(), request.officer().username(), request.due(), e.requestedDue())));
            }
        }
        return pending;
    }

    private InformationRequest request(ScrutinyItem item, long requestId) {
        return item.requests().stream().filter(r -> r.id() == requestId).findFirst().orElseThrow(
                () -> new NoSuchItem(null, "Item " + item.id() + " has no request with id " + requestId + "."));
    }

    private static ExtensionRequest extension(InformationRequest request, long extensionId) {
        return request.extensions().stream().filter(e -> e.id() == extensionId).findFirst().orElseThrow(
                () -> new NoSuchItem(null, "Request " + request.id() + " has no extension with id " + extensionId
                        + "."));
    }

    /** The officer task of this request; none means the request is not awaiting its officer: 409. */
    private Task requireOfficerTask(ScrutinyItem item, InformationRequest request, String what) {
        Optional<Task> task = request.status() == RequestStatus.OPEN
                ? requestTask(item, request, Action.SUBMIT_RESPONSE) : Optional.empty();
        if (task.isEmpty()) {
            List<String> allowed = allowedActions(item);
            throw new LifecycleConflict(item.id(), item.stage(), allowed, "The item is at " + words(item.stage())
                    + " and the request to " + request.officer().displayName() + " is "
                    + request.status().name().toLowerCase() + ": you cannot " + what + " now"
                    + (allowed.isEmpty() ? "." : "; allowed now: " + String.join(", ", allowed) + "."));
        }
        return task.get();
    }

    /** The review task of this request's response: 409 when its response is not waiting for review, 403 if not DS. */
    private Task requireReviewTask(ScrutinyItem item, InformationRequest request, Action action, Actor actor) {
        Optional<Task> task = request.status() == RequestStatus.RESPONDED
                ? requestTask(item, request, action) : Optional.empty();
        if (task.isEmpty()) {
            List<String> allowed = allowedActions(item);
            throw new LifecycleConflict(item.id(), item.stage(), allowed, "The request to "
                    + request.officer().displayName() + " is " + request.status().name().toLowerCase()
                    + ": there is no response of theirs waiting for review, so you cannot " + action.apiName()
                    + " now" + (allowed.isEmpty() ? "." : "; allowed now: " + String.join(", ", allowed) + "."));
        }
        if (!mayDo(task.get(), actor)) {
            throw new LifecycleForbidden(item.id(), item.stage(), allowedActions(item), "It is not your role's "
                    + "turn: reviewing responses is for " + String.join(" or ", candidateGroups(task.get())) + ".");
        }
        return task.get();
    }

    private void requireUndecided(ScrutinyItem item, Optional<Task> task, ExtensionRequest extension) {
        if (!extension.isPending() || !item.stage().isOpen()) {
            throw new LifecycleConflict(item.id(), item.stage(), allowedActions(item), !extension.isPending()
                    ? (extension.decision() == uk.scrutiny.domain.model.item.ExtensionDecision.NOT_NEEDED
                            ? "This extension closed as no longer needed when the response was submitted."
                            : "This extension was already " + extension.decision().name().toLowerCase() + ".")
                    : "The item is " + words(item.stage()) + "; there is nothing to extend.");
        }
    }

    private void requireDemocraticServices(ScrutinyItem item, Optional<Task> task, Actor actor,
            String message) {
        if (!actor.has(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(item.id(), item.stage(), allowedActions(item), message);
        }
    }

    private static Date dueDate(LocalDate due) {
        return Date.from(due.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    // ---- Reading -----------------------------------------------------------------------------------------------

    /**
     * Where the item stands: the waiting task (the item's own, or the first of its requests' when it waits on its
     * officers), every task waiting (one per request in the responses subprocess), the actions allowed now and those
     * this user may take.
     */
    public record Status(ScrutinyItem item, Optional<Task> task, List<String> allowedActions,
            List<String> yourActions, List<Task> tasks) {
    }

    // REQUIRED, not SUPPORTS: Flowable would begin a transaction of its own for its query, and JTA forbids
    // UserTransaction inside any @Transactional method, SUPPORTS included.
    @Transactional
    public Status status(long itemId, Actor actor) {
        ScrutinyItem item = find(itemId);
        List<Task> tasks = tasks(item);
        List<String> allowed = allowedActions(item, tasks);
        List<String> yours = new ArrayList<>();
        Actor acting = actingOn(item, actor);
        // Whether a task is this user's, asked once per task definition: it costs a query of candidate groups.
        Map<String, Boolean> mineByKey = new HashMap<>();
        for (Task task : tasks) {
            mineByKey.merge(task.getTaskDefinitionKey(), mayDo(task, acting), Boolean::logicalOr);
        }
        for (String name : allowed) {
            Action action = Action.fromApiName(name).orElseThrow();
            boolean mine = switch (action) {
                case AGREE_URGENT -> acting.has(Role.CHAIR) || actor.has(Role.DEMOCRATIC_SERVICES);
                case DEFER, WITHDRAW -> actor.has(Role.DEMOCRATIC_SERVICES);
                case ISSUE_REQUEST -> mineByKey.getOrDefault(action.taskKey(), false)
                        || (!mineByKey.containsKey(action.taskKey()) && actor.has(Role.DEMOCRATIC_SERVICES));
                default -> mineByKey.getOrDefault(action.taskKey(), false);
            };
            if (mine) {
                yours.add(name);
            }
        }
        return new Status(item, itemTask(tasks), allowed, yours, tasks);
    }

    /**
     * A task waiting on this user: assigned to them, or offered to one of their roles.
     *
     * @param requestId for a task of one request (an officer's response, democratic services' review of it): which
     *                  request, as the item may have several; null for the item's own tasks
     */
    public record WaitingTask(long itemId, String action, String taskName, LocalDate due, Long requestId) {

        /** A task of the item itself, or a side step not tied to one request. */
        public WaitingTask(long itemId, String action, String taskName, LocalDate due) {
            this(itemId, action, taskName, due, null);
        }
    }

    @Transactional
    public List<WaitingTask> tasksFor(Actor actor) {
        var query = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY).includeProcessVariables();
        if (actor.groups().isEmpty()) {
            query.taskAssignee(actor.username());
        } else {
            query.or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr();
        }
        List<Task> found = query.orderByTaskDueDate().asc().orderByTaskCreateTime().asc().list();
        // The chair's group is offered every committee's triage; a chair takes only their own committees'.
        Set<String> otherGroups = actor.without(Role.CHAIR).groups();
        Map<Long, Long> committeeOf = new HashMap<>();
        if (actor.has(Role.CHAIR)) {
            items.findByIds(found.stream().map(ItemLifecycle::itemIdOf).collect(Collectors.toSet()))
                    .forEach(item -> committeeOf.put(item.id(), item.committee().id()));
        }
        CommitteesChaired chaired = chairs.of(actor);
        return found.stream()
                .filter(t -> !actor.has(Role.CHAIR) || actor.username().equals(t.getAssignee())
                        || candidateGroups(t).stream().anyMatch(otherGroups::contains)
                        || chaired.chairs(committeeOf.getOrDefault(itemIdOf(t), -1L)))
                .map(t -> new WaitingTask(itemIdOf(t),
                        Action.forTask(t.getTaskDefinitionKey()).stream().map(Action::apiName)
                                .reduce((a, b) -> a + "|" + b).orElse(""),
                        t.getName(), t.getDueDate() == null ? null
                                : t.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .toList();
    }

    private static long itemIdOf(Task task) {
        return ((Number) task.getProcessVariables().get(ITEM_ID)).longValue();
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    /**
     * The waiting task the action needs: the item's own, or (submit-response) the officer's own among the officer
     * tasks, or (item-level accept and return) the one review task. None: 409; none of them this user's: 403.
     */
    private Task requireTask(ScrutinyItem item, Action action, Actor actor) {
        List<Task> tasks = tasks(item);
        List<Task> waiting = tasks.stream().filter(t -> is(t, action)).toList();
        if (waiting.isEmpty()) {
            List<String> allowed = allowedActions(item, tasks);
            throw new LifecycleConflict(item.id(), item.stage(), allowed, "The item is at " + words(item.stage())
                    + ": " + action.apiName() + " is not possible now"
                    + (allowed.isEmpty() ? "." : "; allowed now: " + String.join(", ", allowed) + "."));
        }
        Actor acting = actingOn(item, actor);
        for (Task task : waiting) {
            if (mayDo(task, acting)) {
                return task;
            }
        }
        Task task = waiting.get(0);
        throw new LifecycleForbidden(item.id(), item.stage(), allowedActions(item, tasks), task.getAssignee() != null
                ? (action == Action.SUBMIT_RESPONSE ? "This request is addressed to another officer."
                        : "This is " + task.getAssignee() + "'s task.")
                : mayDo(task, actor) ? notTheirCommittee(item) + " " + task.getName().toLowerCase() + " is for its "
                        + "own chair or vice-chair" + (candidateGroups(task).size() > 1 ? ", or "
                        + String.join(" or ", candidateGroups(task).stream()
                                .filter(g -> !g.equals(Role.CHAIR.groupName())).toList()) : "") + "."
                : "It is not your role's turn: " + task.getName().toLowerCase() + " is for "
                        + String.join(" or ", candidateGroups(task)) + ".");
    }

    /**
     * The actor as they may act on this item. The process offers the chair's steps to the chair role; a chair of
     * other committees acts on this committee's items as the member they are, without it.
     */
    private Actor actingOn(ScrutinyItem item, Actor actor) {
        if (!actor.has(Role.CHAIR) || chairs.of(actor).chairs(item.committee().id())) {
            return actor;
        }
        return actor.without(Role.CHAIR);
    }

    private static String notTheirCommittee(ScrutinyItem item) {
        return "You are not the chair or vice-chair of the " + item.committee().name() + ":";
    }

    /** The task's assignee, or anyone in its candidate groups (background enquiries: democratic services too). */
    private boolean mayDo(Task task, Actor actor) {
        if (actor.username().equals(task.getAssignee())) {
            return true;
        }
        return candidateGroups(task).stream().anyMatch(actor.groups()::contains);
    }

    private List<String> candidateGroups(Task task) {
        return candidateGroups.of(task);
    }

    /** Every task of the item's process now waiting, oldest first. */
    private List<Task> tasks(ScrutinyItem item) {
        List<String> instances = processInstances.get(item.id());
        if (instances == null) {
            instances = ItemTasks.instances(runtimeService, PROCESS_KEY, item.id());
            if (!instances.isEmpty()) {
                processInstances.put(item.id(), instances);
            }
        }
        return ItemTasks.ofInstances(taskService, instances);
    }

    /**
     * The task the item waits on: its own (triage, publish…), or while its officers answer the first of their
     * requests' tasks. Only the responses subprocess runs tasks side by side.
     */
    private Optional<Task> currentTask(ScrutinyItem item) {
        return itemTask(tasks(item));
    }

    private static Optional<Task> itemTask(List<Task> tasks) {
        return tasks.stream().filter(t -> !isRequestTask(t)).findFirst().or(() -> tasks.stream().findFirst());
    }

    private static boolean isRequestTask(Task task) {
        return is(task, Action.SUBMIT_RESPONSE) || is(task, Action.ACCEPT_RESPONSE);
    }

    private static boolean is(Task task, Action action) {
        return action.taskKey() != null && action.taskKey().equals(task.getTaskDefinitionKey());
    }

    /**
     * The task of this kind waiting for this request. Each instance of the responses subprocess keeps the id of
     * its request ({@value #REQUEST_ID}), and the task's rows in waiting_task record it; a process started before
     * items could ask several officers has one request task and no such variable, and its task answers the one
     * request in that state.
     */
    private Optional<Task> requestTask(ScrutinyItem item, InformationRequest request, Action action) {
        return tasks(item).stream().filter(t -> is(t, action))
                .filter(t -> requestOf(item, t).filter(r -> r == request).isPresent()).findFirst();
    }

    private Optional<InformationRequest> requestOf(ScrutinyItem item, Task task) {
        if (!isRequestTask(task)) {
            return Optional.empty();
        }
        Optional<Long> requestId = waitingTasks.requestOf(task.getId());
        if (requestId.isPresent()) {
            return item.findRequest(requestId.get());
        }
        RequestStatus awaited = is(task, Action.SUBMIT_RESPONSE) ? RequestStatus.OPEN : RequestStatus.RESPONDED;
        return item.requests().stream().filter(r -> r.status() == awaited)
                .filter(r -> awaited != RequestStatus.OPEN || r.officer().username().equals(task.getAssignee()))
                .max(Comparator.comparing(InformationRequest::issuedAt));
    }

    /**
     * Whether democratic services may ask a further officer now: while the requests already issued are answered
     * or reviewed, in a process with the responses subprocess to add an instance to.
     */
    private boolean acceptsFurtherRequests(ScrutinyItem item, List<Task> tasks) {
        return item.stage().isOpen() && tasks.stream().filter(ItemLifecycle::isRequestTask).findFirst()
                .filter(this::hasResponsesSubprocess).isPresent();
    }

    private boolean hasResponsesSubprocess(Task task) {
        return repositoryService.getBpmnModel(task.getProcessDefinitionId()).getFlowElement(RESPONSES) != null;
    }

    private List<String> allowedActions(ScrutinyItem item) {
        return allowedActions(item, tasks(item));
    }

    private List<String> allowedActions(ScrutinyItem item, List<Task> tasks) {
        List<String> allowed = new ArrayList<>();
        for (Task task : tasks) {
            Action.forTask(task.getTaskDefinitionKey()).stream().map(Action::apiName)
                    .filter(a -> !allowed.contains(a)).forEach(allowed::add);
        }
        if (acceptsFurtherRequests(item, tasks)) {
            allowed.add(Action.ISSUE_REQUEST.apiName());
        }
        if (awaitsUrgency(item, tasks.stream().anyMatch(t -> is(t, Action.PUBLISH)))) {
            allowed.add(Action.AGREE_URGENT.apiName());
        }
        if (deferrable(item)) {
            allowed.add(Action.DEFER.apiName());
        }
        if (item.stage().isOpen()) {
            allowed.add(Action.WITHDRAW.apiName());
        }
        return allowed;
    }

    private void complete(Task task, Map<String, Object> transientVariables) {
        // Routing values and the officer task's assignee and due date are transient: needed only until the next
        // wait state, so the process keeps no copy of what the domain holds.
        taskService.complete(task.getId(), Map.of(), transientVariables);
    }

    private static Map<String, Object> officerTaskVariables(InformationRequest request) {
        return Map.of("officer", request.officer().username(),
                "due", Date.from(request.due().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static InformationRequest openRequestOf(ScrutinyItem item, User officer) {
        return item.openRequests().stream().filter(r -> r.officer().id().equals(officer.id())).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("request", "There is no open request to "
                        + officer.displayName() + " on this item."));
    }

    private static InformationRequest submittedRequest(ScrutinyItem item) {
        return item.requests().stream().filter(r -> r.status() == RequestStatus.RESPONDED)
                .findFirst().orElseThrow(() -> new DomainRuleViolation("response",
                        "There is no submitted response to review."));
    }

    /**
     * The item, with its row locked for this transaction before anything is checked: storing it forces its version
     * up and flushes, so a concurrent action on the same item waits here until the other commits and then fails
     * its version check (409). Without this the loser could read the process task before the winner's commit and
     * the item after it, and be refused by a domain rule (422) instead of as the concurrent change it is.
     */
    private ScrutinyItem lock(long itemId) {
        ScrutinyItem item = find(itemId);
        items.store(item);
        return item;
    }

    private ScrutinyItem find(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NoSuchItem(null, "No item has id " + itemId + "."));
    }

    private Meeting meeting(long id, String field) {
        return committees.findMeeting(id).orElseThrow(() -> new NoSuchItem(field, "No meeting has id " + id + "."));
    }

    private User user(Actor actor) {
        return users.findByUsername(actor.username()).orElseThrow(() -> new IllegalStateException(
                "The signed-in user " + actor.username() + " has no account in the database"));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String words(Stage stage) {
        return stage.name().toLowerCase().replace('_', ' ');
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(COUNCIL_ZONE);
    }
}
