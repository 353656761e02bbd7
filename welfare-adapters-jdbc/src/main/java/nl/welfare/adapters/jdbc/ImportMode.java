package nl.welfare.adapters.jdbc;

/**
 * What {@link JdbcWelfareStore#importDataset} does when the store already holds a dataset (an area hierarchy, or any
 * resident, fact or cohort).
 *
 * <pre>{@code
 * store.importDataset(dataset, ImportMode.REFUSE);   // Left(jdbc-store.not-empty) the second time
 * store.importDataset(dataset, ImportMode.REPLACE);  // Right(summary): the store now holds this dataset only
 * }</pre>
 */
public enum ImportMode {
    /** Refuse the import, changing nothing, when the store holds a dataset. */
    REFUSE,
    /** Replace what the store holds with the dataset, in the same transaction: readers see the old or the new one. */
    REPLACE
}
