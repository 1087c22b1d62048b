package uk.scrutiny.workflow.lifecycle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * Keeps the {@code waiting_task} rows (what waits on whom, see V14) in step with the lifecycle's tasks: the engine
 * calls it inside the command that creates, assigns, re-dates, renames, completes or deletes a task, so the rows
 * change in the same transaction as the task, or not at all (a failure here fails the command). Registered with the
 * engine when it is built ({@code WorkflowEngine}). It records the tasks of an item's processes: its lifecycle and
 * the follow-up of its recommendations and deep dive; tasks of other processes are not its business.
 *
 * <p>A row says who may take the task now: its assignee while someone holds it, otherwise each group it is offered
 * to. The groups come from the deployed model (our processes name them plainly), or from the task's candidate
 * links when a model gives them by an expression.
 */
@ApplicationScoped
public class WaitingTaskRows implements FlowableEventListener {

    /** The task changes that change what waits on whom. */
    private static final Set<FlowableEngineEventType> REWRITTEN = Set.of(FlowableEngineEventType.TASK_CREATED,
            FlowableEngineEventType.TASK_ASSIGNED, FlowableEngineEventType.TASK_DUEDATE_CHANGED,
            FlowableEngineEventType.TASK_NAME_CHANGED);

    private static final Set<FlowableEngineEventType> REMOVED = Set.of(FlowableEngineEventType.TASK_COMPLETED,
            FlowableEngineEventType.ENTITY_DELETED);

    /** The tasks of one request (the officer's response, democratic services' review of it). */
    private static final Set<String> REQUEST_TASKS = Set.of(Action.SUBMIT_RESPONSE.taskKey(),
            Action.ACCEPT_RESPONSE.taskKey());

    private static final String DONE_ATTRIBUTE = WaitingTaskRows.class.getName() + ".done";

    static final String USER = "user:";
    static final String GROUP = "group:";

    @Resource(lookup = "jdbc/scrutiny")
    DataSource dataSource;

    @Inject
    WaitingTaskCounts counts;

    /**
     * The processes whose tasks are recorded: an item's lifecycle, and the follow-up of its recommendations and deep
     * dive (the recommendations package's {@code FollowUpTasks.PROCESS_KEY}, which this package cannot see).
     */
    public static final List<String> PROCESSES = List.of(ItemLifecycle.PROCESS_KEY, "itemRecommendations");

    /** One row: the task and one person or group it waits on. */
    record Row(String taskId, String waitsOn, String processKey, long itemId, String taskKey, String taskName,
            Date due, Date created, Long requestId) {
    }

