package uk.scrutiny.workflow.lifecycle;

import java.util.List;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;

/**
 * The tasks waiting in one item's process, found through its process instance rather than by a task query on the
 * business key. Derby plans that query as a scan of every task row with the business key checked per row, and a
 * scan waits on the rows other transactions are writing: two transitions on different items then deadlock on each
 * other's new tasks (ConcurrentTransitionsIT found it). The process instance is found through the index on its
 * business key, and its tasks through the index on their process instance, so only the item's own rows are read.
 *
 * <p>Both are native queries: the query API builds its SQL from a template of some hundreds of conditions on every
 * call, which was two fifths of reading an item's tasks (ear/BENCHMARK.md, session 7); these two statements are
 * what that template makes of these criteria.
 */
public final class ItemTasks {

    private static final String INSTANCES = "SELECT RES.* FROM ACT_RU_EXECUTION RES"
            + " WHERE RES.BUSINESS_KEY_ = #{businessKey} AND RES.PARENT_ID_ IS NULL"
            + " AND RES.PROC_DEF_ID_ IN (SELECT D.ID_ FROM ACT_RE_PROCDEF D WHERE D.KEY_ = #{processKey})";

    private ItemTasks() {
    }

    /** The item's tasks in its process of this key, oldest first (the task id settles ties). */
    public static List<Task> of(RuntimeService runtimeService, TaskService taskService, String processKey,
            long itemId) {
        return ofInstances(taskService, instances(runtimeService, processKey, itemId));
    }

    /** The item's running process instances of this key (their ids): one, or none once the process has ended. */
    public static List<String> instances(RuntimeService runtimeService, String processKey, long itemId) {
        return runtimeService.createNativeProcessInstanceQuery().sql(INSTANCES)
                .parameter("businessKey", String.valueOf(itemId)).parameter("processKey", processKey).list().stream()
                .map(ProcessInstance::getId).toList();
    }

    /** The tasks of these process instances, oldest first (the task id settles ties). */
    public static List<Task> ofInstances(TaskService taskService, List<String> instances) {
        if (instances.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT RES.* FROM ACT_RU_TASK RES WHERE RES.PROC_INST_ID_ IN (");
        for (int i = 0; i < instances.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{instance").append(i).append('}');
        }
        NativeTaskQuery query = taskService.createNativeTaskQuery()
                .sql(sql.append(") ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC").toString());
        for (int i = 0; i < instances.size(); i++) {
            query.parameter("instance" + i, instances.get(i));
        }
        return query.list();
    }
}
