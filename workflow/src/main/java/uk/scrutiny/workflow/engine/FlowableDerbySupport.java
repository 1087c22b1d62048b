package uk.scrutiny.workflow.engine;

import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.db.FlowableStringTypeHandler;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The Derby set-up shared by both engine configurations, so the container engine and the
 * standalone engine the tests and the benchmark use cannot differ in how they talk to Derby.
 *
 * <p>Flowable has no Derby support; what it takes is spread over three places: the
 * {@code flowable.derby.*.sql} scripts and {@code derby.properties} (resources, found by the
 * database type set here), the settings in {@link #applyTo}, and the type handlers in
 * {@link #registerTypeHandlers}, which have to be registered from inside
 * {@code initMybatisTypeHandlers} because that is the only hook that runs after Flowable's own
 * registrations and before the mappers are parsed. See {@code workflow/FLOWABLE-DERBY.md}.
 */
public final class FlowableDerbySupport {

    /**
     * The database type name. It selects {@code org/flowable/common/db/properties/derby.properties},
     * the {@code flowable.derby.*.sql} scripts and MyBatis' {@code _databaseId}; Flowable's product
     * name mapping does not know "Apache Derby", so it is set explicitly rather than detected.
     */
    public static final String DATABASE_TYPE = "derby";

    private FlowableDerbySupport() {
    }

    /**
     * Applies the Derby settings to a configuration before it is built. Callers may override any
     * of the non-Derby settings afterwards (async executor activation, schema strategy for tests),
     * but not the database type, id generator or type handling.
     */
    public static void applyTo(ProcessEngineConfigurationImpl configuration) {
        configuration.setDatabaseType(DATABASE_TYPE);
        // Create the schema on first start, check the version on every later one. Derby's DDL is
        // transactional, so a failed first start leaves no half-made schema behind.
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        // The default DbIdGenerator fetches id blocks in a REQUIRES_NEW transaction, which under JTA
        // needs TransactionManager.suspend(); UUIDs need no database round trip at all.
        configuration.setIdGenerator(new StrongUuidGenerator());
        // Users, groups and event channels are the application's business, not Flowable's: skipping
        // these engines also means no Derby DDL is needed for their tables.
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        // Cleaning is a scheduling decision for the application; its SQL works on Derby only thanks
        // to DerbyDeleteAliasInterceptor, registered below.
        configuration.setEnableHistoryCleaning(false);
        // Never let engine start touch Jakarta Mail: see UnconfiguredMailClient.
        configuration.setDefaultMailClient(new UnconfiguredMailClient());

        List<Interceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomMybatisInterceptors() != null) {
            interceptors.addAll(configuration.getCustomMybatisInterceptors());
        }
        interceptors.add(new DerbyDeleteAliasInterceptor());
        configuration.setCustomMybatisInterceptors(interceptors);
    }

    /**
     * Makes null string parameters bind as {@code VARCHAR}. Flowable's mappings declare most
     * string parameters {@code jdbcType=NVARCHAR}, and for every database but DB2 and SQL Server
     * it binds their nulls as {@code Types.NULL}; Derby rejects that on the first insert with
     * "data type '0' is not supported". Flowable's own handler in "use the default JDBC type"
     * mode, as it registers for DB2, binds them as VARCHAR instead.
     */
    public static void registerTypeHandlers(Configuration mybatisConfiguration) {
        TypeHandlerRegistry registry = mybatisConfiguration.getTypeHandlerRegistry();
        registry.register(String.class, JdbcType.NVARCHAR, new FlowableStringTypeHandler(true));
        registry.register(Object.class, JdbcType.NVARCHAR, new FlowableStringTypeHandler(true));
    }
}
