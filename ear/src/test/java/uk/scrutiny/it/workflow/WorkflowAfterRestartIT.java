package uk.scrutiny.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second half of the restart proof, in the restart execution after {@code RestartIT} (see ear/pom.xml): the
 * witness left by {@link WorkflowBeforeRestartIT} is still running with the same task, the schema is the one made
 * before, and starting engines again (the application's, then this archive's with its deployer) added no
 * deployment.
 *
 * <p>This class needs the server as the restart left it, so it cannot share a JVM with the Arquillian tests of the
 * main execution: their connection to the server does not survive the restart.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowAfterRestartIT {

    @Deployment
    static WebArchive deployment() {
        return WorkflowArchives.withEngine("workflow-after-restart-it.war", WorkflowAfterRestartIT.class,
                RestartWitness.class);
    }

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @Inject
    ManagementService managementService;

    @Test
    void theWitnessSurvivedTheRestartWithItsTaskAndNothingWasDeployedAgain() {
        ProcessInstance witness = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(RestartWitness.BUSINESS_KEY).includeProcessVariables().singleResult();
        assertThat(witness).as("the witness instance").isNotNull();
        Map<String, Object> before = witness.getProcessVariables();
        assertThat(ManagementFactory.getRuntimeMXBean().getStartTime())
                .as("this server JVM started after the witness did, so a restart lies between them")
                .isGreaterThan((Long) before.get(RestartWitness.STARTED_AT));

        Task task = taskService.createTaskQuery().processInstanceId(witness.getId()).singleResult();
        assertThat(task.getId()).isEqualTo(before.get(RestartWitness.TASK_ID));
        assertThat(task.getName()).isEqualTo("Review item");
        assertThat(task.getAssignee()).isEqualTo("officer");
        assertThat(task.getPriority()).isEqualTo(RestartWitness.PRIORITY);
        assertThat(managementService.getProperties().get("schema.history"))
                .isEqualTo(before.get(RestartWitness.SCHEMA_HISTORY));

        TestProcesses.deploy(repositoryService);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before.get(RestartWitness.DEPLOYMENTS));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(TestProcesses.REVIEW)
                .list()).extracting(ProcessDefinition::getVersion).containsExactly(1);

        taskService.complete(task.getId());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(witness.getId())
                .singleResult().getEndTime()).as("the engine carried the instance on after the restart").isNotNull();
    }
}
