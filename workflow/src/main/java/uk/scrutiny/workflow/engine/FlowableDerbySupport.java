package uk.scrutiny.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandlerRegistry;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.db.FlowableStringTypeHandler;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The "derby" database type Flowable lacks, shared by both engine configurations so the container
 * engine and the standalone engine of the tests and the benchmark cannot differ in how they talk
 * to Derby.
 *
 * <p>It is spread over three places: the {@code flowable.derby.*.sql} scripts and
 * {@code derby.properties} (resources below {@code org/flowable/}, found through the database type
 * set here), the settings in {@link #applyTo}, and the type handlers in
 * {@link #registerTypeHandlers}, which have to be registered from inside
 * {@code initMybatisTypeHandlers}, the only hook that runs after Flowable's own registrations and
 * before the mappers are parsed. See {@code workflow/FLOWABLE-DERBY.md}.
 */
public final class FlowableDerbySupport {

    /**
     * The database type name. It selects {@code org/flowable/common/db/properties/derby.properties},
     * the {@code flowable.derby.*.sql} scripts and MyBatis' {@code _databaseId}. Flowable's product
     * name mapping does not know Derby, so it is always set explicitly.
     */
    public static final String DATABASE_TYPE = "derby";

    /** What Derby's JDBC driver reports as {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static final String PRODUCT_NAME = "Apache Derby";

    private FlowableDerbySupport() {
    }

    /** Sets the Derby database type and the SQL rewrite Derby needs; does not touch other settings. */
    public static void applyTo(ProcessEngineConfigurationImpl configuration) {
        configuration.setDatabaseType(DATABASE_TYPE);
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
     * "The data type '0' is not supported". Flowable's own handler in "use the default JDBC type"
     * mode, as it registers for DB2, binds them as VARCHAR instead.
     */
    public static void registerTypeHandlers(Configuration mybatisConfiguration) {
        TypeHandlerRegistry registry = mybatisConfiguration.getTypeHandlerRegistry();
        registry.register(String.class, JdbcType.NVARCHAR, new FlowableStringTypeHandler(true));
        registry.register(Object.class, JdbcType.NVARCHAR, new FlowableStringTypeHandler(true));
    }

    /**
     * Whether a data source is Derby. The application also runs on PostgreSQL, which Flowable
     * supports itself; asking the driver once at start is what decides whether this class applies.
     */
    public static boolean isDerby(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return PRODUCT_NAME.equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new FlowableException("Cannot tell which database the workflow engine runs on", e);
        }
    }
}
