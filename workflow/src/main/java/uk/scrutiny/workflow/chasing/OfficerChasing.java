package uk.scrutiny.workflow.chasing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.item.InformationRequest;
import uk.scrutiny.domain.model.item.RequestStatus;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;

/**
 * Chases the officer's response: the dates of the reminder and escalation timers on the officer's task, the notice
 * each timer records when it fires, its e-mail, and the move of the timers when the due date changes.
 *
 * <p>Each timer is a non-interrupting boundary event whose date is computed here from the request's due date and the
 * council's working days: reminders {@value #FIRST_DAYS} and {@value #SECOND_DAYS} working days before it, the
 * escalation {@value #ESCALATION_DAYS} working days after it, all at {@value #SEND_AT} council time (defaults 5, 1,
 * 1 and 09:00). A date already past when the task starts (a request issued late, a response returned for more)
 * fires at once; the process variable {@value #SENT} keeps which notices went out for which due date, so a task
 * that starts again sends nothing twice, and a reminder is skipped when a later notice is already due.
 *
 * <p>Why a cycle of two occurrences a century apart rather than a plain date: a date timer is gone once it has
 * fired, and could not be moved when an extension makes a reminder due again; the cycle's second occurrence keeps
 * the timer in place, movable, until the task ends.
 */
@ApplicationScoped
@Named("officerChasing")
public class OfficerChasing {

    static final String FIRST_DAYS = "scrutiny.chasing.first-reminder-working-days";
    static final String SECOND_DAYS = "scrutiny.chasing.second-reminder-working-days";
    static final String ESCALATION_DAYS = "scrutiny.chasing.escalation-working-days-after-due";
    static final String SEND_AT = "scrutiny.chasing.send-at";
    static final String PUBLIC_URL = "scrutiny.public-url";
    /** Process variable: the notices sent, as {@code requestId:NOTICE:due}, comma-separated. */
    static final String SENT = "chasesSent";
    /** Branch variable: the notice the send step e-mails. */
    static final String NOTICE = "chaseNotice";
    static final String OFFICER_TASK = "officerResponse";

    private static final String KEEP_IN_PLACE = "/P36500D";

    @Inject
    ScrutinyItemRepository items;

    @Inject
    UserRepository users;

    @Inject
    CouncilCalendar calendar;

    @Inject
    ChaseMail mail;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    @ConfigProperty(name = FIRST_DAYS, defaultValue = "5")
    int firstReminderWorkingDays;

    @Inject
    @ConfigProperty(name = SECOND_DAYS, defaultValue = "1")
    int secondReminderWorkingDays;

    @Inject
    @ConfigProperty(name = ESCALATION_DAYS, defaultValue = "1")
    int escalationWorkingDays;

    @Inject
    @ConfigProperty(name = SEND_AT, defaultValue = "09:00")
    LocalTime sendAt;

    @Inject
    @ConfigProperty(name = PUBLIC_URL, defaultValue = "http://localhost:9080")
    String publicUrl;

    // ---- Called by the BPMN ------------------------------------------------------------------------------------

    /** The timer cycle of one notice for the item's open request: {@code ${officerChasing.cycle(execution, 'ESCALATION')}}. */
    @Transactional
    public String cycle(DelegateExecution execution, String notice) {
        ScrutinyItem item = item(itemId(execution)).orElseThrow(() -> new IllegalStateException(
                "The officer's task started for item " + itemId(execution) + ", which does not exist"));
        InformationRequest request = openRequest(item).orElseThrow(() -> new IllegalStateException(
                "The officer's task started for item " + item.id() + ", which has no open request"));
        return cycleAt(dueAt(Notice.valueOf(notice), request.due()));
    }

    /**
     * A timer fired: records the notice on the timeline unless it is stale (the due date moved since), already sent
     * for this due date, or overtaken by a later notice that is due too. The e-mail follows in a job of its own.
     */
    @Transactional
    public void record(DelegateExecution execution, String name) {
        Notice notice = Notice.valueOf(name);
        Optional<ScrutinyItem> found = item(itemId(execution));
        Optional<InformationRequest> open = found.flatMap(OfficerChasing::openRequest);
        if (open.isEmpty()) {
            return;
        }
        ScrutinyItem item = found.get();
        InformationRequest request = open.get();
        LocalDate due = request.due();
        Instant now = Instant.now();
        Set<String> sent = sent(execution.getVariable(SENT));
        String key = request.id() + ":" + notice + ":" + due;
        if (dueAt(notice, due).isAfter(now) || sent.contains(key) || overtaken(notice, due, now)) {
            return;
        }
        item.recordNotice(noticeText(notice, request), LocalDateTime.now(ZoneOffset.UTC));
        items.store(item);
        sent.add(key);
        execution.setVariable(SENT, String.join(",", sent));
        execution.setVariableLocal(NOTICE, key);
    }

