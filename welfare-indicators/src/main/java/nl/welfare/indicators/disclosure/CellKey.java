package nl.welfare.indicators.disclosure;

import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The opaque name of one cell (cel) of an output: the indicator, the area or group, and the period, as texts. Disclosure
 * control knows nothing of what they mean; it only compares keys, and seeds the rounding of a cell with its key.
 *
 * <pre>{@code
 * CellKey key = CellKey.of("feels-safe", "WK015300", "2022");
 * key.toString(); // feels-safe/WK015300/2022
 * }</pre>
 */
@Value.Immutable(prehash = true)
public abstract class CellKey implements Comparable<CellKey> {

    /** Rule: the indicator, the area or the period is blank. */
    public static final Rule BLANK = Rule.of("cell-key.blank", "must not be blank");

    CellKey() {}

    /** The indicator id, or whatever names the quantity: {@code feels-safe}. */
    public abstract String indicator();

    /** The area code or group code: {@code WK015300}. */
    public abstract String area();

    /** The period: {@code 2022}. */
    public abstract String period();

    /** The key of the cell for {@code indicator} in {@code area} over {@code period}; throws when a part is blank. */
    public static CellKey of(String indicator, String area, String period) {
        return ImmutableCellKey.builder()
                .indicator(indicator)
                .area(area)
                .period(period)
                .build();
    }

    /** Orders by indicator, then area, then period (texts compared as they are). */
    @Override
    public int compareTo(CellKey other) {
        int c = compare(indicator(), other.indicator());
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
        Violations.of("cell key")
                .check(!indicator().isBlank(), "indicator", BLANK, indicator())
                .check(!area().isBlank(), "area_code", BLANK, area())
                .check(!period().isBlank(), "period", BLANK, period())
                .throwIfAny();
    }

    /** The key as {@code indicator/area/period}. */
    @Override
    public String toString() {
        return indicator() + "/" + area() + "/" + period();
    }
}
