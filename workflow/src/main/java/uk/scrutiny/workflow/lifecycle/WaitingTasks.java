package uk.scrutiny.workflow.lifecycle;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import uk.scrutiny.domain.model.committee.CommitteesChaired;
import uk.scrutiny.domain.model.people.Role;

/**
 * The tasks of the lifecycle process waiting on a user, a page at a time, in the order of
 * {@link ItemLifecycle#tasksFor} (due date, then creation; the task id settles ties, so pages never overlap), and how
 * many wait in all: "my tasks" and democratic services' dashboard. A task waits on the person holding it, or, while
 * nobody does, on each group it is offered to.
 *
 * <p>Read from the {@code waiting_task} rows ({@link WaitingTaskRows}), not from the engine's tables: democratic
 * services' group holds a task for most open items, and the engine's tables can only answer "how many, and which
 * first" by reading every task with its candidate links (twice a request, with MyBatis evaluating its mapping's
 * conditions by reflection each time). Each person and group is one range of an index here, counted and read in
 * order, so the cost follows the page, not the number of items. The rows are filled at start-up for tasks made
 * before them (an upgraded database), and a row whose task has gone is removed then.
 */
@ApplicationScoped
public class WaitingTasks {

    private static final Logger LOG = Logger.getLogger(WaitingTasks.class.getName());

    /** Item ids asked for in one statement (kept well under the databases' limits on parameters). */
    private static final int IDS_PER_STATEMENT = 500;

    /** Tasks recorded per transaction when filling the rows at start-up. */
    private static final int FILL_BATCH = 200;

    /** One page of the tasks, and how many wait on the user in all. */
    public record First(List<ItemLifecycle.WaitingTask> tasks, long total) {
        public First {
            tasks = List.copyOf(tasks);
        }
    }

    @Inject
    TaskService taskService;

    @Inject
    CandidateGroups candidateGroups;

    @Inject
    WaitingTaskCounts counts;

    @Inject
    ChairsCommittees chairs;

    @Resource(lookup = "jdbc/scrutiny")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

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
    @Transactional
    public First page(Actor actor, Long committeeId, int from, int count) {
        Page page = read(actor, ItemLifecycle.PROCESS_KEY, committeeId, from, count, groupsWithTasks(actor));
        return new First(page.rows().stream().map(row -> new ItemLifecycle.WaitingTask(row.itemId(),
                Action.forTask(row.taskKey()).stream().map(Action::apiName).collect(Collectors.joining("|")),
                row.taskName(), row.due(), row.requestId())).toList(), page.total());
    }

    /** A task waiting on someone: of which item, which task of its process, due when, for which request. */
    public record Row(long itemId, String taskKey, String taskName, LocalDate due, Long requestId) {
    }

    /**
     * Every task of the process waiting on the user (assigned to them, or offered to one of their roles' groups),
     * in page order.
     */
    @Transactional
    public List<Row> all(Actor actor, String processKey) {
        return read(actor, processKey, null, 0, Integer.MAX_VALUE - 1, actor.groups()).rows();
    }

    /**
     * Every task of these kinds waiting on the user, each once, in page order: what {@link #all} answers of them,
     * read from the index of each kind.
     *
     * @param committeeId only the tasks of this committee's items; null: every committee's
     */
    @Transactional
    public List<Row> ofKinds(Actor actor, Collection<String> taskKeys, Long committeeId) {
        List<List<Waiting>> parts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<On> waitsOn = new ArrayList<>();
            waitsOn.add(On.person(actor));
            waitsOn.addAll(asGroups(actor, actor.groups()));
            for (On on : waitsOn) {
                try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE task_key = ? AND "
                        + on.condition("") + (committeeId == null ? "" : " AND committee_id = ?")
                        + " ORDER BY due_at, created_at, task_id")) {
                    for (String taskKey : taskKeys) {
                        statement.setString(1, taskKey);
                        int p = on.bind(statement, 2);
                        if (committeeId != null) {
                            statement.setLong(p, committeeId);
                        }
                        parts.add(rows(statement));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tasks waiting on " + actor.username(), e);
        }
        return inPageOrder(parts).stream().map(Waiting::row).toList();
    }

