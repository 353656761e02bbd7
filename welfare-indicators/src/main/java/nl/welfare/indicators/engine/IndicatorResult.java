package nl.welfare.indicators.engine;

import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Trend;
import org.immutables.value.Value;

/**
 * One indicator for one area and one period (uitkomst): a row of the results table, with its target assessment and its
 * change against the baseline where the query asks for them.
 *
 * <pre>{@code
 * IndicatorResult r = table.find(IndicatorId.of("volunteers"), "WK015301", ReportingPeriod.year(2021)).get();
 * r.status();      // OK
 * r.areaLevel();   // "district"
 * r.numerator();   // Optional[12.0]: twelve distinct volunteers
 * r.sampleSize();  // Optional[12]
 * r.value();       // Optional[12.0]
 * }</pre>
 *
 * <p>The numbers, as the results table defines them: {@code numerator} and {@code denominator} are what the value is
 * computed from (a count and nothing; a share's numerator and denominator, for a weighted share the sums of weights; a
 * rate's count and population; a ratio's two counts; a mean's sum of weighted values and sum of weights);
 * {@code sampleSize} is the unweighted number of records or persons behind the value (for a ratio both counts
 * together). Where the status is not {@code OK} every number is empty: counts, sample size, value, interval and
 * change. The target ({@code target}, {@code assessment}) and the baseline period are not numbers of the result and
 * stay: a suppressed result against a target is {@code NOT_ASSESSABLE}.
 */
@Value.Immutable
public abstract class IndicatorResult {

    /** Rule: a result that is not {@code OK} carries a number. */
    public static final Rule NUMBERS_WITHOUT_DATA =
            Rule.of("indicator-result.numbers-without-data", "must carry no numbers unless the status is OK");

    /** Rule: an {@code OK} result without a value or sample size. */
    public static final Rule OK_WITHOUT_VALUE =
            Rule.of("indicator-result.ok-without-value", "must carry a value and a sample size when the status is OK");

    /** Rule: an assessment without a target, or a target without an assessment. */
    public static final Rule ASSESSMENT_WITHOUT_TARGET = Rule.of(
            "indicator-result.assessment-without-target", "must carry an assessment exactly when it carries a target");

    /** Rule: a change, its interval or its trend without a baseline period. */
    public static final Rule CHANGE_WITHOUT_BASELINE = Rule.of(
            "indicator-result.change-without-baseline", "must name the baseline period when it carries a change");

    /** Rule: a change interval or a trend without a change. */
    public static final Rule TREND_WITHOUT_CHANGE = Rule.of(
            "indicator-result.trend-without-change", "must carry a change when it carries its interval or trend");

    /** Rule: a number (numerator, denominator, value, target, change) that is infinite or not a number. */
    public static final Rule NOT_FINITE = Rule.of("indicator-result.not-finite", "must be a finite number");

    /**
     * Rule: a comparison with the benchmark ({@code BETTER}, {@code SIMILAR}, {@code WORSE}) on a row that is not
     * {@code OK}, has no interval, names no benchmark area or no method; or a method without a comparison.
     */
    public static final Rule COMPARISON_WITHOUT_BASIS = Rule.of(
            "indicator-result.comparison-without-basis",
            "must compare with the benchmark only when OK, with an interval, a benchmark area and a method, and"
                    + " name a method only when compared");

    /** Rule: a negative sample size. */
    public static final Rule SAMPLE_SIZE_NEGATIVE =
            Rule.of("indicator-result.sample-size-negative", "must not be negative");

    IndicatorResult() {}

    /** The indicator ({@code indicator}). */
    public abstract IndicatorId indicator();

    /** The CBS code of the area or the group code ({@code area_code}). */
    public abstract String area();

    /** {@code municipality}, {@code district}, {@code neighbourhood} or the grouping's name ({@code area_level}). */
    public abstract String areaLevel();

    /** The period ({@code period}). */
    public abstract ReportingPeriod period();

    /** Whether the numbers are there ({@code status}). */
    public abstract ResultStatus status();

    /** What the value is computed from, above the line ({@code numerator}). */
    public abstract Optional<Double> numerator();

    /** What the value is computed from, below the line ({@code denominator}); empty for a count. */
    public abstract Optional<Double> denominator();

    /** The unweighted number of records or persons behind the value ({@code sample_size}). */
    public abstract Optional<Long> sampleSize();

    /** The estimate ({@code value}); a share as a fraction. */
    public abstract Optional<Double> value();

    /** The confidence interval ({@code ci_low}, {@code ci_high}), where the kind has one. */
    public abstract Optional<Interval> interval();

