package nl.welfare.indicators.disclosure;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The outcome of disclosure control (uitkomst van geheimhouding): for every cell, {@link Published} or
 * {@link Suppressed}; the rules that were applied (to record in the output's metadata); and, for the data owner, an
 * {@link AuditRecord} per suppressed cell that says why.
 *
 * <pre>{@code
 * DisclosureResult result = DisclosureControl.decide(problem, DisclosureRules.standard());
 * result.status(key);         // PUBLISHED or SUPPRESSED
 * result.published(key);      // Some(Published) with the counts to publish, or None
 * result.suppressedKeys();    // the suppressed cells, in key order
 * result.audit(key);          // Some(AuditRecord): why, and the ranges the audit found
 * }</pre>
 */
@Value.Immutable
public abstract class DisclosureResult {

    DisclosureResult() {}

    /** The rules applied. */
    public abstract DisclosureRules rules();

    /** The outcome of every cell, in key order. */
    public abstract Map<CellKey, CellOutcome> outcomes();

    /** Why each suppressed cell was suppressed: for the data owner, never for publication. */
    public abstract Map<CellKey, AuditRecord> audits();

    /** The outcome of the cell {@code key}, if it was part of the problem. */
    public Option<CellOutcome> outcome(CellKey key) {
        return Option.of(outcomes().get(key));
    }

    /** The status of the cell {@code key}; throws {@link IllegalArgumentException} if it was not part of the problem. */
    public CellStatus status(CellKey key) {
        return outcome(key)
                .getOrElseThrow(() -> new IllegalArgumentException("no cell " + key))
                .status();
    }

    /** The published counts of the cell {@code key}, or none when it is suppressed or unknown. */
    public Option<Published> published(CellKey key) {
        return outcome(key).filter(o -> o instanceof Published).map(Published.class::cast);
    }

    /** Why the cell {@code key} is suppressed, or none when it is published or unknown. */
    public Option<SuppressionReason> reason(CellKey key) {
        return outcome(key).filter(o -> o instanceof Suppressed).map(o -> ((Suppressed) o).reason());
    }

    /** The audit record of the suppressed cell {@code key}, or none. */
    public Option<AuditRecord> audit(CellKey key) {
        return Option.of(audits().get(key));
    }

    /** The keys of the suppressed cells, in key order. */
    public SortedSet<CellKey> suppressedKeys() {
        SortedSet<CellKey> keys = new TreeSet<>();
        outcomes().values().stream().filter(CellOutcome::isSuppressed).forEach(o -> keys.add(o.key()));
        return keys;
    }

    /** Every outcome, in key order. */
    public List<CellOutcome> all() {
        return List.copyOf(outcomes().values());
    }

    static DisclosureResult of(
            DisclosureRules rules, Map<CellKey, CellOutcome> outcomes, Map<CellKey, AuditRecord> audits) {
        return ImmutableDisclosureResult.builder()
                .rules(rules)
                .putAllOutcomes(outcomes)
                .putAllAudits(audits)
                .build();
    }
}
