package nl.welfare.indicators.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.immutables.value.Value;

/**
 * One cell (cel) of an output, a row of the results table, and the quantities it reveals when it is published. It is
 * published or suppressed as a whole.
 *
 * <ul>
 *   <li>{@link #count(CellKey, QuantityKey) A count} (a count, a rate, a distinct count): the persons or facts counted.
 *   <li>{@link #share(CellKey, QuantityKey, QuantityKey) A share}: its denominator and its numerator (unweighted; for
 *       a weighted share with weights near one the weighted numerator is the count, so it is taken as revealed).
 *   <li>{@link #counts(CellKey, List) Several counts} (a ratio): each count on its own.
 *   <li>{@link #mean(CellKey, QuantityKey, QuantityKey, QuantityKey) A mean}: the answers counted, and the distances of
 *       the sum of (weighted) answers from the top and from the bottom of the scale, which a mean's published sums
 *       reveal: a distance of 0 means every answer is at that end.
 *   <li>{@link #things(CellKey) Things} (initiatives, provisions): never suppressed, and reveal nothing about persons.
 * </ul>
 *
 * <p>Primary suppression looks at the {@link #counts()} (each at least the minimum) and, for a share, at its numerator
 * and complement (not 1 to the band's top). A cell that finer outputs may split ({@link #splittable()}: a year when
 * quarters may be published) must leave room for their protection: its numerator and complement at least the minimum
 * too, and its sums not 0.
 *
 * <pre>{@code
 * Cell safe = Cell.share(CellKey.of("feels-safe", "WK015300", "2022"), responses, yes);
 * Cell ratio = Cell.counts(CellKey.of("collective-to-individual-ratio", "WK015300", "2022"), List.of(collective, individual));
 * Cell provisions = Cell.things(CellKey.of("collective-provisions-offered", "WK015300", "2022"));
 * }</pre>
 */
@Value.Immutable
public abstract class Cell {

    /** Rule: a cell about persons names no count, or a cell about things names one. */
    public static final Rule COUNTS_FOR_UNIT =
            Rule.of("cell.counts-for-unit", "must name a count when about persons, and none when about things");

    /** Rule: a quantity is named twice by one cell. */
    public static final Rule QUANTITY_REPEATED = Rule.of("cell.quantity-repeated", "must name each quantity once");

    Cell() {}

    /** The cell's key. */
    public abstract CellKey key();

    /** Whether the cell is about persons (and so subject to suppression) or things. */
    public abstract StatisticalUnit unit();

    /** The counts of persons or facts behind the cell: its size for the primary rule. */
    public abstract List<QuantityKey> counts();

    /** For a share, its (unweighted) numerator, a part of the first count. */
    public abstract Optional<QuantityKey> numerator();

    /** Sums the cell reveals that must not be pinned to 0 (a mean's distances from the ends of its scale). */
    public abstract List<QuantityKey> sums();

    /** Whether outputs with finer periods may split this cell, so that it needs room for their protection. */
    @Value.Default
    public boolean splittable() {
        return false;
    }

    /** The cell of a count of persons or facts. */
    public static Cell count(CellKey key, QuantityKey count) {
        return ImmutableCell.builder()
                .key(key)
                .unit(StatisticalUnit.PERSONS)
                .addCounts(count)
                .build();
    }

    /** The cell of a share: {@code numerator} among {@code denominator}. */
    public static Cell share(CellKey key, QuantityKey denominator, QuantityKey numerator) {
        return ImmutableCell.builder()
                .key(key)
                .unit(StatisticalUnit.PERSONS)
                .addCounts(denominator)
                .numerator(numerator)
                .build();
    }

    /** The cell of several counts, each revealed on its own (a ratio's numerator and denominator). */
    public static Cell counts(CellKey key, List<QuantityKey> counts) {
        return ImmutableCell.builder()
                .key(key)
                .unit(StatisticalUnit.PERSONS)
                .addAllCounts(counts)
                .build();
    }

    /** The cell of a mean of {@code count} answers, with the distances of their sum from the top and the bottom. */
    public static Cell mean(CellKey key, QuantityKey count, QuantityKey fromTop, QuantityKey fromBottom) {
        return ImmutableCell.builder()
                .key(key)
                .unit(StatisticalUnit.PERSONS)
                .addCounts(count)
                .addSums(fromTop, fromBottom)
                .build();
    }

    /** The cell of things (initiatives, provisions): never suppressed. */
    public static Cell things(CellKey key) {
        return ImmutableCell.builder().key(key).unit(StatisticalUnit.OTHER).build();
    }

    /** This cell, marked as split by finer outputs. */
    public Cell splittable(boolean splittable) {
        return ImmutableCell.copyOf(this).withSplittable(splittable);
    }

    /** Whether the cell is subject to suppression: it is about persons. */
    public boolean isAboutPersons() {
        return unit() == StatisticalUnit.PERSONS;
    }

    /** Every quantity the cell reveals when published: its counts, its numerator and its sums. */
    public List<QuantityKey> reveals() {
        List<QuantityKey> all = new ArrayList<>(counts());
        numerator().ifPresent(all::add);
        all.addAll(sums());
        return all;
    }

    @Value.Check
    final void check() {
        List<QuantityKey> all = reveals();
        Violations.of("cell")
                .check(isAboutPersons() != counts().isEmpty(), "counts", COUNTS_FOR_UNIT, key())
                .check(new HashSet<>(all).size() == all.size(), "counts", QUANTITY_REPEATED, all)
                .throwIfAny();
    }

    /** The cell as {@code key: counts}. */
    @Override
    public String toString() {
        return key() + (isAboutPersons() ? " reveals " + reveals() : " (things)");
    }
}
