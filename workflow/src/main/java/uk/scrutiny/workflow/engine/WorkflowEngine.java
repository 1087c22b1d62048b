package uk.scrutiny.workflow.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import uk.scrutiny.domain.infrastructure.persistence.SchemaMigrations;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;

/**
 * The application's one Flowable process engine, started with the application and closed with it,
 * and the producer of Flowable's services for injection:
 *
 * <pre>{@code
 * @Inject RuntimeService runtimeService;   // joins the caller's JTA transaction
 * @Inject TaskService taskService;
 * }</pre>
 *
 * <p>Flowable has no Jakarta CDI integration, so this bean does what one would: it builds a
 * {@link ContainerProcessEngineConfiguration} from container resources only (the application's
 * DataSource, on Derby or PostgreSQL, the standard transaction APIs, the default managed thread
 * factory and executor),
 * deploys {@code processes/*.bpmn20.xml} (see {@link ProcessDefinitionDeployer}) and lets BPMN
 * expressions call {@code @Named} CDI beans, e.g. {@code ${deadlines.check(execution)}}. Prefer
 * {@code @ApplicationScoped} beans there: expressions also run on job executor threads, where no
 * request context is active, and {@code @Dependent} instances obtained from an expression are
 * never destroyed.
 *
 * <p>The engine is built in {@code @PostConstruct}, so the first injection of a service starts it
 * even if it happens before the application-initialised event; that event only makes the start
 * eager. MicroProfile Config properties:
 * <ul>
 * <li>{@value #ASYNC_EXECUTOR_ACTIVATE} (default {@code true}) switches the job executor off, e.g. for a second
 * node that must not run timers;</li>
 * <li>{@value #JOB_CATEGORY} (default {@value #DEFAULT_JOB_CATEGORY}): the executor runs only jobs of this
 * category, and every job the engine creates gets it. Another engine on the same database with another category
 * (the integration tests' archives) never runs the application's jobs, nor the application theirs;</li>
 * <li>{@value #JOB_ACQUISITION_WAIT} (ISO-8601 duration, default {@value #DEFAULT_JOB_ACQUISITION_WAIT}): how
 * long the executor sleeps when no timer was due, so how late a timer may fire. Reminders count in working days;
 * the test server sets a second.</li>
 * </ul>
 */
@ApplicationScoped
public class WorkflowEngine {

    public static final String ENGINE_NAME = "scrutiny";
    public static final String ASYNC_EXECUTOR_ACTIVATE = "scrutiny.workflow.async-executor.activate";
    public static final String JOB_CATEGORY = "scrutiny.workflow.job-category";
    public static final String DEFAULT_JOB_CATEGORY = "scrutiny";
    public static final String JOB_ACQUISITION_WAIT = "scrutiny.workflow.job-acquisition-wait";
    public static final String DEFAULT_JOB_ACQUISITION_WAIT = "PT10S";

    @Resource(lookup = "jdbc/scrutiny")
    private DataSource dataSource;

    @Resource
    private UserTransaction userTransaction;

    @Resource
    private TransactionSynchronizationRegistry transactionSynchronizationRegistry;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory managedThreadFactory;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService managedExecutorService;

    @Inject
    private BeanManager beanManager;

    /** The engine's tables share the database with the domain's; Flyway must find an empty schema first. */
    @Inject
    private SchemaMigrations schemaMigrations;

    @Inject
    @ConfigProperty(name = ASYNC_EXECUTOR_ACTIVATE, defaultValue = "true")
    private boolean asyncExecutorActivate;

    @Inject
    @ConfigProperty(name = JOB_CATEGORY, defaultValue = DEFAULT_JOB_CATEGORY)
    private String jobCategory;

    @Inject
    @ConfigProperty(name = JOB_ACQUISITION_WAIT, defaultValue = DEFAULT_JOB_ACQUISITION_WAIT)
    private Duration jobAcquisitionWait;

    @Inject
    @Any
    private Instance<FlowableEventListener> eventListeners;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        schemaMigrations.ensureMigrated();
        ContainerProcessEngineConfiguration configuration = new ContainerProcessEngineConfiguration();
        if (FlowableDerbySupport.isDerby(dataSource)) {
            configuration.useDerby();
        }
        configuration.setEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(new PortableTransactionManager(userTransaction, transactionSynchronizationRegistry));
        configuration.setRequiresNewExecutor(managedExecutorService);
        ThreadFactoryAsyncJobExecutor.installOn(configuration, managedThreadFactory);
        configuration.setAsyncExecutorActivate(asyncExecutorActivate);
        configuration.runJobsOfCategory(jobCategory);
        configuration.setJobAcquisitionWait(jobAcquisitionWait);
        configuration.addPreDefaultELResolver(new NamedBeanELResolver(new BeanManagerLookup(beanManager)));
        // The application's listeners (e.g. the lifecycle's record of what waits on whom) hear the engine's events
        // inside the command that causes them, so what they write shares its transaction.
        configuration.setEventListeners(eventListeners.stream().toList());
        processEngine = configuration.buildProcessEngine();
        try {
            ProcessDefinitionDeployer.forApplication().deploy(processEngine.getRepositoryService());
        } catch (RuntimeException e) {
            // A half-started engine would keep its job executor threads running after a failed deployment.
            processEngine.close();
            processEngine = null;
            throw e;
        }
    }

    /** Starts the engine with the application rather than on first use (the event itself is irrelevant). */
    void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object applicationInitialised) {
        processEngine();
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            processEngine.close();
            processEngine = null;
        }
    }

    /** The engine itself, for the rare caller that needs more than the produced services. */
    public ProcessEngine processEngine() {
        if (processEngine == null) {
            throw new IllegalStateException("The workflow engine is not running");
        }
        return processEngine;
    }

    @Produces
    RuntimeService runtimeService() {
        return processEngine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return processEngine().getTaskService();
    }

    @Produces
    HistoryService historyService() {
        return processEngine().getHistoryService();
    }

    @Produces
    RepositoryService repositoryService() {
        return processEngine().getRepositoryService();
    }

    @Produces
    ManagementService managementService() {
        return processEngine().getManagementService();
    }

    /**
     * Named CDI beans for {@link NamedBeanELResolver}. The set of beans is fixed once the
     * application is deployed, so the resolution of a name (including "no such bean", the common
     * case for process variables) is cached; the contextual reference is obtained on every use so
     * that scopes keep working.
     */
    static final class BeanManagerLookup implements NamedBeanELResolver.NamedBeanLookup {

        private final BeanManager beanManager;
        private final Map<String, Optional<Bean<?>>> beansByName = new ConcurrentHashMap<>();

        BeanManagerLookup(BeanManager beanManager) {
            this.beanManager = beanManager;
        }

        @Override
        public Optional<Object> find(String name) {
            return beansByName.computeIfAbsent(name, this::resolve).map(this::reference);
        }

        private Optional<Bean<?>> resolve(String name) {
            Set<Bean<?>> candidates = beanManager.getBeans(name);
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            return Optional.ofNullable(beanManager.resolve(candidates));
        }

        private Object reference(Bean<?> bean) {
            CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
            return beanManager.getReference(bean, Object.class, creationalContext);
        }
    }
}
