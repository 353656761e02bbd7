package nl.welfare.adapters.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows into PostgreSQL through the driver's COPY ({@code org.postgresql.copy.CopyManager}): the table's constant
 * {@code COPY ... FROM STDIN (FORMAT csv)} with the rows streamed as CSV, every text quoted (so that an empty text
 * is not NULL) and NULL as an empty unquoted field. Several times faster than batched INSERTs.
 */
final class PostgresCopy {

    private static final int FLUSH_AT = 1 << 16;

    private PostgresCopy() {}

    /** Whether {@code connection} is (or wraps, as a pool's does) a PostgreSQL connection that can COPY. */
    static boolean available(Connection connection) {
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The COPY of the columns of {@code insert} ({@code INSERT INTO name (columns) VALUES (?, ...)}, a table's
     * constant): {@code COPY name (columns) FROM STDIN (FORMAT csv)}. So a table's columns are declared once, in its
     * INSERT, and the two ways of writing it cannot name different columns.
     *
     * @throws IllegalArgumentException when {@code insert} is not of that form
     */
    static String statement(String insert) {
        String prefix = "INSERT INTO ";
        int values = insert.lastIndexOf(") VALUES (");
        if (!insert.startsWith(prefix) || values < 0 || insert.indexOf('(') > values) {
            throw new IllegalArgumentException("not an INSERT of a table's columns: " + insert);
        }
        return "COPY " + insert.substring(prefix.length(), values + 1) + " FROM STDIN (FORMAT csv)";
    }

    /** Copies {@code rows} into {@code table}; gives the number of rows PostgreSQL took. */
    static <T> long copy(Connection connection, Table<T> table, Iterable<? extends T> rows) throws SQLException {
        CopyIn in = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(statement(table.insert().text()));
        try {
            StringBuilder csv = new StringBuilder(FLUSH_AT + 1024);
            for (T row : rows) {
                @Nullable Object[] values = table.values().apply(row);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    append(csv, values[i]);
                }
                csv.append('\n');
                if (csv.length() >= FLUSH_AT) {
                    write(in, csv);
                }
            }
            write(in, csv);
            return in.endCopy();
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancel) {
                    e.addSuppressed(cancel);
                }
            }
            throw new SQLException("table " + table.name() + ": " + e.getMessage(), e);
        }
    }

    private static void write(CopyIn in, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    private static void append(StringBuilder csv, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        } else if (value instanceof BigDecimal decimal) {
            csv.append(decimal.toPlainString());
        } else {
            // LocalDate (ISO 8601), Integer, Double (Java's shortest exact form, which PostgreSQL reads back exactly)
            csv.append(value);
        }
    }
}
