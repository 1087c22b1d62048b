package uk.scrutiny.workflow.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import org.apache.ibatis.session.Configuration;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.job.service.JobProcessor;

/**
 * Flowable inside the container: every engine call joins the caller's JTA transaction (or runs in
 * a transaction of its own when there is none), so process state and the application's JPA changes
 * commit or roll back together.
 *
 * <p>Needs, before {@code buildProcessEngine()}: the container's JTA {@code DataSource}, a
 * {@link PortableTransactionManager} as transaction manager and a requires-new executor (see
 * {@link RequiresNewOnFreshThreadInterceptor}); on Derby also {@link #useDerby()}, on PostgreSQL
 * nothing more (Flowable supports it and detects it). {@link WorkflowEngine} does this wiring.
 * The database-independent settings are shared with the standalone configuration through
 * {@link EngineDefaults}.
 *
 * <p>Threads: the factory given with {@code setAsyncExecutorThreadFactory} (in the container a
 * {@code ManagedThreadFactory}, see {@link ThreadFactoryAsyncJobExecutor#installOn}) makes every
 * thread the engine starts: the job executor's and also the async task invoker's, which runs the
 * work of {@code FlowableFutureJavaDelegate}s and which Flowable would otherwise start with a
 * thread factory of its own, outside the container.
 */
public class ContainerProcessEngineConfiguration extends JtaProcessEngineConfiguration {

    private Executor requiresNewExecutor;

    public ContainerProcessEngineConfiguration() {
        EngineDefaults.applyTo(this);
    }

    /** Runs the engine on Derby, for which Flowable has no support of its own. */
    public ContainerProcessEngineConfiguration useDerby() {
        FlowableDerbySupport.applyTo(this);
        return this;
    }

    /**
     * Makes this engine's job executor run only the jobs of {@code category}, and tags every job the engine creates
     * with it (see {@link JobCategoryTagger}). Engines on one database with different categories then never run
     * each other's jobs: in the integration tests, the application's engine and the test archives' engines, whose
     * processes call beans only they have.
     */
    public ContainerProcessEngineConfiguration runJobsOfCategory(String category) {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("A job category must not be empty");
        }
        setEnabledJobCategories(List.of(category));
        List<JobProcessor> processors = new ArrayList<>(getJobProcessors());
        processors.add(new JobCategoryTagger(category));
        setJobProcessors(processors);
        return this;
    }

    /**
     * How long the job executor waits before looking again for due timers and asynchronous jobs when it found none.
     * A timer fires at most this long after it is due.
     */
    public ContainerProcessEngineConfiguration setJobAcquisitionWait(Duration wait) {
        if (wait.isNegative() || wait.isZero()) {
            throw new IllegalArgumentException("The job acquisition wait must be positive, not " + wait);
        }
        getAsyncExecutorConfiguration().setDefaultTimerJobAcquireWaitTime(wait);
        getAsyncExecutorConfiguration().setDefaultAsyncJobAcquireWaitTime(wait);
        return this;
    }

    /** Where Flowable's "requires new" work runs while the caller's transaction stays open. */
    public ContainerProcessEngineConfiguration setRequiresNewExecutor(Executor requiresNewExecutor) {
        this.requiresNewExecutor = requiresNewExecutor;
        return this;
    }

    public Executor getRequiresNewExecutor() {
        return requiresNewExecutor;
    }

    @Override
    public CommandInterceptor createTransactionInterceptor() {
        if (transactionManager == null) {
            throw new FlowableException("ContainerProcessEngineConfiguration needs a transaction manager, e.g. PortableTransactionManager");
        }
        if (requiresNewExecutor == null) {
            throw new FlowableException("ContainerProcessEngineConfiguration needs a requires-new executor, e.g. a ManagedExecutorService");
        }
        return new RequiresNewOnFreshThreadInterceptor(transactionManager, requiresNewExecutor);
    }

    /**
     * Builds the async task invoker's pool as Flowable does (same sizes, same caller-runs policy when
     * full, shut down with the engine) but on {@code asyncExecutorThreadFactory}, when there is one.
     * The in-container test {@code AsyncExecutorIT} showed Flowable's own threads there: on them a
     * delegate finds no {@code java:comp} and no container services.
     */
    @Override
    protected void initAsyncTaskInvoker() {
        if (asyncTaskInvokerTaskExecutor == null && asyncExecutorThreadFactory != null) {
            DefaultAsyncTaskExecutor invokerExecutor = new DefaultAsyncTaskExecutor(getOrCreateAsyncTaskInvokerTaskExecutorConfiguration());
            invokerExecutor.setThreadFactory(asyncExecutorThreadFactory);
            invokerExecutor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
            invokerExecutor.start();
            asyncTaskInvokerTaskExecutor = invokerExecutor;
            shutdownAsyncTaskInvokerTaskExecutor = true;
        }
        super.initAsyncTaskInvoker();
    }

    @Override
    public void initEntityManagers() {
        ActivityInstancesOnlyWithHistory.installIn(this);
        super.initEntityManagers();
    }

    @Override
    public void initMybatisTypeHandlers(Configuration configuration) {
        super.initMybatisTypeHandlers(configuration);
        if (FlowableDerbySupport.DATABASE_TYPE.equals(databaseType)) {
            FlowableDerbySupport.registerTypeHandlers(configuration);
        }
    }
}