    /** The target value that applies to this result ({@code target}), if the query gave one. */
    public abstract Optional<Double> target();

    /** The result against {@link #target()} ({@code assessment}); present exactly when the target is. */
    public abstract Optional<AssessmentOutcome> assessment();

    /** The period changes are measured from ({@code baseline_period}), if the query gave one. */
    public abstract Optional<ReportingPeriod> baselinePeriod();

    /** The value now minus the value in the baseline period ({@code change}), when both are published. */
    public abstract Optional<Double> change();

    /** The confidence interval of {@link #change()} ({@code change_ci_low}, {@code change_ci_high}), where tested. */
    public abstract Optional<Interval> changeInterval();

    /**
     * Whether the change is for the better ({@code trend}): by its interval, so only a change beyond chance is
     * {@code IMPROVED} or {@code WORSENED}; none for a ratio's change, which has no interval.
     */
    public abstract Optional<Trend> trend();

    /**
     * The area this row is compared with ({@code benchmark_area}): the area holding it at the benchmark level (the
     * municipality by default); empty for an area at or above that level. It comes from the area hierarchy, not from
     * the data, so a suppressed row keeps it.
     */
    public abstract Optional<String> benchmarkArea();

    /**
     * How the value compares with the benchmark area's ({@code benchmark_comparison}): {@code BETTER}, {@code SIMILAR}
     * or {@code WORSE} by {@link #comparisonMethod()}, or {@code NOT_COMPARED} (the default).
     */
    @Value.Default
    public BenchmarkComparison benchmarkComparison() {
        return BenchmarkComparison.NOT_COMPARED;
    }

    /** How the comparison was made ({@code comparison_method}); present exactly when the row was compared. */
    public abstract Optional<ComparisonMethod> comparisonMethod();

    /** A staged builder: indicator, area, area level, period and status, then the numbers. */
    public static ImmutableIndicatorResult.IndicatorBuildStage builder() {
        return ImmutableIndicatorResult.builder();
    }

    /** A result with status {@code status} (not {@code OK}) and no numbers. */
    public static IndicatorResult withoutNumbers(
            IndicatorId indicator, String area, String areaLevel, ReportingPeriod period, ResultStatus status) {
        return builder()
                .indicator(indicator)
                .area(area)
                .areaLevel(areaLevel)
                .period(period)
                .status(status)
                .build();
    }

    private static boolean finite(Optional<Double> number) {
        return number.map(Double::isFinite).orElse(true);
    }

    @Value.Check
    final void check() {
        boolean ok = status() == ResultStatus.OK;
        boolean anyNumber = numerator().isPresent()
                || denominator().isPresent()
                || sampleSize().isPresent()
                || value().isPresent()
                || interval().isPresent()
                || change().isPresent()
                || changeInterval().isPresent()
                || trend().isPresent();
        boolean anyChange = change().isPresent() || changeInterval().isPresent() || trend().isPresent();
        Violations.of("indicator result")
                .check(ok || !anyNumber, "status", NUMBERS_WITHOUT_DATA, status())
                .check(!ok || (value().isPresent() && sampleSize().isPresent()), "value", OK_WITHOUT_VALUE, this)
                .check(sampleSize().orElse(0L) >= 0, "sample_size", SAMPLE_SIZE_NEGATIVE, sampleSize())
                .check(finite(numerator()), "numerator", NOT_FINITE, numerator())
                .check(finite(denominator()), "denominator", NOT_FINITE, denominator())
                .check(finite(value()), "value", NOT_FINITE, value())
                .check(finite(target()), "target", NOT_FINITE, target())
                .check(finite(change()), "change", NOT_FINITE, change())
                .check(
                        target().isPresent() == assessment().isPresent(),
                        "assessment",
                        ASSESSMENT_WITHOUT_TARGET,
                        assessment())
                .check(
                        benchmarkComparison().compared()
                                ? ok
                                        && interval().isPresent()
                                        && benchmarkArea().isPresent()
                                        && comparisonMethod().isPresent()
                                : comparisonMethod().isEmpty(),
                        "benchmark_comparison",
                        COMPARISON_WITHOUT_BASIS,
                        benchmarkComparison())
                .check(!anyChange || baselinePeriod().isPresent(), "baseline_period", CHANGE_WITHOUT_BASELINE, change())
                .check(
                        change().isPresent() || (changeInterval().isEmpty() && trend().isEmpty()),
                        "change",
                        TREND_WITHOUT_CHANGE,
                        trend())
                .throwIfAny();
    }
}
