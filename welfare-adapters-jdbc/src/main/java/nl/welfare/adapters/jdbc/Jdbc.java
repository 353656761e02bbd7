package nl.welfare.adapters.jdbc;

import io.vavr.collection.Vector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The one class that hands SQL to the driver: every statement is a {@link SqlText} constant, every value a bound
 * parameter. Work runs in a transaction that commits when it returns and rolls back when it throws; a driver's
 * {@link SQLException} leaves as a {@link JdbcStoreException} that names the work.
 */
final class Jdbc {

    /** Rows per JDBC batch of inserts. */
    static final int BATCH_SIZE = 1_000;

    /** Work on one connection, inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Work on one connection, inside one transaction, that gives nothing back. */
    @FunctionalInterface
    interface Step {
        void run(Connection connection) throws SQLException;
    }

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The isolation level of {@link #run} that leaves the connection's own. */
    private static final int NO_CHANGE = -1;

    /** No parameters. */
    static final Binder NONE = statement -> {};

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} in a transaction at the database's own isolation level (read committed on H2 and PostgreSQL,
     * repeatable read on MariaDB): committed when it returns, rolled back when it throws.
     */
    <T> T transaction(String what, Work<T> work) {
        return run(what, NO_CHANGE, work);
    }

    /** Runs {@code step} in a transaction, as {@link #transaction} does: committed when it returns, rolled back when it throws. */
    void execute(String what, Step step) {
        transaction(what, c -> {
            step.run(c);
            return Boolean.TRUE;
        });
    }

    /** Executes {@code sql} on its own, outside a transaction: for H2's SHUTDOWN, which ends the connection. */
    void statement(String what, SqlText sql) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new JdbcStoreException(what, e);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            connection.setAutoCommit(true);
            statement.execute();
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException alsoClosing) {
                e.addSuppressed(alsoClosing);
            }
            throw new JdbcStoreException(what, e);
        }
        try {
            connection.close();
        } catch (SQLException ended) {
            // SHUTDOWN has ended the database and this connection with it: the pool's reset of the returned
            // connection (its auto-commit) is refused by H2, and there is nothing left to reset.
        }
    }

    /**
     * Runs {@code work}, which reads several tables, in a repeatable-read transaction, so that they agree with each
     * other (a parent and its children) even while another connection writes.
     */
    <T> T snapshot(String what, Work<T> work) {
        return run(what, Connection.TRANSACTION_REPEATABLE_READ, work);
    }

    /** The rows of one query, in the order the query gives. */
    <T> Vector<T> list(String what, SqlText sql, Binder binder, RowMapper<T> mapper) {
        return transaction(what, c -> list(c, sql, binder, mapper));
    }

    private <T> T run(String what, int isolation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            if (isolation != NO_CHANGE) {
                connection.setTransactionIsolation(isolation);
            }
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new JdbcStoreException(what, e);
        }
    }

    /** Rolls back, keeping a failure to do so as a suppressed exception of {@code cause}. */
    static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** The rows of {@code sql} on {@code connection}. */
    static <T> Vector<T> list(Connection connection, SqlText sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                Vector<T> result = Vector.empty();
                while (rows.next()) {
                    result = result.append(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** Executes the update {@code sql}, giving the number of rows it changed. */
    static int update(Connection connection, SqlText sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    /** Binds the parameters of a statement to the values of one row. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** Executes {@code sql} once for each of {@code rows}, in JDBC batches of {@link #BATCH_SIZE}. */
    static <T> void batch(Connection connection, SqlText sql, Iterable<? extends T> rows, RowBinder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /** Binds {@code key} as the one parameter. */
    static Binder key(String key) {
        return statement -> statement.setString(1, key);
    }

    /** Deletes what {@code delete} selects by {@code key}, then inserts {@code row}: a save that replaces. */
    static <T> void replace(Connection connection, SqlText delete, String key, Table<T> table, T row)
            throws SQLException {
        update(connection, delete, key(key));
        insert(connection, table, java.util.List.of(row));
    }

    /** Inserts {@code rows} into {@code table} in JDBC batches of {@link #BATCH_SIZE}; gives the number inserted. */
    static <T> long insert(Connection connection, Table<T> table, Iterable<? extends T> rows) throws SQLException {
        long count = 0;
        try (PreparedStatement statement =
                connection.prepareStatement(table.insert().text())) {
            int pending = 0;
            for (T row : rows) {
                table.bind(statement, row);
                statement.addBatch();
                count++;
                if (++pending == BATCH_SIZE) {
                    executeBatch(statement, table, count - pending);
                    pending = 0;
                }
            }
            if (pending > 0) {
                executeBatch(statement, table, count - pending);
            }
        }
        return count;
    }

    private static void executeBatch(PreparedStatement statement, Table<?> table, long before) throws SQLException {
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw new SQLException(
                    "table " + table.name() + ", rows " + (before + 1) + " to " + (before + BATCH_SIZE) + " or fewer: "
                            + e.getMessage(),
                    e.getSQLState(),
                    e.getErrorCode(),
                    e);
        }
    }

    // ----------------------------------------------------------------------------------------- reading columns

    /** The text in {@code column}; the schema makes it NOT NULL. */
    static String text(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        if (value == null) {
            throw new SQLException("column " + column + " is NULL, though the schema forbids it");
        }
        return value;
    }

    /** The text in {@code column}, if not NULL. */
    static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** The date in {@code column}; the schema makes it NOT NULL. */
    static LocalDate date(ResultSet row, String column) throws SQLException {
        return optionalDate(row, column)
                .orElseThrow(() -> new SQLException("column " + column + " is NULL, though the schema forbids it"));
    }

    /** The date in {@code column}, if not NULL. */
    static Optional<LocalDate> optionalDate(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    /** The whole number in {@code column}, if not NULL. */
    static Optional<Integer> optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** {@code value}, or NULL for the database. */
    static @Nullable Object orNull(Optional<?> value) {
        return value.isPresent() ? value.get() : null;
    }
}
