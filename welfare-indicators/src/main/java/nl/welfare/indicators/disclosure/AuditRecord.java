package nl.welfare.indicators.disclosure;

import java.util.List;
import org.immutables.value.Value;

/**
 * Why one cell was suppressed, for the data owner (verantwoording): the reason, a sentence that names the rule, the
 * relation or the count behind it, and the ranges the audit found for the cell's counts. Never part of a public output.
 */
@Value.Immutable
public abstract class AuditRecord {

    AuditRecord() {}

    /** The suppressed cell. */
    public abstract CellKey key();

    /** Why it was suppressed. */
    public abstract SuppressionReason reason();

    /** The rule, relation or count behind the reason, in words. */
    public abstract String detail();

    /**
     * The ranges of the cell's audited quantities: the ranges the audit proved (each within the exact feasible range,
     * {@link QuantityRange#exact()} false), or the exact ranges when the decision was asked for them.
     */
    public abstract List<QuantityRange> ranges();

    /** Whether some audited quantity of the cell could not be protected (it is pinned by cells fixed earlier). */
    public abstract boolean unprotected();

    /** The record of one suppressed cell. */
    public static AuditRecord of(
            CellKey key, SuppressionReason reason, String detail, List<QuantityRange> ranges, boolean unprotected) {
        return ImmutableAuditRecord.builder()
                .key(key)
                .reason(reason)
                .detail(detail)
                .unprotected(unprotected)
                .addAllRanges(ranges)
                .build();
    }
}
