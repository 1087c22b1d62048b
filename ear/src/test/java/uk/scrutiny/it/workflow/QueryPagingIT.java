package uk.scrutiny.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paged and ordered task and history queries on Derby, through the container's data source. Derby pages with
 * {@code OFFSET ... FETCH NEXT}, after {@code ORDER BY}; a page that started before the ordering, or a distinct
 * query ordered by a column it does not select, would show here as wrong rows or as an SQL error.
 *
 * <p>Each test makes seven review instances of its own (business keys {@code <prefix>-0} to {@code -6}, all
 * priorities different) so that other tests' instances in the shared database never enter a page.
 */
@ExtendWith(ArquillianExtension.class)
class QueryPagingIT {

    private static final int[] PRIORITIES = {30, 10, 70, 50, 20, 60, 40};

    @Deployment
    static WebArchive deployment() {
        return WorkflowArchives.withEngine("workflow-paging-it.war", QueryPagingIT.class);
    }

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    private String prefix;

    @BeforeEach
    void startSevenReviews() {
        TestProcesses.deploy(repositoryService);
        prefix = "paging-" + UUID.randomUUID();
        for (int i = 0; i < PRIORITIES.length; i++) {
            Map<String, Object> variables = new HashMap<>();
            // Unassigned, so that the candidate-group queries find them.
            variables.put("officer", null);
            variables.put("priority", PRIORITIES[i]);
            variables.put("position", i);
            runtimeService.startProcessInstanceByKey(TestProcesses.REVIEW, prefix + "-" + i, variables);
        }
    }

    @Test
    void taskQueriesPageAfterOrdering() {
        assertThat(priorities(taskService.createTaskQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .orderByTaskPriority().asc().listPage(2, 3))).containsExactly(30, 40, 50);
        assertThat(priorities(taskService.createTaskQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .orderByTaskPriority().desc().listPage(5, 10))).as("the last, short page").containsExactly(20, 10);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .orderByTaskPriority().asc().listPage(7, 3)).as("past the end").isEmpty();
    }

    @Test
    void candidateAndVariableQueriesPageAfterOrdering() {
        assertThat(priorities(taskService.createTaskQuery().taskCandidateGroup("democratic-services")
                .processInstanceBusinessKeyLike(prefix + "-%").orderByTaskPriority().desc().listPage(1, 3)))
                .containsExactly(60, 50, 40);

        // With variables Flowable pages an inner query and joins the variables outside it: a different statement.
        List<Task> withVariables = taskService.createTaskQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .includeProcessVariables().orderByTaskPriority().asc().listPage(4, 2);
        assertThat(priorities(withVariables)).containsExactly(50, 60);
        assertThat(withVariables).extracting(task -> task.getProcessVariables().get("position")).containsExactly(3, 5);
    }

    @Test
    void historyQueriesPageAfterOrdering() {
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .orderByTaskPriority().asc().listPage(0, 3)) {
            taskService.complete(task.getId());
        }

        assertThat(priorities(historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyLike(prefix + "-%").finished().orderByTaskPriority().desc().listPage(1, 5)))
                .as("finished tasks 30, 20, 10 after the first").containsExactly(20, 10);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .orderByProcessInstanceBusinessKey().desc().listPage(2, 3))
                .extracting(HistoricProcessInstance::getBusinessKey)
                .containsExactly(prefix + "-4", prefix + "-3", prefix + "-2");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "-%")
                .finished().includeProcessVariables().orderByProcessInstanceBusinessKey().asc().listPage(1, 5))
                .as("ended: the instances of priorities 10, 20, 30, i.e. positions 1, 4, 0; without the first")
                .extracting(instance -> instance.getProcessVariables().get("position")).containsExactly(1, 4);
    }

    private static List<Integer> priorities(List<? extends TaskInfo> tasks) {
        return tasks.stream().map(TaskInfo::getPriority).toList();
    }
}
