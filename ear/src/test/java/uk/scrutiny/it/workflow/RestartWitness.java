package uk.scrutiny.it.workflow;

/**
 * A review instance left running across the server restart, carrying what was true before it as process variables:
 * the database is the one thing both sides of a restart share, and it is what the restart must keep.
 */
final class RestartWitness {

    static final String BUSINESS_KEY = "restart-witness";
    static final String STARTED_AT = "witnessStartedAt";
    static final String TASK_ID = "witnessTaskId";
    static final String DEPLOYMENTS = "deploymentsBeforeRestart";
    static final String SCHEMA_HISTORY = "schemaHistoryBeforeRestart";
    static final int PRIORITY = 42;

    private RestartWitness() {
    }
}
