package uk.scrutiny.workflow.engine;

import java.util.concurrent.Executor;

import org.apache.ibatis.session.Configuration;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

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

    @Override
    public void initMybatisTypeHandlers(Configuration configuration) {
        super.initMybatisTypeHandlers(configuration);
        if (FlowableDerbySupport.DATABASE_TYPE.equals(databaseType)) {
            FlowableDerbySupport.registerTypeHandlers(configuration);
        }
    }
}
