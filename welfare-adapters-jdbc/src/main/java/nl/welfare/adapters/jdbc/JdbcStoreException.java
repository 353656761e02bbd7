package nl.welfare.adapters.jdbc;

/**
 * A fault at the database: it could not be reached, refused a statement, or lost the connection. The message names
 * what the store was doing (the port method or the table being imported, with the row) and the database's own
 * message; the cause is the driver's {@link java.sql.SQLException}. Whatever the fault, the transaction it happened in
 * was rolled back: the database holds what it held before the call.
 *
 * <pre>{@code
 * try {
 *     store.importDataset(dataset, ImportMode.REFUSE);
 * } catch (JdbcStoreException e) {
 *     // "import: table participations, rows 1001 to 2000: ... value too long ..."; nothing was imported
 * }
 * }</pre>
 */
public final class JdbcStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A fault while doing {@code what}, caused by {@code cause}. */
    public JdbcStoreException(String what, Throwable cause) {
        super(what + ": " + cause.getMessage(), cause);
    }

    /** A fault while doing {@code what}, described by {@code message}. */
    public JdbcStoreException(String what, String message) {
        super(what + ": " + message);
    }
}
