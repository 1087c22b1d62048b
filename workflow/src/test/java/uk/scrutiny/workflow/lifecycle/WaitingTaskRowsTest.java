package uk.scrutiny.workflow.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.task.service.impl.persistence.entity.TaskEntityImpl;
import org.junit.jupiter.api.Test;

/**
 * Who a task waits on, as its rows say: the person holding it, or each group it is offered to while nobody does;
 * the request only for a request's own tasks.
 */
class WaitingTaskRowsTest {

    private static final Date DUE = new Date(1_800_000_000_000L);

    @Test
    void aTaskNobodyHoldsWaitsOnEachGroupItIsOfferedTo() {
        TaskEntityImpl triage = task("t1", "triage", null);

        List<WaitingTaskRows.Row> rows = WaitingTaskRows.rowsOf(triage, Map.<String, Object>of("itemId", 42L)::get,
                List.of("chair", "democratic-services"));

        assertThat(rows).extracting(WaitingTaskRows.Row::waitsOn)
                .containsExactly("group:chair", "group:democratic-services");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.itemId()).isEqualTo(42L);
            assertThat(row.taskKey()).isEqualTo("triage");
            assertThat(row.requestId()).isNull();
            assertThat(row.due()).isEqualTo(DUE);
        });
    }

    @Test
    void aTaskSomeoneHoldsWaitsOnThemAloneEvenWhenItIsOfferedToAGroup() {
        TaskEntityImpl enquiries = task("t2", "backgroundEnquiries", "officer");

        assertThat(WaitingTaskRows.rowsOf(enquiries, Map.<String, Object>of("itemId", 7L)::get,
                List.of("democratic-services"))).extracting(WaitingTaskRows.Row::waitsOn).containsExactly("user:officer");
    }

    @Test
    void aRequestsTasksNameTheirRequestAndOtherTasksDoNot() {
        Map<String, Object> variables = Map.of("itemId", 7L, "requestId", 99L);

        assertThat(WaitingTaskRows.rowsOf(task("t3", "officerResponse", "officer"), variables::get, List.of()))
                .extracting(WaitingTaskRows.Row::requestId).containsExactly(99L);
        assertThat(WaitingTaskRows.rowsOf(task("t4", "reviewResponse", null), variables::get,
                List.of("democratic-services"))).extracting(WaitingTaskRows.Row::requestId).containsExactly(99L);
        assertThat(WaitingTaskRows.rowsOf(task("t5", "publish", null), variables::get,
                List.of("democratic-services"))).extracting(WaitingTaskRows.Row::requestId).containsOnlyNulls();
    }

    @Test
    void aTaskWithoutAnItemHasNoRows() {
        assertThat(WaitingTaskRows.rowsOf(task("t6", "triage", null), Map.<String, Object>of()::get,
                List.of("chair"))).isEmpty();
    }

    @Test
    void theItemsProcessesTasksAreRecordedAndNoOthers() {
        TaskEntityImpl lifecycle = task("t7", "triage", null);
        lifecycle.setProcessDefinitionId(ItemLifecycle.PROCESS_KEY + ":3:1234");
        TaskEntityImpl followUp = task("t8", "executiveResponseOverdue", null);
        followUp.setProcessDefinitionId("itemRecommendations:2:5678");
        TaskEntityImpl other = task("t9", "approve", null);
        other.setProcessDefinitionId("someOtherProcess:1:9012");

        assertThat(WaitingTaskRows.processOf(lifecycle)).isEqualTo(ItemLifecycle.PROCESS_KEY);
        assertThat(WaitingTaskRows.processOf(followUp)).isEqualTo("itemRecommendations");
        assertThat(WaitingTaskRows.processOf(other)).isNull();
    }

    private static TaskEntityImpl task(String id, String key, String assignee) {
        TaskEntityImpl task = new TaskEntityImpl();
        task.setId(id);
        task.setTaskDefinitionKey(key);
        task.setName("A task");
        task.setAssignee(assignee);
        task.setDueDate(DUE);
        task.setCreateTime(new Date(1_700_000_000_000L));
        return task;
    }
}
