package nl.welfare.indicators.disclosure;

import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The outcome of disclosure control for one output (uitkomst van geheimhouding): for every cell, {@link Published} or
 * {@link Suppressed}, and the rules that were applied (to record in the output's metadata).
 *
 * <pre>{@code
 * DisclosureResult result = DisclosureControl.apply(cells, relations, DisclosureRules.standard());
 * result.status(key);         // PUBLISHED or SUPPRESSED
 * result.published(key);      // Some(Published) with the counts to publish, or None
 * result.suppressedKeys();    // the suppressed cells, in key order
 * }</pre>
 */
@Value.Immutable
public abstract class DisclosureResult {

    DisclosureResult() {}

    /** The rules applied. */
    public abstract DisclosureRules rules();

    /** The outcome of every cell, in key order. */
    public abstract Map<CellKey, CellOutcome> outcomes();

    /** The outcome of the cell {@code key}, if it was part of the output. */
    public Option<CellOutcome> outcome(CellKey key) {
        return Option.of(outcomes().get(key));
    }

    /** The status of the cell {@code key}; throws {@link IllegalArgumentException} if it was not part of the output. */
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

    static DisclosureResult of(DisclosureRules rules, Map<CellKey, CellOutcome> outcomes) {
        return ImmutableDisclosureResult.builder()
                .rules(rules)
                .putAllOutcomes(outcomes)
                .build();
    }
}
