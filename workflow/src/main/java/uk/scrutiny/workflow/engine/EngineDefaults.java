package uk.scrutiny.workflow.engine;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine settings that do not depend on the database, shared by every configuration in this
 * package so that the container engine, the unit tests and the benchmark baseline agree.
 */
public final class EngineDefaults {

    private EngineDefaults() {
    }

    /**
     * Applies the defaults to a configuration before it is built; callers may still change the
     * schema strategy (tests) and anything not set here.
     */
    public static void applyTo(ProcessEngineConfigurationImpl configuration) {
        // Create the schema on first start, check the version on every later one.
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // The default DbIdGenerator fetches id blocks in a REQUIRES_NEW transaction, which under JTA
        // means a thread hop (RequiresNewOnFreshThreadInterceptor) for a mere id; UUIDs need no
        // database round trip at all.
        configuration.setIdGenerator(new StrongUuidGenerator());
        // Users, groups and event channels are the application's business, not Flowable's: skipping
        // these engines also means no tables (and, on Derby, no DDL) for them.
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        // Cleaning old history is a scheduling decision for the application (it works on Derby too,
        // see DerbyDeleteAliasInterceptor).
        configuration.setEnableHistoryCleaning(false);
        // A process may say how much history it keeps (flowable:historyLevel): the application's own processes
        // keep none, as their domain timelines are the record; any other keeps the engine's default (audit).
        configuration.setEnableProcessDefinitionHistoryLevel(true);
        // Flowable's relationship counts: each execution and task counts its timers, jobs, variables, event
        // subscriptions, identity links and sub-tasks, so ending one (a task completed, a subprocess or
        // multi-instance left) deletes only what it has instead of querying for each kind. Executions started
        // before keep querying: their counts were never kept, and the engine knows which those are.
        configuration.setEnableExecutionRelationshipCounts(true);
        configuration.setEnableTaskRelationshipCounts(true);
        // Never let engine start touch Jakarta Mail: see UnconfiguredMailClient.
        configuration.setDefaultMailClient(new UnconfiguredMailClient());
    }
}
