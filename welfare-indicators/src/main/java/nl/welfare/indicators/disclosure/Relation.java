package nl.welfare.indicators.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A linear relation (optelrelatie) among the counts of an output's cells: {@code total = sum of parts}.
 *
 * <p>Each level's cells add up to the level above, in the CBS tree and in a grouping that cuts across it: one relation
 * per area above with its parts. Two indicators that share a count are an {@link #equal(CellKey, CellKey) equality}.
 * A {@code CHANGE} relates two periods: {@link #change(CellKey, CellKey, CellKey) now = baseline + change}.
 *
 * <pre>{@code
 * Relation district = Relation.sum(
 *         CellKey.of("volunteers", "WK015300", "2022"),
 *         List.of(CellKey.of("volunteers", "BU01530000", "2022"), CellKey.of("volunteers", "BU01530001", "2022")));
 * Relation change = Relation.change(
 *         CellKey.of("volunteers-change", "WK015300", "2022"),
 *         CellKey.of("volunteers", "WK015300", "2022"),
 *         CellKey.of("volunteers", "WK015300", "2018"));
 * }</pre>
 *
 * <p>For cells of shares the relation holds for denominators and, when every cell of it is a share, for numerators too.
 */
@Value.Immutable
public abstract class Relation {

    /** Rule: the relation has no parts. */
    public static final Rule NO_PARTS = Rule.of("relation.no-parts", "must name at least one part");

    /** Rule: the total is also one of the parts, or a part is named twice. */
    public static final Rule CELL_REPEATED = Rule.of("relation.cell-repeated", "must name each cell once");

    Relation() {}

    /** The cell that is the sum. */
    public abstract CellKey total();

    /** The cells that add up to the total. */
    public abstract List<CellKey> parts();

    /** {@code total = sum of parts}. */
    public static Relation sum(CellKey total, List<CellKey> parts) {
        return ImmutableRelation.builder().total(total).addAllParts(parts).build();
    }

    /** {@code a = b}: two indicators that share a count. */
    public static Relation equal(CellKey a, CellKey b) {
        return sum(a, List.of(b));
    }

    /** {@code change = now - baseline}, written {@code now = baseline + change}; the change is a difference cell. */
    public static Relation change(CellKey change, CellKey now, CellKey baseline) {
        return sum(now, List.of(baseline, change));
    }

    /** Every cell of the relation: the total first, then the parts. */
    public List<CellKey> cells() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(total()), parts().stream())
                .toList();
    }

    @Value.Check
    final void check() {
        Set<CellKey> distinct = new HashSet<>(cells());
        Violations.of("relation")
                .check(!parts().isEmpty(), "parts", NO_PARTS, total())
                .check(distinct.size() == parts().size() + 1, "parts", CELL_REPEATED, cells())
                .throwIfAny();
    }

    /** The relation as {@code total = part + part}. */
    @Override
    public String toString() {
        return total() + " = "
                + String.join(" + ", parts().stream().map(CellKey::toString).toList());
    }
}
