package uk.scrutiny.it.workflow;

import org.flowable.engine.RepositoryService;
import uk.scrutiny.workflow.engine.ProcessDefinitionDeployer;

/**
 * The test processes ({@code processes/*.bpmn20.xml} beside this class) and their deployment. Kept apart from
 * {@link WorkflowArchives}, which needs ShrinkWrap: this class runs inside the server, where a client-mode archive
 * such as the benchmark's has no ShrinkWrap.
 */
final class TestProcesses {

    static final String DEPLOYMENT_NAME = "workflow-it-processes";
    static final String INDEX = "uk/scrutiny/it/workflow/processes/deployment.list";

    /** The one-user-task process ({@code review.bpmn20.xml}). */
    static final String REVIEW = "itReview";

    private TestProcesses() {
    }

    /**
     * Deploys the test processes the way the application deploys its own: one named deployment, a new one only
     * when a file changed. Every archive calls it, so the deployment count also shows the duplicate filtering.
     */
    static void deploy(RepositoryService repositoryService) {
        new ProcessDefinitionDeployer(DEPLOYMENT_NAME, INDEX, TestProcesses.class.getClassLoader())
                .deploy(repositoryService);
    }
}
