package uk.scrutiny.workflow.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.NativeProcessInstanceQuery;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.flowable.variable.api.persistence.entity.VariableInstance;

/**
 * The tasks of the lifecycle process waiting on a user, a page at a time, in the order of
 * {@link ItemLifecycle#tasksFor} (due date, then creation; the task id settles ties, so pages never overlap), and how
 * many wait in all: "my tasks" and democratic services' dashboard. Democratic services' group holds a task for most
 * open items, so reading them all (with their process variables) for a page of twenty is what made their list slow;
 * here the database returns only the tasks asked for, and the items they belong to come from the process instances'
 * business keys (the item id) in one more query rather than from every task's variables.
 *
 * <p>Only the groups the process offers tasks to are asked about: an officer's group holds none of its tasks (an
 * officer's task is assigned to them by name), and asking "assigned to me or offered to my group" makes the
 * database look at every task's candidate links to find none.
 */
@ApplicationScoped
public class WaitingTasks {

    /** One page of the tasks, and how many wait on the user in all. */
    public record First(List<ItemLifecycle.WaitingTask> tasks, long total) {
        public First {
            tasks = List.copyOf(tasks);
        }
    }

    /** The tasks of one request: the officer's response and democratic services' review of it. */
    private static final Set<String> REQUEST_TASKS = Set.of(Action.SUBMIT_RESPONSE.taskKey(),
            Action.ACCEPT_RESPONSE.taskKey());

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    CandidateGroups candidateGroups;

    /** The first {@code count} tasks waiting on the user, and the total. */
    @Transactional
    public First first(Actor actor, int count) {
        return page(actor, null, 0, count);
    }

    /**
     * The tasks from position {@code from} (0 is the first), at most {@code count} of them, and the total.
     *
     * @param committeeId only the tasks of this committee's items; null: every committee's
     */
    // REQUIRED, not SUPPORTS: Flowable would otherwise begin a transaction of its own for its queries.
    @Transactional
    public First page(Actor actor, Long committeeId, int from, int count) {
        Set<String> groups = groupsWithTasks(actor);
        long total = query(actor, groups, committeeId, "SELECT count(*)", "").count();
        List<Task> tasks = total <= from || count < 1 ? List.of() : query(actor, groups, committeeId, "SELECT T.*",
                " ORDER BY T.DUE_DATE_ ASC, T.CREATE_TIME_ ASC, T.ID_ ASC"
                        + " OFFSET #{first} ROWS FETCH NEXT #{count} ROWS ONLY")
                .parameter("first", from).parameter("count", count).list();
        return new First(waiting(tasks), total);
    }

