package nl.welfare.adapters.jdbc;

import nl.welfare.indicators.dataset.Dataset;

/**
 * Prints the rows per second of an import of a generated dataset: not a test (figures depend on the machine), run by
 * hand. Arguments: a JDBC URL (or {@code h2-file:<path>}), the number of residents (10 participations each).
 *
 * <pre>{@code
 * java -cp <test class path> nl.welfare.adapters.jdbc.ImportSpeed h2-file:/tmp/speed 100000
 * java -cp <test class path> nl.welfare.adapters.jdbc.ImportSpeed 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres' 100000
 * }</pre>
 */
public final class ImportSpeed {

    private ImportSpeed() {}

    /** Imports the dataset twice (the first warms up), replacing, and prints the second import's figures. */
    public static void main(String[] args) {
        Dataset dataset = Datasets.generated("S", Integer.parseInt(args[1]), 10);
        try (JdbcWelfareStore store = args[0].startsWith("h2-file:")
                ? JdbcWelfareStore.embedded(java.nio.file.Path.of(args[0].substring("h2-file:".length())))
                : JdbcWelfareStore.open(args[0])) {
            store.importDataset(dataset, ImportMode.REPLACE);
            ImportSummary summary =
                    store.importDataset(dataset, ImportMode.REPLACE).get();
            double seconds = summary.elapsed().toNanos() / 1e9;
            System.out.printf(
                    "%s, %s: %,d rows in %.1f s: %,.0f rows/s%n%s%n",
                    store.database(),
                    summary.method(),
                    summary.totalRows(),
                    seconds,
                    summary.totalRows() / seconds,
                    summary.rows());
        }
    }
}
