package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.impl.cmd.DeleteRelatedDataOfRemovedHistoricProcessInstancesCmd;
import org.flowable.engine.impl.cmd.DeleteTaskAndActivityDataOfRemovedHistoricProcessInstancesCmd;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flowable on Derby through the shared Derby set-up, with the standalone configuration: the SQL
 * the container engine runs, minus JTA.
 */
class DerbyEngineTest {

    private static final String DATABASE = "derbyEngineTest";

    /** The application bean the greeting process calls by name. */
    public static final class Greeter {
        public String greet(org.flowable.engine.delegate.DelegateExecution execution) {
            return "Hello, " + execution.getVariable("name");
        }
    }

    private static ProcessEngine engine;
    private static RuntimeService runtimeService;
    private static TaskService taskService;
    private static HistoryService historyService;

    @BeforeAll
    static void startEngine() {
        Greeter greeter = new Greeter();
        DerbyStandaloneProcessEngineConfiguration configuration = TestEngines.standalone(DATABASE);
        configuration.addPreDefaultELResolver(new NamedBeanELResolver(
                name -> "greeter".equals(name) ? Optional.of(greeter) : Optional.empty()));
        engine = configuration.buildProcessEngine();
        TestEngines.testProcesses().deploy(engine.getRepositoryService());
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        historyService = engine.getHistoryService();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void createsFlowablesSchemaOnDerbyWithoutIdmOrEventRegistryTables() throws SQLException {
        List<String> tables = TestEngines.flowableTables(DATABASE);

        assertThat(tables).hasSize(32).contains("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_RE_DEPLOYMENT");
        assertThat(tables).noneMatch(table -> table.startsWith("ACT_ID_") || table.startsWith("FLW_EV_"));
        assertThat(TestEngines.singleString(DATABASE, "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'"))
                .isEqualTo(ProcessEngine.VERSION);
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_TASK");
    }

    @Test
    void runsAProcessThroughAUserTaskAndRecordsItsHistory() {
        ProcessInstance instance = runtimeService.createProcessInstanceBuilder()
                .processDefinitionKey("review")
                .businessKey("history-1")
                .variables(Map.of("officer", "scrutiny.officer", "priority", 50, "note", "x".repeat(3000)))
                .transientVariable("unused", "not stored")
                .start();

        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getName()).isEqualTo("Review item");
        assertThat(task.getAssignee()).isEqualTo("scrutiny.officer");
        assertThat(task.getPriority()).isEqualTo(50);

        taskService.complete(task.getId(), Map.of("outcome", "agreed", "flagged", true));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        HistoricProcessInstance historic = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(historic.getEndTime()).isNotNull();
        assertThat(historic.getBusinessKey()).isEqualTo("history-1");

        HistoricTaskInstance historicTask = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(historicTask.getEndTime()).isNotNull();
        assertThat(historicTask.getAssignee()).isEqualTo("scrutiny.officer");

        List<String> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list()
                .stream().map(HistoricActivityInstance::getActivityId).toList();
        assertThat(activities).contains("start", "reviewItem", "end");

        Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .collect(java.util.stream.Collectors.toMap(HistoricVariableInstance::getVariableName, HistoricVariableInstance::getValue));
        assertThat(variables).containsEntry("outcome", "agreed").containsEntry("flagged", true)
                .containsEntry("note", "x".repeat(3000)).doesNotContainKey("unused");
    }

    @Test
    void pagesAndOrdersTaskAndHistoryQueriesOnDerby() {
        for (int i = 0; i < 7; i++) {
            runtimeService.startProcessInstanceByKey("review", "page-" + i, Map.of("officer", "pager", "priority", i));
        }

        List<Integer> priorities = taskService.createTaskQuery().taskAssignee("pager")
                .orderByTaskPriority().asc().listPage(2, 3)
                .stream().map(Task::getPriority).toList();
        assertThat(priorities).containsExactly(2, 3, 4);

        List<Integer> lastPage = taskService.createTaskQuery().taskAssignee("pager")
                .orderByTaskPriority().desc().listPage(5, 10)
                .stream().map(Task::getPriority).toList();
        assertThat(lastPage).containsExactly(1, 0);

        List<String> businessKeys = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("page-%")
                .orderByProcessInstanceBusinessKey().desc().listPage(1, 2)
                .stream().map(HistoricProcessInstance::getBusinessKey).toList();
        assertThat(businessKeys).containsExactly("page-5", "page-4");

        List<String> nativePage = taskService.createNativeTaskQuery()
                .sql("select * from ACT_RU_TASK where ASSIGNEE_ = #{assignee} order by PRIORITY_ asc")
                .parameter("assignee", "pager")
                .listPage(4, 2)
                .stream().map(task -> String.valueOf(task.getPriority())).toList();
        assertThat(nativePage).containsExactly("4", "5");
    }

    @Test
    void resolvesNamedApplicationBeansInExpressions() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("greeting", Map.of("name", "committee"));

        assertThat(runtimeService.getVariable(instance.getId(), "greeting")).isEqualTo("Hello, committee");
    }

    /**
     * Flowable's bulk deletes of orphaned history emit {@code delete ALIAS from TABLE ALIAS}, which
     * Derby rejects; with DerbyDeleteAliasInterceptor they run.
     */
    @Test
    void deletesHistoryOfRemovedProcessInstances() throws SQLException {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("review", "orphan",
                Map.of("officer", "orphan.owner", "priority", 1));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        assertThat(TestEngines.update(DATABASE, "delete from ACT_HI_PROCINST where PROC_INST_ID_ = '" + instance.getId() + "'")).isOne();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count()).isPositive();

        engine.getManagementService().executeCommand(new DeleteRelatedDataOfRemovedHistoricProcessInstancesCmd());
        engine.getManagementService().executeCommand(new DeleteTaskAndActivityDataOfRemovedHistoricProcessInstancesCmd());

        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
