package uk.scrutiny.workflow.chasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.TimerUtil;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
import uk.scrutiny.domain.model.calendar.WorkingDayCalendar;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.notice.ChaseNotice;
import uk.scrutiny.domain.model.notice.ChaseNoticeRepository;
import uk.scrutiny.domain.model.notice.ChasingRules;
import uk.scrutiny.domain.model.notice.NoticeKind;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;

/**
 * Chases the officers' responses: the dates of the reminder and escalation timers on each officer's task (one per
 * request, each timed from its own request's due date), the notice each timer records when it fires, and the move
 * of the timers when a due date changes.
 *
 * <p>The days come from {@link ChasingRules} on the council's working days: reminders {@value #REMINDERS} working
 * days before the due date (MicroProfile Config, default {@code 5,1}), the escalation on the working day after it.
 * Each timer fires at the start of its day, council time; one whose day has come already fires at once, and the
 * rules decide then: a reminder goes on its day only (one dated before today is skipped, not sent late), the
 * escalation from its day on. A notice is recorded once per request, threshold and due date (the notice table
 * says which went), so a task that starts again (a response returned for more) or a timer moved to the same date
 * sends nothing twice. A notice never touches the item: see {@link ChaseNotice}.
 *
 * <p>Why a cycle of two occurrences a century apart rather than a plain date: a date timer is gone once it has
 * fired, and could not be moved when an extension brings a reminder round again; the cycle's second occurrence
 * keeps the timer in place, movable, until the task ends.
 */
@ApplicationScoped
@Named("officerChasing")
public class OfficerChasing {

    static final String REMINDERS = "scrutiny.chasing.reminder-working-days";
    static final String ESCALATE_TO = "scrutiny.chasing.escalation-email";
    static final String OFFICER_TASK = "officerResponse";
    /** The variable each instance of the responses subprocess keeps: the id of the request it answers. */
    static final String REQUEST_ID = "requestId";
    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private static final Logger LOG = Logger.getLogger(OfficerChasing.class.getName());
    /** The second occurrence of every cycle, which keeps a timer in place once it has fired. */
    private static final String KEEP_IN_PLACE = "P36500D";
    private static final Duration CENTURY = Duration.ofDays(36500);

    @Inject
    ScrutinyItemRepository items;

    @Inject
    ChaseNoticeRepository notices;

    @Inject
    UserRepository users;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    @ConfigProperty(name = REMINDERS, defaultValue = "5,1")
    List<Integer> reminderWorkingDays;

    /** Democratic services' shared mailbox; without one, every enabled democratic services user is e-mailed. */
    @Inject
    @ConfigProperty(name = ESCALATE_TO)
    Optional<String> escalateTo;

    // ---- Called by the BPMN ------------------------------------------------------------------------------------

    /**
     * The timer cycle of one timer for the request its instance of the responses subprocess answers:
     * {@code ${officerChasing.cycle(execution, 'ESCALATION')}}.
     */
    @Transactional
    public String cycle(DelegateExecution execution, String timer) {
        long itemId = itemId(execution);
        InformationRequest request = items.find(itemId).flatMap(item -> requestOf(item, execution)).orElseThrow(
                () -> new IllegalStateException("The officer's task started for item " + itemId
                        + ", which has no open request"));
        return cycle(ChaseTimer.valueOf(timer), request.due());
    }

    /**
     * A timer fired: records its notice if the rules say it goes today and it has not gone for this due date yet.
     * Reads the item, never changes it.
     */
    @Transactional
    public void record(DelegateExecution execution, String name) {
        ChaseTimer timer = ChaseTimer.valueOf(name);
        Optional<ScrutinyItem> item = items.find(itemId(execution)).filter(i -> i.stage().isOpen());
        Optional<InformationRequest> open = item.flatMap(i -> requestOf(i, execution))
                .filter(r -> r.status() == RequestStatus.OPEN);
        if (open.isEmpty()) {
            return;
        }
        InformationRequest request = open.get();
        LocalDate due = request.due();
        LocalDate today = LocalDate.now(COUNCIL_ZONE);
        WorkingDayCalendar days = calendar.calendar();
        ChasingRules rules = rules();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (timer.isReminder()) {
            if (timer.reminder() >= rules.reminderWorkingDays().size()) {
                return;
            }
            int threshold = rules.reminderWorkingDays().get(timer.reminder());
            if (!rules.remindsOn(today, timer.reminder(), due, days)) {
                LOG.fine(() -> "Reminder " + threshold + " working days before " + due + " on request "
                        + request.id() + " is not for today (" + today + "): not sent");
                return;
            }
            if (notices.find(request.id(), NoticeKind.REMINDER, threshold, due).isEmpty()) {
                notices.store(ChaseNotice.reminder(request, threshold, now));
            }
        } else if (rules.escalatesBy(today, due, days)
                && notices.find(request.id(), NoticeKind.ESCALATION, ChasingRules.ESCALATION_WORKING_DAYS, due)
                        .isEmpty()) {
            notices.store(ChaseNotice.escalation(request, democraticServices(), now));
        }
    }

    // ---- Called by the application -----------------------------------------------------------------------------

    /**
     * The due dates of the item's open requests changed (a deferral): every chasing timer of every officer task is
     * moved to the current due date of its own request, those already fired included (see the class comment), so
     * nothing is sent for the old date. Call it in the transaction that makes the change, after it.
     */
    @Transactional
    public void dueDateChanged(long itemId) {
        moveTimers(itemId, null);
    }

    /**
     * The due date of one request changed (an extension granted) or the request changed hands: the chasing timers
     * of its officer task move to its current due date, so the officer holding it gets what is still to come; the
     * timers of the item's other requests are left as they are.
     */
    @Transactional
    public void dueDateChanged(long itemId, long requestId) {
        moveTimers(itemId, requestId);
    }

