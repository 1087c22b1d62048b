package uk.scrutiny.workflow.engine;

import org.apache.ibatis.session.Configuration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Flowable on Derby with Flowable managing its own JDBC transactions: the engine for unit tests
 * and the "raw Flowable" baseline of benchmarks. It shares every setting except the transaction
 * handling with {@link ContainerProcessEngineConfiguration} (through {@link EngineDefaults} and
 * {@link FlowableDerbySupport}), so what passes here exercises the SQL the container runs.
 *
 * <pre>{@code
 * ProcessEngine engine = new DerbyStandaloneProcessEngineConfiguration()
 *         .setJdbcUrl("jdbc:derby:memory:flowable;create=true")
 *         .setJdbcDriver("org.apache.derby.jdbc.EmbeddedDriver")
 *         .setAsyncExecutorActivate(false)
 *         .buildProcessEngine();
 * }</pre>
 */
public class DerbyStandaloneProcessEngineConfiguration extends StandaloneProcessEngineConfiguration {

    public DerbyStandaloneProcessEngineConfiguration() {
        EngineDefaults.applyTo(this);
        FlowableDerbySupport.applyTo(this);
    }

    @Override
    public void initEntityManagers() {
        ActivityInstancesOnlyWithHistory.installIn(this);
        super.initEntityManagers();
    }

    @Override
    public void initMybatisTypeHandlers(Configuration configuration) {
        super.initMybatisTypeHandlers(configuration);
        FlowableDerbySupport.registerTypeHandlers(configuration);
    }
}
