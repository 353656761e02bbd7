package nl.welfare.indicators.disclosure;

import org.immutables.value.Value;

/**
 * A suppressed cell (geheime cel): its key and why it is suppressed, and nothing else. It has no count, numerator,
 * value or interval to give away, and its text shows none.
 *
 * <pre>{@code
 * Suppressed s = Suppressed.of(CellKey.of("volunteers", "BU01530000", "2022"), SuppressionReason.PRIMARY_BELOW_MINIMUM);
 * s.toString(); // volunteers/BU01530000/2022: SUPPRESSED (PRIMARY_BELOW_MINIMUM)
 * }</pre>
 */
@Value.Immutable
public abstract class Suppressed extends CellOutcome {

    Suppressed() {}

    @Override
    public abstract CellKey key();

    /** Why the cell is suppressed. */
    public abstract SuppressionReason reason();

    /** Always {@link CellStatus#SUPPRESSED}. */
    @Override
    public CellStatus status() {
        return CellStatus.SUPPRESSED;
    }

    /** The suppressed cell {@code key}, for {@code reason}. */
    public static Suppressed of(CellKey key, SuppressionReason reason) {
        return ImmutableSuppressed.builder().key(key).reason(reason).build();
    }

    /** The cell as {@code key: SUPPRESSED (REASON)}. */
    @Override
    public String toString() {
        return key() + ": SUPPRESSED (" + reason() + ")";
    }
}
