package nl.welfare.indicators.disclosure;

import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The name of one count (aantal) that an output may reveal: a population of persons or facts, an area and a period.
 * Cells of different indicators that count the same population name the same quantity, so that disclosure control
 * knows they publish one number; rounding draws once per quantity, whichever indicator publishes it.
 *
 * <pre>{@code
 * QuantityKey active = QuantityKey.of("support_episodes active where kind = individual", "BU01530000", "2019");
 * active.toString(); // support_episodes active where kind = individual @ BU01530000 2019
 * }</pre>
 */
@Value.Immutable(prehash = true)
public abstract class QuantityKey implements Comparable<QuantityKey> {

    /** Rule: the population, the area or the period is blank. */
    public static final Rule BLANK = Rule.of("quantity-key.blank", "must not be blank");

    QuantityKey() {}

    /** What is counted, in words: the fact type, the mode, the filter, and persons or facts. */
    public abstract String population();

    /** The area code or group code. */
    public abstract String area();

    /** The period. */
    public abstract String period();

    /** The quantity of {@code population} in {@code area} over {@code period}; throws when a part is blank. */
    public static QuantityKey of(String population, String area, String period) {
        return ImmutableQuantityKey.builder()
                .population(population)
                .area(area)
                .period(period)
                .build();
    }

    /**
     * Orders by population, then area, then period. A decision sorts millions of keys that share a few long population
     * texts, often the same instance, which is compared as equal without reading it.
     */
    @Override
    public int compareTo(QuantityKey other) {
        int c = compare(population(), other.population());
        if (c == 0) {
            c = compare(area(), other.area());
        }
        return c != 0 ? c : compare(period(), other.period());
    }

    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    @Value.Check
    final void check() {
        Violations.of("quantity key")
                .check(!population().isBlank(), "population", BLANK, population())
                .check(!area().isBlank(), "area_code", BLANK, area())
                .check(!period().isBlank(), "period", BLANK, period())
                .throwIfAny();
    }

    /** The key as {@code population @ area period}. */
    @Override
    public String toString() {
        return population() + " @ " + area() + " " + period();
    }
}