    @Override
    public Collection<? extends FlowableEventType> getTypes() {
        List<FlowableEventType> types = new ArrayList<>(REWRITTEN);
        types.addAll(REMOVED);
        return types;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof TaskEntity task) || processOf(task) == null) {
            return;
        }
        boolean removed = REMOVED.contains(event.getType());
        DoneInThisCommand done = doneInThisCommand();
        // A completed task is then deleted: the second event finds nothing left to delete.
        if (removed && done.deleted().contains(task.getId())) {
            return;
        }
        counts.changing();
        try (Connection connection = dataSource.getConnection()) {
            // A task just created has no rows, unless its assignment, which comes first, wrote them; the insert
            // leaves alone any the start-up filling beat it to.
            if (event.getType() != FlowableEngineEventType.TASK_CREATED || done.written().contains(task.getId())) {
                delete(connection, task.getId());
            }
            if (removed) {
                done.deleted().add(task.getId());
            } else {
                insert(connection, rowsOf(task, executionOf(task)::getVariable, candidateGroups(task)));
                done.written().add(task.getId());
            }
        } catch (SQLException e) {
            throw new FlowableException("Could not record what waits on whom for task " + task.getId(), e);
        }
    }

    /** The tasks whose rows this engine command has written, and those whose rows it has deleted. */
    private record DoneInThisCommand(Set<String> written, Set<String> deleted) {
    }

    /** What this engine command has done already, which need not be done again in the same command. */
    private static DoneInThisCommand doneInThisCommand() {
        CommandContext command = Context.getCommandContext();
        DoneInThisCommand done = (DoneInThisCommand) command.getAttribute(DONE_ATTRIBUTE);
        if (done == null) {
            done = new DoneInThisCommand(new HashSet<>(), new HashSet<>());
            command.addAttribute(DONE_ATTRIBUTE, done);
        }
        return done;
    }

    /**
     * The task's execution, whose variables (and its parents') are the item's and the request's: our processes set
     * none on tasks, so asking the task would first read its own variables, an empty query each time.
     */
    private static VariableScope executionOf(TaskEntity task) {
        return CommandContextUtil.getExecutionEntityManager().findById(task.getExecutionId());
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }

    /** The key of the task's process when it is one of those recorded, otherwise null. */
    static String processOf(TaskInfo task) {
        String definition = task.getProcessDefinitionId();
        return definition == null ? null : PROCESSES.stream().filter(key -> definition.startsWith(key + ":"))
                .findFirst().orElse(null);
    }

    /**
     * The rows of a task: {@code variable} gives the item's id and, for a request's tasks, the request's (the
     * multi-instance execution holds it, a parent of the task's).
     */
    static List<Row> rowsOf(TaskInfo task, Function<String, Object> variable, Collection<String> groups) {
        Object item = variable.apply(ItemLifecycle.ITEM_ID);
        if (!(item instanceof Number itemId)) {
            return List.of();
        }
        Long requestId = null;
        if (REQUEST_TASKS.contains(task.getTaskDefinitionKey())
                && variable.apply(ItemLifecycle.REQUEST_ID) instanceof Number request) {
            requestId = request.longValue();
        }
        List<String> waitsOn = new ArrayList<>();
        if (task.getAssignee() != null) {
            waitsOn.add(USER + task.getAssignee());
        } else {
            groups.forEach(group -> waitsOn.add(GROUP + group));
        }
        List<Row> rows = new ArrayList<>();
        for (String on : waitsOn) {
            rows.add(new Row(task.getId(), on, processOf(task), itemId.longValue(), task.getTaskDefinitionKey(),
                    task.getName(), task.getDueDate(), task.getCreateTime(), requestId));
        }
        return rows;
    }

    /** The groups offered the task: declared in the model, or its candidate links when an expression gives them. */
    private static Collection<String> candidateGroups(TaskEntity task) {
        if (ProcessDefinitionUtil.getBpmnModel(task.getProcessDefinitionId())
                .getFlowElement(task.getTaskDefinitionKey()) instanceof UserTask userTask
                && userTask.getCandidateGroups().stream().noneMatch(g -> g.contains("{"))) {
            return userTask.getCandidateGroups().stream().map(String::strip)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> groups = new TreeSet<>();
        for (IdentityLink link : task.getIdentityLinks()) {
            if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    static void delete(Connection connection, String taskId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM waiting_task WHERE task_id = ?")) {
            delete.setString(1, taskId);
            delete.executeUpdate();
        }
    }

    /**
     * The rows, each with its item's committee (the item's row is written before its process starts); a row already
     * there is left as it is (the start-up filling may meet a task the engine has just recorded).
     */
    static void insert(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO waiting_task (task_id, waits_on,"
                + " process_key, item_id, committee_id, task_key, task_name, due_at, created_at, request_id)"
                + " SELECT ?, ?, ?, I.id, I.committee_id, ?, ?, ?, ?, ? FROM scrutiny_item I WHERE I.id = ?"
                + " AND NOT EXISTS (SELECT W.task_id FROM waiting_task W WHERE W.task_id = ? AND W.waits_on = ?)")) {
            for (Row row : rows) {
                insert.setString(1, row.taskId());
                insert.setString(2, row.waitsOn());
                insert.setString(3, row.processKey());
                insert.setString(4, row.taskKey());
                insert.setString(5, row.taskName());
                insert.setTimestamp(6, row.due() == null ? null : new Timestamp(row.due().getTime()));
                insert.setTimestamp(7, new Timestamp((row.created() == null ? new Date() : row.created()).getTime()));
                if (row.requestId() == null) {
                    insert.setNull(8, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(8, row.requestId());
                }
                insert.setLong(9, row.itemId());
                insert.setString(10, row.taskId());
                insert.setString(11, row.waitsOn());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
