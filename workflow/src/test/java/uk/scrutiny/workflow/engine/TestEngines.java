package uk.scrutiny.workflow.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Standalone Derby engines for the unit tests, each on its own in-memory database unless shared on purpose. */
final class TestEngines {

    static final String TEST_DEPLOYMENT = "test-processes";

    private TestEngines() {
    }

    static String memoryUrl(String database) {
        return "jdbc:derby:memory:" + database + ";create=true";
    }

    /** The configuration every test starts from: Derby in memory, no job executor unless a test wants one. */
    static DerbyStandaloneProcessEngineConfiguration standalone(String database) {
        DerbyStandaloneProcessEngineConfiguration configuration = new DerbyStandaloneProcessEngineConfiguration();
        configuration.setEngineName(database);
        configuration.setJdbcUrl(memoryUrl(database));
        configuration.setJdbcDriver("org.apache.derby.jdbc.EmbeddedDriver");
        configuration.setJdbcUsername("");
        configuration.setJdbcPassword("");
        configuration.setAsyncExecutorActivate(false);
        return configuration;
    }

    static ProcessDefinitionDeployer testProcesses() {
        return new ProcessDefinitionDeployer(TEST_DEPLOYMENT, "test-processes/deployment.list", TestEngines.class.getClassLoader());
    }

    /** Names of Flowable's tables (ACT_*, FLW_*) in a database, straight from JDBC metadata. */
    static List<String> flowableTables(String database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(memoryUrl(database));
             ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.startsWith("ACT_") || name.startsWith("FLW_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    static String singleString(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(memoryUrl(database));
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static int update(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(memoryUrl(database))) {
            return connection.createStatement().executeUpdate(sql);
        }
    }
}
