package uk.scrutiny.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
