package nl.welfare.indicators.target;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * How a result was compared with its benchmark: the {@code comparison_method} column of the results table, present
 * exactly on the rows that were compared.
 *
 * <pre>{@code
 * ComparisonMethod.parse("NON_OVERLAPPING_INTERVALS"); // Valid(NON_OVERLAPPING_INTERVALS)
 * }</pre>
 */
public enum ComparisonMethod {
    /**
     * Significantly different when the two confidence intervals, the area's and the benchmark's, do not overlap: the
     * comparison by overlapping intervals common in public-health reporting, which a reader can check by eye from the
     * two rows of the table (profiles that treat the benchmark as exact compare the area's interval with the
     * benchmark's value instead; this method takes the benchmark's own uncertainty into account). It is conservative:
     * two 95% intervals that just fail to overlap correspond to a difference significant at about the 0.6% level, and
     * an area is part of its benchmark, which makes the two estimates positively correlated and the test more
     * conservative still. A {@code SIMILAR} therefore means "no difference shown", not "the same". See {@link
     * BenchmarkComparison}.
     */
    NON_OVERLAPPING_INTERVALS;

    /** Rule: the text names no method. */
    public static final Rule KNOWN = Rule.of("comparison-method.known", "must be NON_OVERLAPPING_INTERVALS");

    /** The word in the results table: the name. */
    public String code() {
        return name();
    }

    /** The method named by {@code text} (case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, ComparisonMethod> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (ComparisonMethod m : values()) {
            if (m.code().equals(wanted)) {
                return Validation.valid(m);
            }
        }
        return Validation.invalid(List.of(Violation.of("comparison_method", KNOWN, text)));
    }
}