    /** The actor's groups that the lifecycle offers tasks to. */
    private Set<String> groupsWithTasks(Actor actor) {
        Set<String> lifecycle = candidateGroups.ofProcess(ItemLifecycle.PROCESS_KEY);
        return actor.groups().stream().filter(lifecycle::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The tasks of the lifecycle assigned to the user or offered to one of their groups, of one committee's items or
     * of all, as one native statement. The query API's statement says the same for all committees, but MyBatis
     * builds it from a mapping of several hundred conditions, each an OGNL expression evaluated by reflection, twice
     * a request (count and page): that cost more than the database's work on a few hundred tasks. For all
     * committees a task offered to a group is the group's only while nobody holds it, as the query API has it;
     * for one committee, as this statement always had it, also when it is assigned.
     *
     * <p>The process keeps only the item's id (variable {@code itemId}), so the committee comes from the item's
     * row, joined in the same statement: Flowable's query API cannot join a table of the application.
     */
    private NativeTaskQuery query(Actor actor, Set<String> groups, Long committeeId, String select, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" FROM ACT_RU_TASK T");
        NativeTaskQuery query = taskService.createNativeTaskQuery();
        if (committeeId != null) {
            sql.append(" JOIN ACT_RU_VARIABLE V ON V.EXECUTION_ID_ = T.PROC_INST_ID_ AND V.NAME_ = 'itemId'")
                    .append(" JOIN scrutiny_item I ON I.id = V.LONG_");
        }
        sql.append(" WHERE EXISTS (SELECT D.ID_ FROM ACT_RE_PROCDEF D WHERE D.ID_ = T.PROC_DEF_ID_")
                .append(" AND D.KEY_ = #{key})");
        if (committeeId != null) {
            sql.append(" AND I.committee_id = #{committee}");
            query.parameter("committee", committeeId);
        }
        sql.append(" AND (T.ASSIGNEE_ = #{user}");
        if (!groups.isEmpty()) {
            sql.append(committeeId == null ? " OR (T.ASSIGNEE_ IS NULL AND " : " OR (")
                    .append("EXISTS (SELECT L.ID_ FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_")
                    .append(" AND L.TYPE_ = 'candidate' AND L.GROUP_ID_ IN (");
            int i = 0;
            for (String group : groups) {
                sql.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
                query.parameter("group" + i, group);
                i++;
            }
            sql.append(")))");
        }
        sql.append(')').append(tail);
        return query.sql(sql.toString()).parameter("key", ItemLifecycle.PROCESS_KEY)
                .parameter("user", actor.username());
    }

    /**
     * The process instances by their ids, through the primary key: the query API's {@code processInstanceIds} asks
     * for {@code PROC_INST_ID_ IN (...)}, which Derby answered by reading every process instance.
     */
    private List<ProcessInstance> instances(Set<String> ids) {
        StringBuilder sql = new StringBuilder("SELECT E.* FROM ACT_RU_EXECUTION E WHERE E.ID_ IN (");
        NativeProcessInstanceQuery query = runtimeService.createNativeProcessInstanceQuery();
        int i = 0;
        for (String id : ids) {
            sql.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
            query.parameter("id" + i, id);
            i++;
        }
        return query.sql(sql.append(')').toString()).list();
    }

    private List<ItemLifecycle.WaitingTask> waiting(Collection<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> itemIds = new HashMap<>();
        for (ProcessInstance instance : instances(instanceIds)) {
            itemIds.put(instance.getId(), Long.valueOf(instance.getBusinessKey()));
        }
        Map<String, Long> requestIds = requestIds(tasks);
        List<ItemLifecycle.WaitingTask> waiting = new ArrayList<>();
        for (Task t : tasks) {
            Long itemId = itemIds.get(t.getProcessInstanceId());
            if (itemId != null) {
                waiting.add(new ItemLifecycle.WaitingTask(itemId, Action.forTask(t.getTaskDefinitionKey()).stream()
                        .map(Action::apiName).collect(Collectors.joining("|")), t.getName(),
                        t.getDueDate() == null ? null
                                : t.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                        requestIds.get(t.getId())));
            }
        }
        return waiting;
    }

    /**
     * The request each task of the responses subprocess is for, by task id: an item with several officers has a
     * review task per response, and the entry has to say which one it opens. Each instance of the subprocess keeps
     * its request id on its own execution, a parent of the task's, so the page's request tasks cost two queries
     * (their processes' executions, and those variables), not a variable lookup per task. A task of a process
     * started before the subprocess existed has no request id: its item has one request in that state.
     */
    private Map<String, Long> requestIds(Collection<Task> tasks) {
        List<Task> requestTasks = tasks.stream().filter(t -> REQUEST_TASKS.contains(t.getTaskDefinitionKey()))
                .toList();
        if (requestTasks.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parents = new HashMap<>();
        for (Execution execution : runtimeService.createExecutionQuery().processInstanceIds(requestTasks.stream()
                .map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()) {
            parents.put(execution.getId(), execution.getParentId());
        }
        Map<String, Long> onExecution = new HashMap<>();
        if (!parents.isEmpty()) {
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                    .executionIds(parents.keySet()).variableName(ItemLifecycle.REQUEST_ID).list()) {
                if (variable.getValue() instanceof Number id) {
                    onExecution.put(variable.getExecutionId(), id.longValue());
                }
            }
        }
        Map<String, Long> byTask = new HashMap<>();
        for (Task task : requestTasks) {
            for (String execution = task.getExecutionId(); execution != null; execution = parents.get(execution)) {
                Long requestId = onExecution.get(execution);
                if (requestId != null) {
                    byTask.put(task.getId(), requestId);
                    break;
                }
            }
        }
        return byTask;
    }
}
