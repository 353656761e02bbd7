package nl.welfare.indicators.disclosure;

/**
 * What disclosure control decided for one cell (uitkomst): {@link Published} with the counts to publish, or
 * {@link Suppressed} with only the reason. A suppressed outcome carries nothing of the cell's value.
 *
 * <pre>{@code
 * CellOutcome outcome = result.outcome(key).get();
 * if (outcome instanceof Published p) {
 *     publish(p.count());
 * } else if (outcome instanceof Suppressed s) {
 *     markSecret(s.reason());
 * }
 * }</pre>
 */
public abstract class CellOutcome {

    CellOutcome() {}

    /** The cell's key. */
    public abstract CellKey key();

    /** Published or suppressed. */
    public abstract CellStatus status();

    /** Whether the cell is suppressed. */
    public final boolean isSuppressed() {
        return status() == CellStatus.SUPPRESSED;
    }
}
