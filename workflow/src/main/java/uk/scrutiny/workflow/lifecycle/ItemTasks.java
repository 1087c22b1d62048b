package uk.scrutiny.workflow.lifecycle;

import java.util.List;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The tasks waiting in one item's process, found through its process instance rather than by a task query on the
 * business key. Derby plans that query as a scan of every task row with the business key checked per row, and a
 * scan waits on the rows other transactions are writing: two transitions on different items then deadlock on each
 * other's new tasks (ConcurrentTransitionsIT found it). The process instance is found through the index on its
 * business key, and its tasks through the index of their foreign key to it, so only the item's own rows are read.
 *
 * <p>One native statement: every action reads its item's tasks (and an answer reads them again), and the query API
 * made that two statements, each built by MyBatis from a mapping of several hundred conditions evaluated by
 * reflection.
 */
public final class ItemTasks {

    private ItemTasks() {
    }

    /** The item's tasks in its process of this key, oldest first (the task id settles ties). */
    public static List<Task> of(TaskService taskService, String processKey, long itemId) {
        return taskService.createNativeTaskQuery().sql("SELECT T.* FROM ACT_RU_EXECUTION E"
                + " JOIN ACT_RU_TASK T ON T.PROC_INST_ID_ = E.ID_"
                + " WHERE E.BUSINESS_KEY_ = #{item} AND E.ID_ = E.PROC_INST_ID_"
                + " AND E.PROC_DEF_ID_ LIKE #{definitions}"
                + " ORDER BY T.CREATE_TIME_ ASC, T.ID_ ASC")
                .parameter("item", String.valueOf(itemId)).parameter("definitions", processKey + ":%").list();
    }
}
