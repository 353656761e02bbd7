package nl.welfare.adapters.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts the JDBC batches executed through it: it runs {@code atBatch} when batch number
 * {@code markAt} has gone through, and throws an {@link SQLException} in place of every batch after number
 * {@code failAfter}, as a lost connection would. It wraps its connections, so a pool or a driver cannot be unwrapped
 * through it (an import through it uses batches, never COPY).
 */
final class FaultyDataSource implements DataSource {

    private final DataSource delegate;
    private final int markAt;
    private final Runnable atMark;
    private final int failAfter;
    private final AtomicInteger batches = new AtomicInteger();

    FaultyDataSource(DataSource delegate, int markAt, Runnable atMark, int failAfter) {
        this.delegate = delegate;
        this.markAt = markAt;
        this.atMark = atMark;
        this.failAfter = failAfter;
    }

    /** A data source that fails every batch after the first {@code failAfter}. */
    static FaultyDataSource failingAfter(DataSource delegate, int failAfter) {
        return new FaultyDataSource(delegate, Integer.MAX_VALUE, () -> {}, failAfter);
    }

    /** The batches executed (or refused) so far. */
    int batches() {
        return batches.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(delegate.getConnection(user, password));
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("isWrapperFor")) {
                return false;
            }
            if (method.getName().equals("unwrap")) {
                throw new SQLException("a connection of a FaultyDataSource wraps nothing");
            }
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement) {
                return wrap(statement);
            }
            return result;
        };
        return (Connection)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private PreparedStatement wrap(PreparedStatement statement) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("executeBatch")) {
                int n = batches.incrementAndGet();
                if (n > failAfter) {
                    throw new SQLException("injected fault: the connection was lost at batch " + n, "08006");
                }
                Object result = invoke(statement, method, args);
                if (n == markAt) {
                    atMark.run();
                }
                return result;
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
