package uk.scrutiny.workflow.engine;

import java.util.concurrent.Executor;

import org.apache.ibatis.session.Configuration;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;

/**
 * Flowable on Derby inside the container: every engine call joins the caller's JTA transaction
 * (or runs in its own when there is none), so process state and the application's JPA changes
 * commit or roll back together.
 *
 * <p>Needs, before {@code buildProcessEngine()}: a container {@code DataSource} (JTA-enlisted), a
 * {@link PortableTransactionManager} as transaction manager, and a requires-new executor (see
 * {@link RequiresNewOnFreshThreadInterceptor}). {@link WorkflowEngine} does this wiring.
 * The Derby settings are shared with {@link DerbyStandaloneProcessEngineConfiguration} through
 * {@link FlowableDerbySupport}.
 */
public class DerbyJtaProcessEngineConfiguration extends JtaProcessEngineConfiguration {

    private Executor requiresNewExecutor;

    public DerbyJtaProcessEngineConfiguration() {
        FlowableDerbySupport.applyTo(this);
    }

    /** Where Flowable's "requires new" work runs while the caller's transaction stays open. */
    public DerbyJtaProcessEngineConfiguration setRequiresNewExecutor(Executor requiresNewExecutor) {
        this.requiresNewExecutor = requiresNewExecutor;
        return this;
    }

    public Executor getRequiresNewExecutor() {
        return requiresNewExecutor;
    }

    @Override
    public CommandInterceptor createTransactionInterceptor() {
        if (transactionManager == null) {
            throw new FlowableException("DerbyJtaProcessEngineConfiguration needs a transaction manager, e.g. PortableTransactionManager");
        }
        if (requiresNewExecutor == null) {
            throw new FlowableException("DerbyJtaProcessEngineConfiguration needs a requires-new executor, e.g. a ManagedExecutorService");
        }
        return new RequiresNewOnFreshThreadInterceptor(transactionManager, requiresNewExecutor);
    }

    @Override
    public void initMybatisTypeHandlers(Configuration configuration) {
        super.initMybatisTypeHandlers(configuration);
        FlowableDerbySupport.registerTypeHandlers(configuration);
    }
}
