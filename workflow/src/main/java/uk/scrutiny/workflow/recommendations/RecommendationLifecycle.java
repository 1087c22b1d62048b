package uk.scrutiny.workflow.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.domain.model.calendar.DisplayDate;
import uk.scrutiny.domain.model.deadline.ExplainedDate;
import uk.scrutiny.domain.model.deepdive.DeepDive;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponse;
import uk.scrutiny.domain.model.recommendation.ExecutiveResponseChase;
import uk.scrutiny.domain.model.recommendation.Recommendation;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.domain.service.CouncilCalendar;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;
import uk.scrutiny.workflow.lifecycle.WaitingTasks;

/**
 * Recommendations, the executive's response and the monitoring of each accepted recommendation. Each method is one
 * JTA transaction that locks the item, finds the task of the {@code itemRecommendations} process the action needs
 * (refusing with 409 or 403 otherwise), changes the recommendations and the item (stage and timeline), and
 * completes the task or starts the process. Any exception rolls back all of it.
 */
@ApplicationScoped
public class RecommendationLifecycle {

    @Inject
    FollowUpTasks tasks;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    CouncilCalendar calendar;

    @Inject
    RuntimeService runtimeService;

    @Inject
    WaitingTasks waitingTasks;

    /**
     * Democratic services record the recommendations the committee made at the meeting whose outcome was
     * "recommendations made". They count as made on the day of that meeting, so the executive's two months run from
     * then; the item moves to executive response and the process starts, its timers set for the reminder and the
     * escalation.
     *
     * @return the ids of the new recommendations, in the order given
     */
    @Transactional
    public List<Long> recordRecommendations(long itemId, List<FollowUpCommands.NewRecommendation> made,
            Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        if (!tasks.awaitsRecommendations(item)) {
            throw tasks.conflict(item, tasks.currentTask(item), FollowUpAction.RECORD_RECOMMENDATIONS, actor);
        }
        tasks.requireDemocraticServices(item, actor, "Only democratic services record the committee's "
                + "recommendations.");
        LocalDate madeOn = item.outcome().orElseThrow().decidedOn();
        List<Recommendation> recorded = record(item, null, made, madeOn, tasks.user(actor));
        Map<String, Object> variables = new HashMap<>(chaseVariables(recorded.get(0).executiveResponseDue()));
        variables.put("deepDive", false);
        runtimeService.createProcessInstanceBuilder().processDefinitionKey(FollowUpTasks.PROCESS_KEY)
                .businessKey(String.valueOf(item.id())).variable("itemId", item.id())
                .transientVariables(variables).start();
        return recorded.stream().map(Recommendation::id).toList();
    }

