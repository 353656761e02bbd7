package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Violation;

/**
 * Boroughs (stadsdelen): the {@link AreaGrouping} named {@value #GROUPING}. Enschede has five (Centrum, Noord, Oost,
 * West, Zuid); support is bought per borough, and a programme works in one.
 *
 * <p>A borough is an {@link AreaGroup} of that grouping and adds no data of its own, so this is not a value type but
 * the one place that knows the grouping's name: it builds a borough grouping and recognises one. A borough is named
 * by its group code ({@code CENTRUM}) wherever another value refers to it.
 *
 * <pre>{@code
 * AreaGrouping boroughs = Borough.boroughs(List.of(centrum, noord, oost, west, zuid));
 * Borough.isBoroughGrouping(boroughs);  // true
 * boroughs.groupOf(AreaCode.of("BU01530000")).map(AreaGroup::name); // Some(Centrum)
 * }</pre>
 */
public final class Borough {

    /** The name of the grouping whose groups are boroughs, as in the {@code grouping} column. */
    public static final String GROUPING = "borough";

    private Borough() {}

    /** The borough grouping of {@code boroughs}; throws when a rule of {@link AreaGrouping} is broken. */
    public static AreaGrouping boroughs(Iterable<AreaGroup> boroughs) {
        return AreaGrouping.of(GROUPING, boroughs);
    }

    /** The borough grouping of {@code boroughs}, or every rule of {@link AreaGrouping} it breaks. */
    public static Validation<Seq<Violation>, AreaGrouping> validate(Iterable<AreaGroup> boroughs) {
        return AreaGrouping.validate(GROUPING, boroughs);
    }

    /** Whether {@code grouping} is the borough grouping (its name is {@value #GROUPING}). */
    public static boolean isBoroughGrouping(AreaGrouping grouping) {
        return GROUPING.equals(grouping.name());
    }
}
