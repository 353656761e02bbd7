package nl.welfare.indicators.disclosure;

import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.immutables.value.Value;

/**
 * One cell (cel) of an output as disclosure control sees it: its key, the unweighted count behind it, and, for a share,
 * the unweighted count of its numerator.
 *
 * <ul>
 *   <li>For a share ({@code PROPORTION}, {@code TRANSITION}): {@link #count()} is the denominator, {@link #numerator()}
 *       the numerator.
 *   <li>For a count, a rate or a mean: {@link #count()} is the number of persons or episodes counted or averaged.
 *   <li>For a {@code CHANGE}: a {@link #difference(CellKey, long) difference} of two counts, which may be negative; it is
 *       never suppressed for its own sake, only to protect the counts it is the difference of.
 * </ul>
 *
 * <p>Cells whose {@link #unit()} is {@link StatisticalUnit#OTHER} (initiatives, provisions, activities) are never
 * suppressed; they take part in relations as published numbers.
 *
 * <pre>{@code
 * Cell safe = Cell.share(CellKey.of("feels-safe", "WK015300", "2022"), 37, 52);
 * Cell volunteers = Cell.persons(CellKey.of("volunteers", "BU01530000", "2022"), 7);
 * Cell provisions = Cell.things(CellKey.of("collective-provisions-offered", "WK015300", "2022"), 3);
 * }</pre>
 */
@Value.Immutable
public abstract class Cell {

    /** Rule: a count that is not a difference is negative. */
    public static final Rule COUNT_NEGATIVE = Rule.of("cell.count-negative", "must not be negative");

    /** Rule: a share's numerator is negative or larger than its denominator. */
    public static final Rule NUMERATOR_OUT_OF_RANGE =
            Rule.of("cell.numerator-out-of-range", "must be from 0 to the denominator");

    /** Rule: a difference carries a numerator. */
    public static final Rule DIFFERENCE_WITH_NUMERATOR =
            Rule.of("cell.difference-with-numerator", "must be empty for a difference");

    Cell() {}

    /** The cell's key. */
    public abstract CellKey key();

    /** The unweighted count behind the cell: the denominator of a share; a difference for a {@code CHANGE}. */
    public abstract long count();

    /** For a share, the unweighted count of its numerator. */
    public abstract Optional<Long> numerator();

    /** Whether the cell counts persons (and so is subject to suppression) or things. */
    public abstract StatisticalUnit unit();

    /** Whether the cell is a difference of counts ({@code CHANGE}), which may be negative. */
    public abstract boolean difference();

    /** The cell counting {@code count} persons or episodes (a count, a rate, a mean). */
    public static Cell persons(CellKey key, long count) {
        return ImmutableCell.builder()
                .key(key)
                .count(count)
                .unit(StatisticalUnit.PERSONS)
                .difference(false)
                .build();
    }

    /** The cell of a share of persons: {@code numerator} among {@code denominator}. */
    public static Cell share(CellKey key, long numerator, long denominator) {
        return ImmutableCell.builder()
                .key(key)
                .count(denominator)
                .unit(StatisticalUnit.PERSONS)
                .difference(false)
                .numerator(numerator)
                .build();
    }

    /** The cell counting {@code count} things (initiatives, provisions): never suppressed. */
    public static Cell things(CellKey key, long count) {
        return ImmutableCell.builder()
                .key(key)
                .count(count)
                .unit(StatisticalUnit.OTHER)
                .difference(false)
                .build();
    }

    /** The cell of a {@code CHANGE} of a count of persons: {@code value} is now minus baseline, and may be negative. */
    public static Cell difference(CellKey key, long value) {
        return ImmutableCell.builder()
                .key(key)
                .count(value)
                .unit(StatisticalUnit.PERSONS)
                .difference(true)
                .build();
    }

    /** Whether the cell is subject to suppression: it is about persons. */
    public boolean isAboutPersons() {
        return unit() == StatisticalUnit.PERSONS;
    }

    @Value.Check
    final void check() {
        Violations.of("cell")
                .check(difference() || count() >= 0, "count", COUNT_NEGATIVE, count())
                .check(
                        numerator().map(n -> n >= 0 && n <= count()).orElse(true),
                        "numerator",
                        NUMERATOR_OUT_OF_RANGE,
                        numerator().map(Object::toString).orElse(""))
                .check(!difference() || numerator().isEmpty(), "numerator", DIFFERENCE_WITH_NUMERATOR, key())
                .throwIfAny();
    }
}
