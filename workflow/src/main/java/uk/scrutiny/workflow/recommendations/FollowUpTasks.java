package uk.scrutiny.workflow.recommendations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.deepdive.DeepDiveRepository;
import uk.scrutiny.domain.model.item.Resolution;
import uk.scrutiny.domain.model.item.ScrutinyItem;
import uk.scrutiny.domain.model.item.ScrutinyItemRepository;
import uk.scrutiny.domain.model.item.Stage;
import uk.scrutiny.domain.model.people.Role;
import uk.scrutiny.domain.model.people.User;
import uk.scrutiny.domain.model.people.UserRepository;
import uk.scrutiny.domain.model.recommendation.RecommendationRepository;
import uk.scrutiny.workflow.lifecycle.Actor;
import uk.scrutiny.workflow.lifecycle.CandidateGroups;
import uk.scrutiny.workflow.lifecycle.ItemLifecycle;
import uk.scrutiny.workflow.lifecycle.ItemTasks;
import uk.scrutiny.workflow.lifecycle.LifecycleConflict;
import uk.scrutiny.workflow.lifecycle.LifecycleForbidden;
import uk.scrutiny.workflow.lifecycle.NoSuchItem;

/**
 * What the recommendation and deep dive services share: the item, locked; the waiting task of its
 * {@code itemRecommendations} process; which actions are allowed now and whether this user may take them; the
 * refusals (409 naming the stage and the actions allowed now, 403 when it is another role's turn). Called inside
 * the services' transactions.
 */
@ApplicationScoped
class FollowUpTasks {

    static final String PROCESS_KEY = "itemRecommendations";
    static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Inject
    ScrutinyItemRepository items;

    @Inject
    RecommendationRepository recommendations;

    @Inject
    DeepDiveRepository deepDives;

    @Inject
    UserRepository users;

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    CandidateGroups candidateGroups;

    @Inject
    ItemLifecycle lifecycle;

    /**
     * The item, its row locked for this transaction before anything is checked (as in ItemLifecycle): a concurrent
     * action on the same item waits, then fails its version check (409), never half-applies.
     */
    ScrutinyItem lock(long itemId) {
        ScrutinyItem item = find(itemId);
        items.store(item);
        return item;
    }

    void store(ScrutinyItem item) {
        items.store(item);
    }

    ScrutinyItem find(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NoSuchItem(null, "No item has id " + itemId + "."));
    }

    Optional<Task> currentTask(ScrutinyItem item) {
        // The reminder's token ends at once and the escalation interrupts the response task: one task at a time.
        return ItemTasks.of(runtimeService, taskService, PROCESS_KEY, item.id()).stream().findFirst();
    }

    /** The task the action needs, or a refusal: 409 if the item is not waiting for it, 403 if not this user's. */
    Task requireTask(ScrutinyItem item, FollowUpAction action, Actor actor) {
        Optional<Task> task = currentTask(item);
        if (task.isEmpty() || !action.isTakenAt(task.get().getTaskDefinitionKey())) {
            throw conflict(item, task, action, actor);
        }
        if (!mayDo(task.get(), actor)) {
            throw new LifecycleForbidden(item.id(), item.stage(), allowedActions(item, task, actor),
                    "It is not your role's turn: " + task.get().getName().toLowerCase() + " is for "
                            + String.join(" or ", candidateGroups(task.get())) + ".");
        }
        return task.get();
    }

    /** For the actions that start the process: only democratic services take them. */
    void requireDemocraticServices(ScrutinyItem item, Actor actor, String message) {
        if (!actor.roles().contains(Role.DEMOCRATIC_SERVICES)) {
            throw new LifecycleForbidden(item.id(), item.stage(), allowedActions(item, currentTask(item), actor),
                    message);
        }
    }

    LifecycleConflict conflict(ScrutinyItem item, Optional<Task> task, FollowUpAction action, Actor actor) {
        List<String> allowed = allowedActions(item, task, actor);
        return new LifecycleConflict(item.id(), item.stage(), allowed, "The item is at " + words(item.stage())
                + ": " + action.apiName() + " is not possible now"
                + (allowed.isEmpty() ? "." : "; allowed now: " + String.join(", ", allowed) + "."));
    }

    /**
     * The actions allowed on the item now, for anyone: those of this process's waiting task, or the one that starts
     * it, or else whatever the item's own lifecycle allows (an item still at triage is refused with triage).
     */
    List<String> allowedActions(ScrutinyItem item, Optional<Task> task, Actor actor) {
        List<String> allowed = new ArrayList<>();
        if (task.isPresent()) {
            FollowUpAction.forTask(task.get().getTaskDefinitionKey()).forEach(a -> allowed.add(a.apiName()));
        } else if (awaitsRecommendations(item)) {
            allowed.add(FollowUpAction.RECORD_RECOMMENDATIONS.apiName());
        } else if (awaitsDeepDive(item)) {
            allowed.add(FollowUpAction.START_DEEP_DIVE.apiName());
        } else {
            return lifecycle.status(item.id(), actor).allowedActions();
        }
        if (item.stage().isOpen()) {
            allowed.add("withdraw");
        }
        return allowed;
    }

    /** Those of the allowed actions this user may take. */
    List<String> yourActions(ScrutinyItem item, Optional<Task> task, Actor actor) {
        List<String> allowed = allowedActions(item, task, actor);
        if (task.isEmpty() && !awaitsRecommendations(item) && !awaitsDeepDive(item)) {
            return lifecycle.status(item.id(), actor).yourActions();
        }
        boolean yours = task.map(t -> mayDo(t, actor)).orElse(actor.roles().contains(Role.DEMOCRATIC_SERVICES));
        return allowed.stream().filter(a -> a.equals("withdraw") ? actor.roles().contains(Role.DEMOCRATIC_SERVICES)
                : yours).toList();
    }

    /** The committee resolved to make recommendations and none are recorded yet. */
    boolean awaitsRecommendations(ScrutinyItem item) {
        return item.stage() == Stage.CONSIDERED
                && item.outcome().map(o -> o.resolution() == Resolution.RECOMMENDATIONS_MADE).orElse(false)
                && recommendations.findByItem(item.id()).isEmpty();
    }

    /** Referred to a deep dive that has not started. */
    boolean awaitsDeepDive(ScrutinyItem item) {
        return item.stage() == Stage.DEEP_DIVE && deepDives.findForItem(item.id()).isEmpty();
    }

    boolean mayDo(Task task, Actor actor) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(actor.username());
        }
        Set<String> groups = actor.roles().stream().map(Role::groupName).collect(Collectors.toSet());
        return candidateGroups(task).stream().anyMatch(groups::contains);
    }

    List<String> candidateGroups(Task task) {
        return candidateGroups.of(task);
    }

    void complete(Task task, Map<String, Object> transientVariables) {
        taskService.complete(task.getId(), Map.of(), transientVariables);
    }

    User user(Actor actor) {
        return users.findByUsername(actor.username()).orElseThrow(() -> new IllegalStateException(
                "The signed-in user " + actor.username() + " has no account in the database"));
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }

    /** A due date as the tasks carry them (midnight UTC of the day, as the item lifecycle does). */
    static Date dueDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A moment of a council day, for timers. */
    static Date at(LocalDate day, int hour) {
        return Date.from(day.atTime(hour, 0).atZone(COUNCIL_ZONE).toInstant());
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static LocalDate today() {
        return LocalDate.now(COUNCIL_ZONE);
    }
}
