/**
 * Flowable on embedded Derby (or on PostgreSQL, which Flowable supports itself), joined to the
 * container's transactions.
 *
 * <p>Why this package exists at all: Flowable supports neither Derby nor Jakarta CDI, and
 * Jakarta EE standardises {@code UserTransaction} and {@code TransactionSynchronizationRegistry}
 * but not the {@code TransactionManager} Flowable's JTA mode wants. The pieces, and what each
 * makes up for:
 * <ul>
 * <li>{@link uk.scrutiny.workflow.engine.FlowableDerbySupport} and the Derby DDL below
 * {@code org/flowable/**}: the database type Flowable lacks. Shared, with the database-independent
 * {@link uk.scrutiny.workflow.engine.EngineDefaults}, by
 * {@link uk.scrutiny.workflow.engine.ContainerProcessEngineConfiguration} (the container, JTA) and
 * {@link uk.scrutiny.workflow.engine.DerbyStandaloneProcessEngineConfiguration} (tests and the
 * raw-Flowable baseline).</li>
 * <li>{@link uk.scrutiny.workflow.engine.PortableTransactionManager}: a {@code TransactionManager}
 * over the two standard transaction APIs, and
 * {@link uk.scrutiny.workflow.engine.RequiresNewOnFreshThreadInterceptor} for the one thing they
 * cannot do (suspend a transaction).</li>
 * <li>{@link uk.scrutiny.workflow.engine.ThreadFactoryAsyncJobExecutor}: the job executor on
 * container-managed threads.</li>
 * <li>{@link uk.scrutiny.workflow.engine.NamedBeanELResolver}: BPMN expressions that name CDI
 * beans.</li>
 * <li>{@link uk.scrutiny.workflow.engine.WorkflowEngine}: the CDI bean that assembles the above
 * and produces Flowable's services for injection.</li>
 * </ul>
 * See {@code workflow/FLOWABLE-DERBY.md} for the Derby specifics and the upgrade procedure.
 */
package uk.scrutiny.workflow.engine;