    private void moveTimers(long itemId, Long onlyRequest) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ItemLifecycle.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(itemId))
                .singleResult();
        Optional<ScrutinyItem> item = items.find(itemId);
        if (instance == null || item.isEmpty()) {
            return;
        }
        for (Job job : managementService.createTimerJobQuery().processInstanceId(instance.getId()).list()) {
            Optional<ChaseTimer> timer = Arrays.stream(ChaseTimer.values())
                    .filter(t -> t.boundaryEvent().equals(job.getElementId())).findFirst();
            if (timer.isEmpty()) {
                continue;
            }
            Object requestId = runtimeService.getVariable(job.getExecutionId(), REQUEST_ID);
            Optional<InformationRequest> request = requestOf(item.get(), (Number) requestId)
                    .filter(r -> r.status() == RequestStatus.OPEN);
            if (request.isPresent() && (onlyRequest == null || onlyRequest.equals(request.get().id()))) {
                reschedule(job, cycle(timer.get(), request.get().due()));
            }
        }
    }

    /**
     * An officer's response escalated to democratic services and still awaited.
     *
     * @param requestId the request awaiting it: an item asking several officers can have an escalation for each
     */
    public record Escalation(long itemId, String title, String stage, String officer, LocalDate due,
            LocalDate meetingDate, long requestId) {
    }

    /** A page of the escalated responses still awaited, and how many there are in all. */
    public record Escalations(List<Escalation> escalations, long total) {
        public Escalations {
            escalations = List.copyOf(escalations);
        }
    }

    /**
     * The escalated responses still awaited, earliest due first, from position {@code first} (0 is the first), at
     * most {@code max}, and how many in all: democratic services' to chase (nobody else's). Counted and read a page
     * at a time: escalations stand until the officer answers, and a council behind on its responses has many.
     *
     * @param committeeId only those of this committee's items; null: every committee's
     */
    @Transactional
    public Escalations escalations(Actor actor, Long committeeId, int first, int max) {
        if (!actor.roles().contains(Role.DEMOCRATIC_SERVICES)) {
            return new Escalations(List.of(), 0);
        }
        long total = notices.countStandingEscalations(committeeId);
        if (total <= first || max < 1) {
            return new Escalations(List.of(), total);
        }
        return new Escalations(notices.findStandingEscalations(committeeId, first, max).stream().map(n -> {
            ScrutinyItem item = n.item();
            return new Escalation(item.id(), item.title(), item.stage().name().toLowerCase(),
                    n.request().officer().displayName(), n.due(),
                    item.targetMeeting() == null ? null : item.targetMeeting().date(), n.request().id());
        }).toList(), total);
    }

    /** The rules in force: the configured thresholds. */
    public ChasingRules rules() {
        return new ChasingRules(reminderWorkingDays);
    }

    // ---- Dates -------------------------------------------------------------------------------------------------

    /**
     * When the timer fires for a response due on {@code due}: the start of its day, council time; a second from now
     * if that has come; and a century ahead (in place, to be moved if the due date moves) for a reminder whose day
     * has passed or that is not configured, which is skipped rather than sent late.
     */
    String cycle(ChaseTimer timer, LocalDate due) {
        ChasingRules rules = rules();
        WorkingDayCalendar days = calendar.calendar();
        LocalDate today = LocalDate.now(COUNCIL_ZONE);
        Instant soonest = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day;
        if (!timer.isReminder()) {
            day = rules.escalationOn(due, days);
        } else if (timer.reminder() < rules.reminderWorkingDays().size()
                && !rules.reminderOn(timer.reminder(), due, days).isBefore(today)) {
            day = rules.reminderOn(timer.reminder(), due, days);
        } else {
            return "R2/" + soonest.plus(CENTURY) + "/" + KEEP_IN_PLACE;
        }
        Instant start = day.atStartOfDay(COUNCIL_ZONE).toInstant();
        return "R2/" + (start.isBefore(soonest) ? soonest : start) + "/" + KEEP_IN_PLACE;
    }

    /** Moves a timer job to a new cycle, keeping its job category: Flowable's own rescheduling drops it. */
    private void reschedule(Job job, String cycle) {
        TimerEventDefinition definition = new TimerEventDefinition();
        definition.setTimeCycle(cycle);
        managementService.executeCommand(context -> {
            TimerJobEntity moved = TimerUtil.rescheduleTimerJob(job.getId(), definition);
            if (moved != null) {
                moved.setCategory(job.getCategory());
            }
            return null;
        });
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private String democraticServices() {
        return escalateTo.filter(s -> !s.isBlank()).orElseGet(() -> users.findByRole(Role.DEMOCRATIC_SERVICES)
                .stream().filter(User::enabled).map(User::email).filter(e -> e != null && !e.isBlank())
                .collect(Collectors.joining(",")));
    }

    /**
     * The request a timer's instance of the responses subprocess answers ({@value #REQUEST_ID}, kept on the
     * instance). A process started before items could ask several officers has no such variable: its one officer
     * task answers the item's latest open request.
     */
    private static Optional<InformationRequest> requestOf(ScrutinyItem item, DelegateExecution execution) {
        return requestOf(item, (Number) execution.getVariable(REQUEST_ID));
    }

    private static Optional<InformationRequest> requestOf(ScrutinyItem item, Number requestId) {
        if (requestId != null) {
            return item.findRequest(requestId.longValue());
        }
        return item.requests().stream().filter(r -> r.status() == RequestStatus.OPEN)
                .max(Comparator.comparing(InformationRequest::issuedAt));
    }

    private static long itemId(DelegateExecution execution) {
        return ((Number) execution.getVariable("itemId")).longValue();
    }
}
