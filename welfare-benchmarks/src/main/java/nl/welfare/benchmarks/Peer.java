package nl.welfare.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer of issue 14: DuckDB reading a package's CSV files with {@code read_csv} ({@code peer/load.sql}) and
 * hand-written SQL computing the numerators and denominators of the reference catalogue per neighbourhood, district
 * and municipality and year ({@code peer/indicators.sql}). Both files are in this module's resources, to be read.
 *
 * <p>As a process of its own ({@code java -cp welfare-benchmarks.jar nl.welfare.benchmarks.Peer DIR FROM TO OUT}) it
 * is the peer's end to end: load, query and write the rows as CSV, and print the time of each step.
 */
public final class Peer {

    /** The text of {@code peer/load.sql}. */
    public static final String LOAD_SQL = resource("load.sql");

    /** The text of {@code peer/indicators.sql}. */
    public static final String INDICATORS_SQL = resource("indicators.sql");

    /** One row of the peer's output: an indicator's numerator and denominator in an area and period. */
    public record Row(String indicator, String area, String period, double numerator, Double denominator) {}

    private Peer() {}

    /** A new in-memory DuckDB database. */
    public static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Reads the CSV files of the package in {@code dir} into tables ({@code load.sql}). */
    public static void load(Connection connection, Path dir) throws SQLException {
        String folder = dir.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(LOAD_SQL.replace("${dir}", folder))) {
                statement.execute(sql);
            }
        }
    }

    /** The text of {@code indicators-postgresql.sql}: the same query in PostgreSQL's dialect. */
    public static final String INDICATORS_POSTGRESQL_SQL = resource("indicators-postgresql.sql");

    /** The query of {@code indicators.sql} for the years {@code from} to {@code to}. */
    public static String query(int from, int to) {
        return query(from, to, false);
    }

    /** The query of {@code indicators.sql}, or with {@code postgresql} of {@code indicators-postgresql.sql}. */
    public static String query(int from, int to, boolean postgresql) {
        String sql = (postgresql ? INDICATORS_POSTGRESQL_SQL : INDICATORS_SQL)
                .replace("${from}", Integer.toString(from))
                .replace("${to}", Integer.toString(to));
        List<String> all = statements(sql);
        if (all.size() != 1) {
            throw new IllegalStateException("indicators.sql must hold one statement, not " + all.size());
        }
        return all.get(0);
    }

    /** The rows of the peer's query over the loaded tables. */
    public static List<Row> rows(Connection connection, int from, int to) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet set = statement.executeQuery(query(from, to))) {
            while (set.next()) {
                // getObject: the driver's getDouble gives NaN for NULL
                Object denominator = set.getObject(5);
                rows.add(new Row(
                        set.getString(1),
                        set.getString(2),
                        set.getString(3),
                        ((Number) set.getObject(4)).doubleValue(),
                        denominator == null ? null : ((Number) denominator).doubleValue()));
            }
        }
        return rows;
    }

    /** Runs the query and writes its rows to {@code csv} with DuckDB's {@code COPY}; returns the rows written. */
    public static long write(Connection connection, int from, int to, Path csv) throws SQLException {
        String file = csv.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(
                    "COPY (" + query(from, to) + ") TO '" + file + "' (FORMAT csv, HEADER true)");
        }
    }

    /** The statements of a script: split at a {@code ;} that ends a line, comment lines left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** The text of the resource {@code peer/NAME}. */
    public static String resourceText(String name) {
        return resource(name);
    }

    private static String resource(String name) {
        try (InputStream in = Peer.class.getResourceAsStream("peer/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource peer/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The peer end to end as one process: {@code DIR FROM TO OUT}. Prints {@code load_ms query_write_ms rows} on
     * standard output.
     */
    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            System.err.println("usage: Peer DIR FROM TO OUT.csv");
            System.exit(2);
        }
        long start = System.nanoTime();
        try (Connection connection = open()) {
            load(connection, Path.of(args[0]));
            long loaded = System.nanoTime();
            long rows = write(connection, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            long done = System.nanoTime();
            System.out.println((loaded - start) / 1_000_000 + " " + (done - loaded) / 1_000_000 + " " + rows);
        }
    }
}
