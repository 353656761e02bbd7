package nl.welfare.indicators.engine;

import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.stats.Interval;
import org.immutables.value.Value;

/**
 * One indicator for one area and one period (uitkomst): a row of the results table before targets, baselines and
 * disclosure control.
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
 * together). Where the status is not {@code OK} every number is empty.
 */
@Value.Immutable
public abstract class IndicatorResult {

    /** Rule: a result that is not {@code OK} carries a number. */
    public static final Rule NUMBERS_WITHOUT_DATA =
            Rule.of("indicator-result.numbers-without-data", "must carry no numbers unless the status is OK");

    /** Rule: an {@code OK} result without a value or sample size. */
    public static final Rule OK_WITHOUT_VALUE =
            Rule.of("indicator-result.ok-without-value", "must carry a value and a sample size when the status is OK");

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

    @Value.Check
    final void check() {
        boolean ok = status() == ResultStatus.OK;
        boolean anyNumber = numerator().isPresent()
                || denominator().isPresent()
                || sampleSize().isPresent()
                || value().isPresent()
                || interval().isPresent();
        Violations.of("indicator result")
                .check(ok || !anyNumber, "status", NUMBERS_WITHOUT_DATA, status())
                .check(!ok || (value().isPresent() && sampleSize().isPresent()), "value", OK_WITHOUT_VALUE, this)
                .check(sampleSize().orElse(0L) >= 0, "sample_size", SAMPLE_SIZE_NEGATIVE, sampleSize())
                .throwIfAny();
    }
}