    /**
     * Stores the recommendations, writes each to the item's timeline and moves the item to executive response with
     * the due date and how it was worked out. Shared with the deep dive's final report.
     */
    List<Recommendation> record(ScrutinyItem item, DeepDive deepDive, List<FollowUpCommands.NewRecommendation> made,
            LocalDate madeOn, User by) {
        if (made == null || made.isEmpty()) {
            throw new DomainRuleViolation("recommendations", "Record at least one recommendation.");
        }
        LocalDateTime now = FollowUpTasks.now();
        List<Recommendation> recorded = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            FollowUpCommands.NewRecommendation one = made.get(i);
            Recommendation recommendation;
            try {
                recommendation = Recommendation.made(item, deepDive, one.text(), one.decisionMaker(), madeOn,
                        calendar.deadlines());
                recommendation.aimFor(one.targetDate());
            } catch (DomainRuleViolation e) {
                throw new DomainRuleViolation("recommendations[" + i + "]." + e.field(), e.getMessage());
            }
            recommendations.store(recommendation);
            recorded.add(recommendation);
            item.recordFollowUp("Recommendation " + (i + 1) + " to " + recommendation.decisionMaker() + ": \""
                    + recommendation.text() + "\"" + (recommendation.targetDate() == null ? "."
                    : ", to be achieved by " + DisplayDate.format(recommendation.targetDate()) + "."), null, by, now);
        }
        ExplainedDate due = calendar.deadlines().executiveResponseDue(madeOn);
        item.moveTo(Stage.EXECUTIVE_RESPONSE, String.join(" ", due.steps()), by, now);
        tasks.store(item);
        return recorded;
    }

    /** The due date of the response task and its timers: a reminder before, an escalation when overdue. */
    Map<String, Object> chaseVariables(LocalDate due) {
        ExecutiveResponseChase chase = ExecutiveResponseChase.forDue(due, calendar.calendar());
        return Map.of("due", FollowUpTasks.dueDate(due), "remindAt", FollowUpTasks.at(chase.remindOn(), 8),
                "escalateAt", FollowUpTasks.at(chase.escalateOn(), 0));
    }

    /**
     * Democratic services record the executive's response to one recommendation. When every recommendation has its
     * response the task is done: the item moves to monitoring if any was accepted (in full or in part), and closes
     * if all were rejected.
     */
    @Transactional
    public void recordExecutiveResponse(long itemId, long recommendationId, FollowUpCommands.ExecutiveResponse command,
            Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        Task task = tasks.requireTask(item, FollowUpAction.RECORD_EXECUTIVE_RESPONSE, actor);
        List<Recommendation> all = recommendations.findByItem(item.id());
        Recommendation recommendation = recommendationOf(item, all, recommendationId);
        LocalDate on = command.respondedOn() != null ? command.respondedOn() : FollowUpTasks.today();
        if (on.isAfter(FollowUpTasks.today())) {
            throw new DomainRuleViolation("respondedOn", "The executive's response cannot be recorded for a day to "
                    + "come (" + DisplayDate.format(on) + ").");
        }
        recommendation.recordExecutiveResponse(new ExecutiveResponse(command.decision(), command.reasons(), on));
        recommendations.store(recommendation);
        User by = tasks.user(actor);
        LocalDateTime now = FollowUpTasks.now();
        boolean late = on.isAfter(recommendation.executiveResponseDue());
        item.recordFollowUp("Executive response to recommendation " + number(all, recommendation) + " ("
                + recommendation.decisionMaker() + "): " + FollowUpTasks.words(command.decision()) + ", on "
                + DisplayDate.format(on) + (late ? ", after it was due on "
                + DisplayDate.format(recommendation.executiveResponseDue()) + "." : "."),
                recommendation.executiveResponse().orElseThrow().reasons(), by, now);
        if (all.stream().anyMatch(Recommendation::isAwaitingExecutiveResponse)) {
            tasks.store(item);
            return;
        }
        boolean anyMonitored = all.stream().anyMatch(Recommendation::isBeingMonitored);
        if (anyMonitored) {
            item.moveTo(Stage.MONITORING_RECOMMENDATIONS, "The executive has responded to every recommendation; "
                    + "the accepted ones are monitored until achieved.", by, now);
        } else {
            item.moveTo(Stage.CLOSED, "The executive rejected every recommendation: there is nothing to monitor.",
                    by, now);
        }
        tasks.store(item);
        tasks.complete(task, Map.of("anyMonitored", anyMonitored));
    }

    /**
     * Democratic services record progress on an accepted recommendation: a RAG rating with notes. Green means
     * achieved; when every recommendation is achieved or rejected, the item closes.
     */
    @Transactional
    public void recordProgress(long itemId, long recommendationId, FollowUpCommands.Progress command, Actor actor) {
        ScrutinyItem item = tasks.lock(itemId);
        Task task = tasks.requireTask(item, FollowUpAction.RECORD_PROGRESS, actor);
        List<Recommendation> all = recommendations.findByItem(item.id());
        Recommendation recommendation = recommendationOf(item, all, recommendationId);
        LocalDate on = command.recordedOn() != null ? command.recordedOn() : FollowUpTasks.today();
        if (on.isAfter(FollowUpTasks.today())) {
            throw new DomainRuleViolation("recordedOn", "Progress cannot be recorded for a day to come ("
                    + DisplayDate.format(on) + ").");
        }
        User by = tasks.user(actor);
        recommendation.updateImplementation(command.ragStatus(), command.notes(), on, by);
        recommendations.store(recommendation);
        LocalDateTime now = FollowUpTasks.now();
        item.recordFollowUp("Progress on recommendation " + number(all, recommendation) + ": "
                + FollowUpTasks.words(command.ragStatus()) + (recommendation.isAchieved() ? " (achieved)." : "."),
                command.notes(), by, now);
        if (all.stream().allMatch(Recommendation::isSettled)) {
            item.moveTo(Stage.CLOSED, "Every recommendation has been achieved or rejected.", by, now);
            tasks.store(item);
            tasks.complete(task, Map.of());
        } else {
            tasks.store(item);
        }
    }

    // ---- Reading -----------------------------------------------------------------------------------------------

    /** An item's recommendations, the task it waits on and the actions allowed now. */
    public record Status(ScrutinyItem item, List<Recommendation> recommendations, Optional<Task> task,
            List<String> allowedActions, List<String> yourActions) {
    }

    // REQUIRED, not SUPPORTS: the Flowable query would otherwise start a transaction of its own.
    @Transactional
    public Status status(long itemId, Actor actor) {
        ScrutinyItem item = tasks.find(itemId);
        Optional<Task> task = tasks.currentTask(item);
        return new Status(item, recommendations.findByItem(itemId), task, tasks.allowedActions(item, task, actor),
                tasks.yourActions(item, task, actor));
    }

    /** A task of this process waiting on the user, with the item it is about. */
    public record WaitingTask(long itemId, String action, String taskName, LocalDate due) {
    }

    /** The executive responses to record or chase, the monitoring, the deep dives: all democratic services'. */
    @Transactional
    public List<WaitingTask> tasksFor(Actor actor) {
        return waiting(waitingTasks.all(actor, FollowUpTasks.PROCESS_KEY));
    }

    /**
     * The tasks waiting on the user at which this action is taken (e.g. the deep dives under way, the executive
     * responses to chase), in the order of {@link #tasksFor(Actor)}: each kind of task is a range of its own index,
     * rather than every follow-up task filtered.
     *
     * @param committeeId only the tasks of this committee's items; null: every committee's
     */
    @Transactional
    public List<WaitingTask> tasksFor(Actor actor, FollowUpAction action, Long committeeId) {
        return waiting(waitingTasks.ofKinds(actor, action.taskKeys(), committeeId));
    }

    private static List<WaitingTask> waiting(List<WaitingTasks.Row> rows) {
        return rows.stream().map(row -> new WaitingTask(row.itemId(), String.join("|",
                FollowUpAction.forTask(row.taskKey()).stream().map(FollowUpAction::apiName).toList()),
                row.taskName(), row.due())).toList();
    }

    private static Recommendation recommendationOf(ScrutinyItem item, List<Recommendation> all, long id) {
        return all.stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NoSuchItem(null,
                "Item " + item.id() + " has no recommendation with id " + id + "."));
    }

    /** 1, 2, 3… as the item lists them. */
    static int number(List<Recommendation> all, Recommendation recommendation) {
        return all.indexOf(recommendation) + 1;
    }
}
