package uk.scrutiny.workflow.lifecycle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;

/**
 * The tasks waiting in one item's process, found through its process instance rather than by a task query on the
 * business key. Derby plans that query as a scan of every task row with the business key checked per row, and a
 * scan waits on the rows other transactions are writing: two transitions on different items then deadlock on each
 * other's new tasks (ConcurrentTransitionsIT found it). The process instance is found through the index on its
 * business key, and its tasks through the index on their process instance, so only the item's own rows are read.
 */
public final class ItemTasks {

    private ItemTasks() {
    }

    /** The item's tasks in its process of this key, oldest first (the task id settles ties). */
    public static List<Task> of(RuntimeService runtimeService, TaskService taskService, String processKey,
            long itemId) {
        Set<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(itemId)).list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return List.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(instances).orderByTaskCreateTime().asc()
                .orderByTaskId().asc().list();
    }
}
