package nl.welfare.indicators.target;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.stats.Interval;

/**
 * How an area's result compares with its benchmark, the area above it (vergelijking met de referentie: beter,
 * vergelijkbaar, slechter): the {@code benchmark_comparison} column of the results table, decided by {@link
 * ComparisonMethod#NON_OVERLAPPING_INTERVALS}.
 *
 * <p>Two closed confidence intervals are compared, the area's and the benchmark's: the area is significantly higher
 * when its lower bound lies above the benchmark's upper bound, significantly lower when its upper bound lies below the
 * benchmark's lower bound, and similar otherwise (intervals that touch overlap). The polarity then says which is
 * better:
 *
 * <table>
 *   <caption>Comparisons</caption>
 *   <tr><th>polarity</th><th>{@code area.lower > benchmark.upper}</th><th>{@code area.upper < benchmark.lower}</th>
 *       <th>otherwise</th></tr>
 *   <tr><td>{@code HIGHER_IS_BETTER}</td><td>{@code BETTER}</td><td>{@code WORSE}</td><td>{@code SIMILAR}</td></tr>
 *   <tr><td>{@code LOWER_IS_BETTER}</td><td>{@code WORSE}</td><td>{@code BETTER}</td><td>{@code SIMILAR}</td></tr>
 *   <tr><td>{@code NEUTRAL}</td><td colspan="3">{@code NOT_COMPARED}</td></tr>
 * </table>
 *
 * <pre>{@code
 * // a neighbourhood where 0.62 to 0.70 feel safe, in a municipality where 0.74 to 0.78 do
 * BenchmarkComparison.of(Polarity.HIGHER_IS_BETTER, Interval.of(0.62, 0.70), Interval.of(0.74, 0.78)); // WORSE
 * BenchmarkComparison.of(Polarity.HIGHER_IS_BETTER, Interval.of(0.62, 0.75), Interval.of(0.74, 0.78)); // SIMILAR
 * }</pre>
 */
public enum BenchmarkComparison {
    /** Significantly better than the benchmark: the intervals do not overlap, and the area lies on the good side. */
    BETTER,
    /** The intervals overlap: no significant difference by this method. */
    SIMILAR,
    /** Significantly worse than the benchmark: the intervals do not overlap, and the area lies on the bad side. */
    WORSE,
    /**
     * Not compared: the row has no benchmark (it is at or above the benchmark's level), either side is suppressed or
     * has no data or no interval, the indicator is neutral, or its kind is a count, which grows with the area.
     */
    NOT_COMPARED;

    /** Rule: the text names no comparison. */
    public static final Rule KNOWN =
            Rule.of("benchmark-comparison.known", "must be BETTER, SIMILAR, WORSE or NOT_COMPARED");

    /** The word in the results table: the name ({@code BETTER}). */
    public String code() {
        return name();
    }

    /** Whether a comparison was made: every value but {@link #NOT_COMPARED}. */
    public boolean compared() {
        return this != NOT_COMPARED;
    }

    /** The comparison named by {@code text} (case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, BenchmarkComparison> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (BenchmarkComparison c : values()) {
            if (c.code().equals(wanted)) {
                return Validation.valid(c);
            }
        }
        return Validation.invalid(List.of(Violation.of("benchmark_comparison", KNOWN, text)));
    }

    /**
     * The comparison of an area whose interval is {@code area} with a benchmark whose interval is {@code benchmark},
     * under {@code polarity}, by non-overlapping intervals (see the class comment); {@link #NOT_COMPARED} for a
     * neutral indicator.
     */
    public static BenchmarkComparison of(Polarity polarity, Interval area, Interval benchmark) {
        if (polarity == Polarity.NEUTRAL) {
            return NOT_COMPARED;
        }
        boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
        if (area.lower() > benchmark.upper()) {
            return higherIsBetter ? BETTER : WORSE;
        }
        if (area.upper() < benchmark.lower()) {
            return higherIsBetter ? WORSE : BETTER;
        }
        return SIMILAR;
    }
}
