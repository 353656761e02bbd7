package nl.welfare.benchmarks.jmh;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import nl.welfare.benchmarks.Peer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peer's kernels on the S workload, beside {@link Kernels}: DuckDB's load ({@code read_csv} of every file into a
 * fresh in-memory database) and its query over the loaded tables. {@code java -jar welfare-benchmarks.jar jmh
 * PeerKernels}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PeerKernels {

    /** A DuckDB database holding the loaded package, for the query. */
    @State(Scope.Benchmark)
    public static class Loaded {
        Connection connection;

        /** Loads the package once. */
        @Setup(Level.Trial)
        public void setUp(Workload w) throws SQLException {
            connection = Peer.open();
            Peer.load(connection, w.dir);
        }

        /** Closes the database. */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            connection.close();
        }
    }

    /** DuckDB's load: every CSV file of the package into a fresh in-memory database. */
    @Benchmark
    public void load(Workload w) throws SQLException {
        try (Connection connection = Peer.open()) {
            Peer.load(connection, w.dir);
        }
    }

    /** DuckDB's query: the numerators and denominators of the catalogue into a table. */
    @Benchmark
    public void query(Loaded loaded) throws SQLException {
        try (Statement statement = loaded.connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TABLE peer_results AS " + Peer.query(2018, 2022));
        }
    }
}
