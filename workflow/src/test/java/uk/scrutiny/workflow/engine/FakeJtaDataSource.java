package uk.scrutiny.workflow.engine;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * What a container's JTA data source does, reduced to what Flowable relies on: inside a
 * transaction every {@code getConnection()} hands out the transaction's one Derby connection,
 * whose {@code close()} only releases the handle and which commits or rolls back with the
 * transaction; outside one, connections are auto-commit. Paired with {@link FakeTransactions}, it
 * lets the container configuration run against real Derby in a unit test; the real thing (Liberty's
 * connection manager and transaction service) is exercised by the in-container tests.
 */
final class FakeJtaDataSource implements DataSource {

    private final EmbeddedDataSource derby = new EmbeddedDataSource();
    private final FakeTransactions transactions;

    FakeJtaDataSource(String database, FakeTransactions transactions) {
        derby.setDatabaseName("memory:" + database);
        derby.setCreateDatabase("create");
        this.transactions = transactions;
    }

    @Override
    public Connection getConnection() throws SQLException {
        FakeTransactions.FakeTransaction transaction = transactions.current();
        if (transaction == null) {
            Connection connection = derby.getConnection();
            connection.setAutoCommit(true);
            return connection;
        }
        Connection enlisted = (Connection) transaction.resources.get(this);
        if (enlisted == null) {
            Connection physical = derby.getConnection();
            physical.setAutoCommit(false);
            transaction.participants.add(new FakeTransactions.Participant() {
                @Override
                public void commit() throws SQLException {
                    try (physical) {
                        physical.commit();
                    }
                }

                @Override
                public void rollback() throws SQLException {
                    try (physical) {
                        physical.rollback();
                    }
                }
            });
            enlisted = physical;
            transaction.resources.put(this, physical);
        }
        return handle(enlisted);
    }

    /** A handle whose close() leaves the enlisted connection to the transaction. */
    private static Connection handle(Connection physical) {
        return (Connection) Proxy.newProxyInstance(FakeJtaDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "commit", "rollback":
                            throw new SQLException("Connection is enlisted in a JTA transaction: " + method.getName() + " not allowed");
                        default:
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
