package uk.scrutiny.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first half of the restart proof, run before {@code RestartIT} restarts the server: the engines made the
 * schema and deployed each process set once, however many engines started; and a witness instance is left
 * running, with what it saw, for {@link WorkflowAfterRestartIT} to check after the restart.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowBeforeRestartIT {

    @Deployment
    static WebArchive deployment() {
        return WorkflowArchives.withEngine("workflow-before-restart-it.war", WorkflowBeforeRestartIT.class,
                RestartWitness.class);
    }

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Test
    void aWitnessInstanceIsLeftRunningForTheRestart() {
        TestProcesses.deploy(repositoryService);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(TestProcesses.DEPLOYMENT_NAME).count())
                .as("one deployment of the test processes, however many test archives deployed them").isOne();
        String schemaHistory = managementService.getProperties().get("schema.history");
        assertThat(schemaHistory).as("made by the engine on this database, never upgraded").startsWith("create(");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(RestartWitness.BUSINESS_KEY)
                .count()).as("no witness from before: each build starts from an empty database").isZero();

        Map<String, Object> variables = new HashMap<>();
        variables.put("officer", "officer");
        variables.put("priority", RestartWitness.PRIORITY);
        variables.put(RestartWitness.STARTED_AT, System.currentTimeMillis());
        variables.put(RestartWitness.DEPLOYMENTS, repositoryService.createDeploymentQuery().count());
        variables.put(RestartWitness.SCHEMA_HISTORY, schemaHistory);
        ProcessInstance witness = runtimeService.startProcessInstanceByKey(TestProcesses.REVIEW,
                RestartWitness.BUSINESS_KEY, variables);
        Task task = taskService.createTaskQuery().processInstanceId(witness.getId()).singleResult();
        runtimeService.setVariable(witness.getId(), RestartWitness.TASK_ID, task.getId());

        assertThat(task.getAssignee()).isEqualTo("officer");
    }
}
