package uk.scrutiny.workflow.engine;

import org.apache.ibatis.session.Configuration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Flowable on Derby with Flowable managing its own JDBC transactions: the engine for unit tests
 * and the "raw Flowable" baseline of benchmarks. It shares every Derby setting with
 * {@link DerbyJtaProcessEngineConfiguration} through {@link FlowableDerbySupport}, so what passes
 * here exercises the same SQL the container runs.
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
        FlowableDerbySupport.applyTo(this);
    }

    @Override
    public void initMybatisTypeHandlers(Configuration configuration) {
        super.initMybatisTypeHandlers(configuration);
        FlowableDerbySupport.registerTypeHandlers(configuration);
    }
}
