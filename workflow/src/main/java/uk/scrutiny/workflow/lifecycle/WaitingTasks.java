package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;

/**
 * The first tasks of the lifecycle process waiting on a user, in the order of {@link ItemLifecycle#tasksFor} (due
 * date, then creation; the task id settles ties, so pages never overlap), and how many wait in all: "my tasks" a page at a time. Democratic services' group holds a
 * task for most open items, so reading them all (with their process variables) for a page of twenty is what made
 * their list slow; here the database returns only the tasks asked for, and the items they belong to come from the
 * process instances' business keys (the item id) in one more query rather than from every task's variables.
 */
@ApplicationScoped
public class WaitingTasks {

    /** The first tasks asked for, and how many wait on the user in all. */
    public record First(List<ItemLifecycle.WaitingTask> tasks, long total) {
        public First {
            tasks = List.copyOf(tasks);
        }
    }

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    // REQUIRED, not SUPPORTS: Flowable would otherwise begin a transaction of its own for its queries.
    @Transactional
    public First first(Actor actor, int count) {
        long total = query(actor).count();
        if (total == 0 || count < 1) {
            return new First(List.of(), total);
        }
        List<Task> tasks = query(actor).orderByTaskDueDate().asc().orderByTaskCreateTime().asc()
                .orderByTaskId().asc().listPage(0, count);
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> itemIds = new HashMap<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .list()) {
            itemIds.put(instance.getId(), Long.valueOf(instance.getBusinessKey()));
        }
        return new First(tasks.stream().filter(t -> itemIds.containsKey(t.getProcessInstanceId()))
                .map(t -> new ItemLifecycle.WaitingTask(itemIds.get(t.getProcessInstanceId()),
                        Action.forTask(t.getTaskDefinitionKey()).stream().map(Action::apiName)
                                .collect(Collectors.joining("|")),
                        t.getName(), t.getDueDate() == null ? null
                                : t.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .toList(), total);
    }

    private TaskQuery query(Actor actor) {
        TaskQuery query = taskService.createTaskQuery().processDefinitionKey(ItemLifecycle.PROCESS_KEY);
        if (actor.groups().isEmpty()) {
            query.taskAssignee(actor.username());
        } else {
            query.or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr();
        }
        return query;
    }
}