    /** Sends the e-mail of the notice {@link #record} kept (nothing if it kept none). */
    @Transactional
    public void send(DelegateExecution execution) {
        Object key = execution.getVariableLocal(NOTICE);
        if (key == null) {
            return;
        }
        String[] parts = key.toString().split(":");
        long requestId = Long.parseLong(parts[0]);
        Notice notice = Notice.valueOf(parts[1]);
        LocalDate due = LocalDate.parse(parts[2]);
        ScrutinyItem item = item(itemId(execution)).orElseThrow();
        InformationRequest request = item.findRequest(requestId).orElseThrow();
        List<String> to = new ArrayList<>();
        to.add(request.officer().email());
        if (notice == Notice.ESCALATION) {
            users.findByRole(Role.DEMOCRATIC_SERVICES).stream().filter(User::enabled).map(User::email)
                    .forEach(to::add);
        }
        String subject = switch (notice) {
            case FIRST_REMINDER, SECOND_REMINDER -> "Reminder: your response on \"" + item.title() + "\" is due on "
                    + DisplayDate.format(due);
            case ESCALATION -> "Overdue: the response on \"" + item.title() + "\" was due on "
                    + DisplayDate.format(due);
        };
        String body = "Dear " + request.officer().displayName() + ",\n\n"
                + switch (notice) {
                    case FIRST_REMINDER, SECOND_REMINDER -> "This is a reminder that your response to the scrutiny "
                            + "committee's request on \"" + item.title() + "\" is due on " + DisplayDate.format(due)
                            + ".";
                    case ESCALATION -> "Your response to the scrutiny committee's request on \"" + item.title()
                            + "\" was due on " + DisplayDate.format(due) + " and has not been received. Democratic "
                            + "services have been told.";
                }
                + "\n\nThe item: " + publicUrl + "/api/items/" + item.id() + "\n";
        mail.send(to, subject, body);
    }

    // ---- Called by the application -----------------------------------------------------------------------------

    /**
     * The due date of the item's open request changed (an extension granted, a deferral): every chasing timer of
     * its officer task is moved to the new date, those already fired included (see the class comment). Call it in
     * the transaction that changes the date, after the change.
     */
    @Transactional
    public void dueDateChanged(long itemId) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ItemLifecycle.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(itemId))
                .singleResult();
        Optional<InformationRequest> open = item(itemId).flatMap(OfficerChasing::openRequest);
        if (instance == null || open.isEmpty()) {
            return;
        }
        LocalDate due = open.get().due();
        for (Job timer : managementService.createTimerJobQuery().processInstanceId(instance.getId()).list()) {
            Arrays.stream(Notice.values()).filter(n -> n.boundaryEvent().equals(timer.getElementId())).findFirst()
                    .ifPresent(n -> managementService.rescheduleTimeCycleJob(timer.getId(), cycleAt(dueAt(n, due))));
        }
    }

    /** An officer's request that was escalated to democratic services and is still awaited. */
    public record Escalation(long itemId, String title, String stage, String officer, LocalDate due,
            LocalDate meetingDate) {
    }

    /** The escalated requests still awaiting their response, for democratic services (nobody else). */
    @Transactional
    public List<Escalation> escalations(Actor actor) {
        if (!actor.roles().contains(Role.DEMOCRATIC_SERVICES)) {
            return List.of();
        }
        List<Escalation> escalations = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processDefinitionKey(ItemLifecycle.PROCESS_KEY)
                .taskDefinitionKey(OFFICER_TASK).includeProcessVariables().list()) {
            Set<String> sent = sent(task.getProcessVariables().get(SENT));
            Object itemId = task.getProcessVariables().get("itemId");
            if (sent.isEmpty() || !(itemId instanceof Number number)) {
                continue;
            }
            item(number.longValue()).ifPresent(item -> openRequest(item)
                    .filter(r -> sent.contains(r.id() + ":" + Notice.ESCALATION + ":" + r.due()))
                    .ifPresent(r -> escalations.add(new Escalation(item.id(), item.title(),
                            item.stage().name().toLowerCase(), r.officer().displayName(), r.due(),
                            item.targetMeeting() == null ? null : item.targetMeeting().date()))));
        }
        escalations.sort(Comparator.comparing(Escalation::due));
        return escalations;
    }

    // ---- Dates -------------------------------------------------------------------------------------------------

    /** When a notice is due for a response due on {@code due}, by the configured rules and the council's calendar. */
    Instant dueAt(Notice notice, LocalDate due) {
        return new ChasingRules(firstReminderWorkingDays, secondReminderWorkingDays, escalationWorkingDays, sendAt)
                .dueAt(notice, due, calendar.calendar());
    }

    /** A time already past fires a second from now: Flowable's cycles start from the first occurrence after now. */
    private static String cycleAt(Instant at) {
        Instant soonest = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Instant start = at.isBefore(soonest) ? soonest : at;
        return "R2/" + start + KEEP_IN_PLACE;
    }

    private boolean overtaken(Notice notice, LocalDate due, Instant now) {
        return Arrays.stream(Notice.values()).filter(later -> later.ordinal() > notice.ordinal())
                .anyMatch(later -> !dueAt(later, due).isAfter(now));
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static String noticeText(Notice notice, InformationRequest request) {
        String due = DisplayDate.format(request.due());
        return switch (notice) {
            case FIRST_REMINDER, SECOND_REMINDER -> "Reminder sent to " + request.officer().displayName()
                    + ": the response is due on " + due + ".";
            case ESCALATION -> "Response overdue (due " + due + "): escalated to democratic services.";
        };
    }

    private Optional<ScrutinyItem> item(long itemId) {
        return items.find(itemId);
    }

    /** The request the officer task answers: the process asks one request at a time. */
    private static Optional<InformationRequest> openRequest(ScrutinyItem item) {
        return item.requests().stream().filter(r -> r.status() == RequestStatus.OPEN)
                .max(Comparator.comparing(InformationRequest::issuedAt));
    }

    private static long itemId(DelegateExecution execution) {
        return ((Number) execution.getVariable("itemId")).longValue();
    }

    private static Set<String> sent(Object variable) {
        Set<String> sent = new LinkedHashSet<>();
        if (variable != null && !variable.toString().isEmpty()) {
            sent.addAll(Arrays.asList(variable.toString().split(",")));
        }
        return sent;
    }

}
