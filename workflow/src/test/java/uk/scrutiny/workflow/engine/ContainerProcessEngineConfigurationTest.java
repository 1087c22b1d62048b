package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.junit.jupiter.api.Test;

/** What the container configuration insists on and sets up, short of building an engine. */
class ContainerProcessEngineConfigurationTest {

    private final FakeTransactions container = new FakeTransactions();

    @Test
    void refusesToBuildWithoutATransactionManagerOrARequiresNewExecutor() {
        ContainerProcessEngineConfiguration withoutManager = new ContainerProcessEngineConfiguration();
        withoutManager.setRequiresNewExecutor(Runnable::run);
        assertThatThrownBy(withoutManager::createTransactionInterceptor).isInstanceOf(FlowableException.class)
                .hasMessageContaining("transaction manager");

        ContainerProcessEngineConfiguration withoutExecutor = new ContainerProcessEngineConfiguration();
        withoutExecutor.setTransactionManager(new PortableTransactionManager(container, container));
        assertThatThrownBy(withoutExecutor::createTransactionInterceptor).isInstanceOf(FlowableException.class)
                .hasMessageContaining("requires-new executor");
    }

    @Test
    void usesTheFreshThreadInterceptorForTransactions() {
        ContainerProcessEngineConfiguration configuration = new ContainerProcessEngineConfiguration();
        configuration.setTransactionManager(new PortableTransactionManager(container, container));
        configuration.setRequiresNewExecutor(Runnable::run);

        assertThat(configuration.createTransactionInterceptor()).isInstanceOf(RequiresNewOnFreshThreadInterceptor.class);
        assertThat(configuration.isTransactionsExternallyManaged()).isTrue();
    }

    @Test
    void runsFutureDelegateWorkOnThreadsOfTheGivenFactory() throws Exception {
        List<Thread> made = new CopyOnWriteArrayList<>();
        ThreadFactory given = runnable -> {
            Thread thread = new Thread(runnable, "given-" + made.size());
            made.add(thread);
            return thread;
        };
        ContainerProcessEngineConfiguration configuration = new ContainerProcessEngineConfiguration();
        configuration.setAsyncExecutorThreadFactory(given);
        configuration.initAsyncTaskInvoker();
        try {
            String worker = configuration.getAsyncTaskInvoker().submit(() -> Thread.currentThread().getName())
                    .get(10, TimeUnit.SECONDS);

            assertThat(worker).startsWith("given-");
            assertThat(made).isNotEmpty();
        } finally {
            configuration.getAsyncTaskInvokerTaskExecutor().shutdown();
        }
    }

    @Test
    void leavesTheDatabaseTypeToFlowableUnlessToldItIsDerby() {
        ContainerProcessEngineConfiguration generic = new ContainerProcessEngineConfiguration();
        assertThat(generic.getDatabaseType()).isNull();
        assertThat(generic.getIdGenerator()).isInstanceOf(StrongUuidGenerator.class);

        ContainerProcessEngineConfiguration derby = new ContainerProcessEngineConfiguration().useDerby();
        assertThat(derby.getDatabaseType()).isEqualTo("derby");
        assertThat(derby.getCustomMybatisInterceptors()).hasAtLeastOneElementOfType(DerbyDeleteAliasInterceptor.class);
    }

    @Test
    void recognisesDerbyFromItsDriver() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:recognise");
        derby.setCreateDatabase("create");

        assertThat(FlowableDerbySupport.isDerby(derby)).isTrue();
    }
}
