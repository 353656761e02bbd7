package nl.welfare.adapters.files.results;

import java.util.Optional;
import java.util.function.Function;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Trend;

/**
 * A column of the tidy results table (kolom van de uitkomstentabel), in the order the table has them:
 * {@code ResultColumn.values()} is the header of {@code welfare compute --format csv}, and the JSON format uses the
 * same names as the keys of each row.
 *
 * <pre>{@code
 * ResultColumn.SAMPLE_SIZE.header();        // "sample_size"
 * ResultColumn.SAMPLE_SIZE.type();          // INTEGER
 * ResultColumn.SAMPLE_SIZE.onlyWhenOk();    // true: empty where the status is SUPPRESSED or NO_DATA
 * ResultColumn.TARGET.onlyWhenOk();         // false: the target is the query's, not the data's
 * }</pre>
 *
 * <p>An empty field means "not applicable". A number is written in plain decimal notation with {@code .} as the
 * decimal separator, not rounded for display, with the fewest digits that read back to exactly the same
 * {@code double}; a whole number has no fraction ({@code 12}, {@code 250}, {@code 0.8}, {@code 0.00001}).
 */
public enum ResultColumn {
    /** The indicator's id ({@code volunteers}). */
    INDICATOR("indicator", Type.TEXT, false, r -> Optional.of(r.indicator().value())),
    /** The CBS code of the area, or a group code ({@code WK015301}). */
    AREA_CODE("area_code", Type.TEXT, false, r -> Optional.of(r.area())),
    /** {@code municipality}, {@code district}, {@code neighbourhood} or the grouping's name. */
    AREA_LEVEL("area_level", Type.TEXT, false, r -> Optional.of(r.areaLevel())),
    /** The period: {@code 2019}, {@code 2019-Q2}, {@code 2019-03}, {@code 2018/2022}. */
    PERIOD("period", Type.TEXT, false, r -> Optional.of(r.period().toString())),
    /** {@code OK}, {@code SUPPRESSED} or {@code NO_DATA}. */
    STATUS("status", Type.TEXT, false, r -> Optional.of(r.status().code())),
    /** What the value is computed from, above the line. */
    NUMERATOR("numerator", Type.NUMBER, true, r -> r.numerator().map(Numbers::format)),
    /** What the value is computed from, below the line; empty for a count. */
    DENOMINATOR("denominator", Type.NUMBER, true, r -> r.denominator().map(Numbers::format)),
    /** The unweighted number of persons or records behind the value. */
    SAMPLE_SIZE("sample_size", Type.INTEGER, true, r -> r.sampleSize().map(Numbers::format)),
    /** The estimate; a proportion as a fraction (0.8, not 80). */
    VALUE("value", Type.NUMBER, true, r -> r.value().map(Numbers::format)),
    /** The lower bound of the confidence interval. */
    CI_LOW("ci_low", Type.NUMBER, true, r -> r.interval().map(i -> Numbers.format(i.lower()))),
    /** The upper bound of the confidence interval. */
    CI_HIGH("ci_high", Type.NUMBER, true, r -> r.interval().map(i -> Numbers.format(i.upper()))),
    /** The target value that applies, if the query gave one (kept for a suppressed row: it is not the data's). */
    TARGET("target", Type.NUMBER, false, r -> r.target().map(Numbers::format)),
    /** {@code ACHIEVED}, {@code NOT_ACHIEVED}, {@code INCONCLUSIVE} or {@code NOT_ASSESSABLE}; empty without target. */
    ASSESSMENT("assessment", Type.TEXT, false, r -> r.assessment().map(AssessmentOutcome::code)),
    /** The period changes are measured from, if the query gave one. */
    BASELINE_PERIOD("baseline_period", Type.TEXT, false, r -> r.baselinePeriod().map(ReportingPeriod::toString)),
    /** The value now minus the value in the baseline period. */
    CHANGE("change", Type.NUMBER, true, r -> r.change().map(Numbers::format)),
    /** The lower bound of the change's confidence interval. */
    CHANGE_CI_LOW("change_ci_low", Type.NUMBER, true, r -> r.changeInterval().map(i -> Numbers.format(i.lower()))),
    /** The upper bound of the change's confidence interval. */
    CHANGE_CI_HIGH("change_ci_high", Type.NUMBER, true, r -> r.changeInterval().map(i -> Numbers.format(i.upper()))),
    /** {@code IMPROVED}, {@code WORSENED} or {@code NO_SIGNIFICANT_CHANGE}; empty without a baseline. */
    TREND("trend", Type.TEXT, true, r -> r.trend().map(Trend::code)),
    /**
     * The area the row is compared with: the municipality holding it (or its district under {@code --benchmark
     * district}); empty for an area at or above the benchmark's level. Since format 1.1.
     */
    BENCHMARK_AREA("benchmark_area", Type.TEXT, false, IndicatorResult::benchmarkArea),
    /**
     * {@code BETTER}, {@code SIMILAR}, {@code WORSE} or {@code NOT_COMPARED}: the row against its benchmark, by its
     * method and the indicator's polarity; never empty. Since format 1.1.
     */
    BENCHMARK_COMPARISON(
            "benchmark_comparison",
            Type.TEXT,
            false,
            r -> Optional.of(r.benchmarkComparison().code())),
    /** {@code NON_OVERLAPPING_INTERVALS} where the row was compared; else empty. Since format 1.1. */
    COMPARISON_METHOD(
            "comparison_method", Type.TEXT, true, r -> r.comparisonMethod().map(ComparisonMethod::code));

    /** The columns of format 1.0, before the comparison with the benchmark: the first 18. */
    static final int COLUMNS_1_0 = 18;

    /** What a column holds, as the JSON format and the sidecar's schema type it. */
    public enum Type {
        /** Text (a JSON string). */
        TEXT,
        /** A number (a JSON number). */
        NUMBER,
        /** A whole number (a JSON number without a fraction). */
        INTEGER
    }

    private final String header;
    private final Type type;
    private final boolean onlyWhenOk;
    private final Function<IndicatorResult, Optional<String>> text;

    ResultColumn(String header, Type type, boolean onlyWhenOk, Function<IndicatorResult, Optional<String>> text) {
        this.header = header;
        this.type = type;
        this.onlyWhenOk = onlyWhenOk;
        this.text = text;
    }

    /** The column's name in the header: {@code sample_size}. */
    public String header() {
        return header;
    }

    /** What the column holds. */
    public Type type() {
        return type;
    }

    /**
     * Whether the column is a number of the result (or its trend), empty in every row whose status is not
     * {@code OK}: counts, sample size, value, interval, change and its interval, trend.
     */
    public boolean onlyWhenOk() {
        return onlyWhenOk;
    }

    /**
     * The field of {@code result} in this column as written, or empty for "not applicable"; empty for every
     * {@link #onlyWhenOk()} column of a result whose status is not {@code OK}, whatever the result holds.
     */
    Optional<String> text(IndicatorResult result) {
        if (onlyWhenOk && result.status() != ResultStatus.OK) {
            return Optional.empty();
        }
        return text.apply(result);
    }
}
