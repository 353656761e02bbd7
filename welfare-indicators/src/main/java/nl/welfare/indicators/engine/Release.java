package nl.welfare.indicators.engine;

import java.util.List;
import java.util.Map;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellStatus;
import org.immutables.value.Value;

/**
 * One output as a publisher releases it (publicatie): the results table; what it releases about persons, each cell
 * published or suppressed, to add to the {@link nl.welfare.indicators.disclosure.Ledger}; and, for the data owner only,
 * why each of its suppressed cells was suppressed.
 *
 * <pre>{@code
 * Release release = IndicatorEngine.release(definitions, dataset, query, true);
 * ResultsWriter.writeFile(release.table(), ResultsFormat.CSV, out);   // public
 * ledger = ledger.plus(release.released());                            // kept by the publisher
 * release.audit().forEach(a -> log(a.key() + " " + a.reason()));     // never published
 * }</pre>
 */
@Value.Immutable
public abstract class Release {

    Release() {}

    /** The results table: what is published. */
    public abstract IndicatorTable table();

    /** Why each suppressed cell of the table about persons was suppressed, with the ranges the audit found. */
    public abstract List<AuditRecord> audit();

    /** Every cell of the table about persons that has data, published or suppressed, by its disclosure key. */
    public abstract Map<CellKey, CellStatus> released();

    static Release of(IndicatorTable table, List<AuditRecord> audit, Map<CellKey, CellStatus> released) {
        return ImmutableRelease.builder()
                .table(table)
                .addAllAudit(audit)
                .putAllReleased(released)
                .build();
    }
}
