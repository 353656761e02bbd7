package nl.welfare.adapters.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How rows of one type go into one table: the INSERT of its columns (from which {@link PostgresCopy#statement} derives
 * the COPY of the same columns), their JDBC types (for NULLs) and the column values of a row, in that order. Ports and
 * the importer share these, so a row is written the same way by both.
 *
 * @param name the table's name, for messages
 * @param insert {@code INSERT INTO name (columns) VALUES (?, ...)}
 * @param types the {@link java.sql.Types} of the columns
 * @param values the column values of a row: String, LocalDate, Integer, Double, BigDecimal, or null
 */
record Table<T>(String name, SqlText insert, int[] types, Function<T, @Nullable Object[]> values) {

    /** Binds the values of {@code row} to the parameters of {@code statement}. */
    void bind(PreparedStatement statement, T row) throws SQLException {
        @Nullable Object[] columns = values.apply(row);
        for (int i = 0; i < columns.length; i++) {
            Object value = columns[i];
            if (value == null) {
                statement.setNull(i + 1, types[i]);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
