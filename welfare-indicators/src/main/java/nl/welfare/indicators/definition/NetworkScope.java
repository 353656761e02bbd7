package nl.welfare.indicators.definition;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Where the other end of a link may be for an initiative to count as connected in a {@link Measure.Network}.
 *
 * <pre>{@code
 * NetworkScope.parse("within_area"); // Valid(WITHIN_AREA)
 * }</pre>
 */
public enum NetworkScope {
    /**
     * The catalogue's meaning, and the default: an initiative active in the period is connected when a link active
     * in the period joins it to another initiative active in the period, wherever that other initiative is. Being
     * connected is a property of the initiative, the same in every area and group that holds it, so the numerator
     * adds up over areas like the denominator.
     */
    ANYWHERE,
    /**
     * Only links within the area: an initiative counts as connected in an area (or group) only when the other
     * initiative is in that area too. Two linked initiatives in different neighbourhoods are connected in their
     * common district but in neither neighbourhood, so the numerator does not add up over areas.
     */
    WITHIN_AREA;

    /** Rule: the text names no network scope. */
    public static final Rule KNOWN = Rule.of("network-scope.known", "must be anywhere or within_area");

    /** The word used in files: {@code anywhere} or {@code within_area}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, NetworkScope> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (NetworkScope scope : values()) {
            if (scope.code().equals(wanted)) {
                return Validation.valid(scope);
            }
        }
        return Validation.invalid(List.of(Violation.of("scope", KNOWN, text)));
    }
}