    /**
     * The items whose lifecycle has a task of this kind waiting (on anyone) and whose meeting is on a day from
     * {@code from} to {@code to}: first the items of those days' meetings (by the meetings' dates and the items'
     * meeting), then which of them have such a task (by item), each from its index.
     */
    @Transactional
    public Set<Long> itemsWithTask(String taskKey, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ofMeetings = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT I.id FROM meeting M"
                    + " JOIN scrutiny_item I ON I.target_meeting_id = M.id"
                    + " WHERE M.meeting_date >= ? AND M.meeting_date <= ?")) {
                statement.setDate(1, java.sql.Date.valueOf(from));
                statement.setDate(2, java.sql.Date.valueOf(to));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ofMeetings.add(rs.getLong(1));
                    }
                }
            }
            Set<Long> items = new HashSet<>();
            for (int start = 0; start < ofMeetings.size(); start += IDS_PER_STATEMENT) {
                List<Long> ids = ofMeetings.subList(start, Math.min(ofMeetings.size(), start + IDS_PER_STATEMENT));
                try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT item_id"
                        + " FROM waiting_task WHERE task_key = ? AND process_key = ? AND item_id IN ("
                        + "?, ".repeat(ids.size() - 1) + "?)")) {
                    statement.setString(1, taskKey);
                    statement.setString(2, ItemLifecycle.PROCESS_KEY);
                    for (int i = 0; i < ids.size(); i++) {
                        statement.setLong(3 + i, ids.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            items.add(rs.getLong(1));
                        }
                    }
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the items waiting at " + taskKey, e);
        }
    }

    /**
     * The request whose task this is (an officer's response, the review of it), as recorded with the task's rows:
     * one look-up by the task's key, where asking the engine reads the task's executions and their variables.
     * Empty for the item's own tasks, and for a request's task of a process started before items could ask several
     * officers (which keeps no request id).
     */
    @Transactional
    public Optional<Long> requestOf(String taskId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT request_id FROM waiting_task WHERE task_id = ?")) {
            statement.setString(1, taskId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long requestId = rs.getLong(1);
                    if (!rs.wasNull()) {
                        return Optional.of(requestId);
                    }
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the request of task " + taskId, e);
        }
    }

    private record Page(List<Row> rows, long total) {
    }

    /** The page of the union of what waits on the person and on their groups (each task once), and its size. */
    private Page read(Actor actor, String processKey, Long committeeId, int from, int count,
            Collection<String> groupNames) {
        List<On> groups = asGroups(actor, groupNames);
        try (Connection connection = dataSource.getConnection()) {
            Map<On, Long> sizes = new HashMap<>();
            for (On group : groups) {
                sizes.put(group, count(connection, group, processKey, committeeId));
            }
            // The person's own first, then their groups from the fewest tasks to the most (see distinct).
            groups.sort(Comparator.comparing(sizes::get));
            List<On> waitsOn = new ArrayList<>();
            waitsOn.add(On.person(actor));
            waitsOn.addAll(groups);
            long total = count(connection, waitsOn.get(0), processKey, committeeId)
                    + distinct(connection, groups, sizes, processKey, committeeId);
            if (total <= from || count < 1) {
                return new Page(List.of(), total);
            }
            // The first (from + count) of the union are among the first (from + count) of each part: a task's place
            // in its own part is never later than its place in the union.
            List<List<Waiting>> parts = new ArrayList<>();
            for (On on : waitsOn) {
                parts.add(first(connection, on, processKey, committeeId, from + count));
            }
            return new Page(inPageOrder(parts).stream().skip(from).limit(count).map(Waiting::row).toList(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tasks waiting on " + actor.username(), e);
        }
    }

    /**
     * The groups as their rows name them. The chair's group is offered the triage of every committee's red flags,
     * but a chair takes only those of the committees they chair ({@link ChairsCommittees}): its rows are read of
     * those committees only, and not at all for a chair of none.
     */
    private List<On> asGroups(Actor actor, Collection<String> groupNames) {
        List<On> groups = new ArrayList<>();
        for (String group : groupNames) {
            if (!group.equals(Role.CHAIR.groupName())) {
                groups.add(new On(WaitingTaskRows.GROUP + group, null));
                continue;
            }
            CommitteesChaired chaired = chairs.of(actor);
            if (!chaired.isEmpty()) {
                groups.add(new On(WaitingTaskRows.GROUP + group, new TreeSet<>(chaired.ids()).stream().toList()));
            }
        }
        return groups;
    }

    /**
     * Whose rows: a person's or a group's, of some committees only or (committees null) of all of them. Also
     * what its counts are kept under.
     */
    private record On(String waitsOn, List<Long> committees) {

        static On person(Actor actor) {
            return new On(WaitingTaskRows.USER + actor.username(), null);
        }

        /** The condition on the rows (of the table or of the alias given, such as "B."), to bind with {@link #bind}. */
        String condition(String alias) {
            return committees == null ? alias + "waits_on = ?" : "(" + alias + "waits_on = ? AND " + alias
                    + "committee_id IN (" + "?, ".repeat(committees.size() - 1) + "?))";
        }

        /** Binds the condition's parameters from {@code p}; answers the next parameter's position. */
        int bind(PreparedStatement statement, int p) throws SQLException {
            statement.setString(p++, waitsOn);
            if (committees != null) {
                for (long committee : committees) {
                    statement.setLong(p++, committee);
                }
            }
            return p;
        }
    }

    /** The rows of several people and groups, each task once, in page order. */
    private static List<Waiting> inPageOrder(List<List<Waiting>> parts) {
        Map<String, Waiting> union = new HashMap<>();
        parts.forEach(part -> part.forEach(task -> union.putIfAbsent(task.taskId(), task)));
        return union.values().stream().sorted(Waiting.ORDER).toList();
    }

    /** A row of the tasks waiting on someone, in the order pages are cut. */
    private record Waiting(String taskId, Timestamp due, Timestamp created, Row row) {

        static final Comparator<Waiting> ORDER = Comparator.comparing(Waiting::due,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Waiting::created)
                .thenComparing(Waiting::taskId);
    }

    /**
     * The tasks offered to the groups, each once: a task offered to two of them (triage, to the chair and democratic
     * services) has a row for each. The groups come fewest tasks first, and a group's task is counted only if no
     * later group has it, so only the smaller groups' rows are looked up in the others.
     */
    private long distinct(Connection connection, List<On> groups, Map<On, Long> sizes,
            String processKey, Long committeeId) throws SQLException {
        return counts.count(new CountOf(List.copyOf(groups), processKey, committeeId),
                () -> distinctNow(connection, groups, sizes, processKey, committeeId));
    }

    private static long distinctNow(Connection connection, List<On> groups, Map<On, Long> counts,
            String processKey, Long committeeId) throws SQLException {
        long total = 0;
        for (int i = 0; i < groups.size(); i++) {
            total += counts.get(groups.get(i));
            List<On> later = groups.subList(i + 1, groups.size());
            if (!later.isEmpty() && counts.get(groups.get(i)) > 0) {
                StringBuilder sql = new StringBuilder("SELECT count(*) FROM waiting_task A WHERE ")
                        .append(groups.get(i).condition("A.")).append(" AND A.process_key = ?")
                        .append(committeeId == null ? "" : " AND A.committee_id = ?")
                        .append(" AND EXISTS (SELECT B.task_id FROM waiting_task B WHERE B.task_id = A.task_id AND (")
                        .append(later.stream().map(on -> on.condition("B.")).collect(Collectors.joining(" OR ")))
                        .append("))");
                try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                    int p = groups.get(i).bind(statement, 1);
                    statement.setString(p++, processKey);
                    if (committeeId != null) {
                        statement.setLong(p++, committeeId);
                    }
                    for (On group : later) {
                        p = group.bind(statement, p);
                    }
                    total -= single(statement);
                }
            }
        }
        return total;
    }

    private long count(Connection connection, On waitsOn, String processKey, Long committeeId)
            throws SQLException {
        return counts.count(new CountOf(waitsOn, processKey, committeeId),
                () -> countNow(connection, waitsOn, processKey, committeeId));
    }

    /**
     * What a count is of: the tasks of a process waiting on someone (an {@link On}) or on several groups at once
     * (their list), of one committee's items or all.
     */
    private record CountOf(Object waitsOn, String processKey, Long committeeId) {
    }

    private static long countNow(Connection connection, On waitsOn, String processKey, Long committeeId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM waiting_task"
                + " WHERE " + waitsOn.condition("") + " AND process_key = ?"
                + (committeeId == null ? "" : " AND committee_id = ?"))) {
            int p = waitsOn.bind(statement, 1);
            statement.setString(p++, processKey);
            if (committeeId != null) {
                statement.setLong(p, committeeId);
            }
            return single(statement);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final String SELECT = "SELECT task_id, item_id, task_key, task_name, due_at, created_at,"
            + " request_id FROM waiting_task";

    /**
     * The first {@code limit} tasks waiting on one person or group, in page order, from its index. Which index is
     * named: Derby may otherwise read the rows through the other index on the same leading columns and sort them
     * all, every one of democratic services' thousands of tasks for a page of 20 (on a database freshly filled to
     * 20,000 items, p95 113-167 ms rather than 19 at 16 clients; ear/BENCHMARK.md, session 10). The hint is a comment
     * to any other database.
     */
    private static List<Waiting> first(Connection connection, On waitsOn, String processKey, Long committeeId,
            int limit) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " --DERBY-PROPERTIES index="
                + (committeeId == null ? "IX_WAITING_TASK_ORDER" : "IX_WAITING_TASK_COMMITTEE") + "\n"
                + " WHERE " + waitsOn.condition("")
                + " AND process_key = ?" + (committeeId == null ? "" : " AND committee_id = ?")
                + " ORDER BY due_at, created_at, task_id")) {
            statement.setMaxRows(limit);
            int p = waitsOn.bind(statement, 1);
            statement.setString(p++, processKey);
            if (committeeId != null) {
                statement.setLong(p, committeeId);
            }
            return rows(statement);
        }
    }

    private static List<Waiting> rows(PreparedStatement statement) throws SQLException {
        List<Waiting> tasks = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Timestamp due = rs.getTimestamp("due_at");
                long requestId = rs.getLong("request_id");
                Long request = rs.wasNull() ? null : requestId;
                tasks.add(new Waiting(rs.getString("task_id"), due, rs.getTimestamp("created_at"), new Row(
                        rs.getLong("item_id"), rs.getString("task_key"), rs.getString("task_name"),
                        due == null ? null : due.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), request)));
            }
        }
        return tasks;
    }

    /** The actor's groups that the lifecycle offers tasks to. */
    private Set<String> groupsWithTasks(Actor actor) {
        Set<String> lifecycle = candidateGroups.ofProcess(ItemLifecycle.PROCESS_KEY);
        return actor.groups().stream().filter(lifecycle::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * At start-up: the rows of tasks made before the rows were kept (a database of an earlier release), and none of
     * tasks that have gone. The engine records every task from its start, so a second start finds nothing to do.
     */
    void fillAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) throws Exception {
        int removed;
        List<Task> missing;
        transaction.begin();
        counts.changing();
        try {
            // The engine first: it creates its tables on a new database.
            missing = taskService.createNativeTaskQuery().sql("SELECT T.* FROM ACT_RU_TASK T WHERE (T.PROC_DEF_ID_"
                    + " LIKE #{lifecycle} OR T.PROC_DEF_ID_ LIKE #{followUp}) AND NOT EXISTS (SELECT W.task_id"
                    + " FROM waiting_task W WHERE W.task_id = T.ID_)")
                    .parameter("lifecycle", WaitingTaskRows.PROCESSES.get(0) + ":%")
                    .parameter("followUp", WaitingTaskRows.PROCESSES.get(1) + ":%").list();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement gone = connection.prepareStatement("DELETE FROM waiting_task WHERE NOT EXISTS"
                            + " (SELECT T.ID_ FROM ACT_RU_TASK T WHERE T.ID_ = waiting_task.task_id)")) {
                removed = gone.executeUpdate();
            }
            transaction.commit();
        } finally {
            rollbackIfActive();
        }
        int recorded = 0;
        for (int from = 0; from < missing.size(); from += FILL_BATCH) {
            recorded += record(missing.subList(from, Math.min(missing.size(), from + FILL_BATCH)));
        }
        if (removed > 0 || !missing.isEmpty()) {
            LOG.info("What waits on whom, at start-up: " + recorded + " rows for " + missing.size()
                    + " tasks made before they were kept; rows of " + removed + " ended tasks removed.");
        }
    }

    private int record(List<Task> tasks) throws Exception {
        int rows = 0;
        transaction.begin();
        counts.changing();
        try (Connection connection = dataSource.getConnection()) {
            for (Task task : tasks) {
                Map<String, Object> variables;
                try {
                    variables = taskService.getVariables(task.getId(), List.of(ItemLifecycle.ITEM_ID,
                            ItemLifecycle.REQUEST_ID));
                } catch (FlowableObjectNotFoundException ended) {
                    continue;
                }
                List<WaitingTaskRows.Row> taskRows = WaitingTaskRows.rowsOf(task, variables::get,
                        candidateGroups.of(task));
                WaitingTaskRows.insert(connection, taskRows);
                rows += taskRows.size();
            }
            transaction.commit();
        } finally {
            rollbackIfActive();
        }
        return rows;
    }

    private void rollbackIfActive() throws Exception {
        if (transaction.getStatus() == Status.STATUS_ACTIVE
                || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
            transaction.rollback();
        }
    }
}
