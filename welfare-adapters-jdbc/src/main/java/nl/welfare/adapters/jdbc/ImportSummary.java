package nl.welfare.adapters.jdbc;

import java.time.Duration;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an import of a dataset wrote: the rows per table, in the order written, how they were written and how long the
 * whole transaction took.
 *
 * <pre>{@code
 * ImportSummary summary = store.importDataset(dataset, ImportMode.REFUSE).get();
 * summary.rows().get("participations");   // 1200000
 * summary.totalRows() / (summary.elapsed().toMillis() / 1000.0);   // rows per second
 * }</pre>
 */
@Value.Immutable
public abstract class ImportSummary {

    ImportSummary() {}

    /** The rows written per table, by table name, in the order the tables were written. */
    @Value.Parameter
    public abstract Map<String, Long> rows();

    /** How the rows went in: {@code "COPY"} (PostgreSQL) or {@code "JDBC batches"}. */
    @Value.Parameter
    public abstract String method();

    /** The time from the start of the transaction to its commit. */
    @Value.Parameter
    public abstract Duration elapsed();

    /** The rows written, over all tables. */
    public long totalRows() {
        return rows().values().stream().mapToLong(Long::longValue).sum();
    }
}
