package nl.welfare.indicators.target;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A target (streefwaarde): the value an indicator should reach in the areas of a {@link TargetScope} over one
 * {@link ReportingPeriod}. The indicator's polarity says which side of the value is good: a target for an indicator
 * where higher is better means "at least", one where lower is better means "at most" (see {@link Assessor}).
 *
 * <p>The value is in the unit of the indicator's results: a {@code PROPORTION} is a fraction, so "at least 80% of
 * resident initiatives are resident-led" is the value {@code 0.8}.
 *
 * <pre>{@code
 * Target residentLed = Target.builder()
 *         .indicator("resident-led-initiatives")
 *         .scope(TargetScope.level(AreaLevel.DISTRICT))
 *         .period(ReportingPeriod.year(2022))
 *         .value(0.8)
 *         .build();
 * residentLed.appliesTo(AreaCode.of("WK015300"), ReportingPeriod.year(2022)); // true
 * residentLed.appliesTo(AreaCode.of("GM0153"), ReportingPeriod.year(2022));   // false: not a district
 * Target.validate("Resident_Led", TargetScope.area(AreaCode.of("GM0153")), ReportingPeriod.year(2022), Double.NaN);
 * // Invalid(target.indicator-format, target.value-not-finite)
 * }</pre>
 *
 * <p>A target applies to exactly its own period: a target for {@code 2022} does not apply to {@code 2022-Q1}, and one
 * for {@code 2018/2022} does not apply to {@code 2019}. A goal for every year of a term is a target per year.
 *
 * <p>The indicator is named by its id, in kebab-case, as a text for now.
 */
@Value.Immutable
public abstract class Target {

    /** The longest indicator id accepted. */
    public static final int MAX_INDICATOR_LENGTH = 64;

    /** Rule: the indicator id is not kebab-case ({@code feels-safe}). */
    public static final Rule INDICATOR_FORMAT = Rule.of(
            "target.indicator-format",
            "must be an indicator id in kebab-case: 1 to " + MAX_INDICATOR_LENGTH
                    + " lower-case letters and digits in words joined by single '-', starting with a letter");

    /** Rule: the target value is not a number or infinite. */
    public static final Rule VALUE_NOT_FINITE = Rule.of("target.value-not-finite", "must be a finite number");

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    Target() {}

    /** The id of the indicator the target is for, in kebab-case: {@code resident-led-initiatives}. */
    public abstract String indicator();

    /** The areas the target applies to. */
    public abstract TargetScope scope();

    /** The period the target applies to. */
    public abstract ReportingPeriod period();

    /** The value to reach, in the unit of the indicator's results (a fraction for a share). */
    public abstract double value();

    /** A staged builder: {@code indicator}, {@code scope}, {@code period}, then {@code value}. */
    public static ImmutableTarget.IndicatorBuildStage builder() {
        return ImmutableTarget.builder();
    }

    /** The target {@code value} for {@code indicator} in {@code scope} over {@code period}; throws when a rule is broken. */
    public static Target of(String indicator, TargetScope scope, ReportingPeriod period, double value) {
        return builder()
                .indicator(indicator)
                .scope(scope)
                .period(period)
                .value(value)
                .build();
    }

    /**
     * The target {@code value} for {@code indicator} in {@code scope} over {@code period}, or every rule it breaks,
     * naming the fields {@code indicator} and {@code target}.
     */
    public static Validation<Seq<Violation>, Target> validate(
            String indicator, TargetScope scope, ReportingPeriod period, double value) {
        return Violations.attempt(() -> of(indicator, scope, period, value));
    }

    /** Whether {@code text} is a well-formed indicator id: kebab-case, 1 to 64 characters. */
    public static boolean isWellFormedIndicator(String text) {
        return text.length() <= MAX_INDICATOR_LENGTH && KEBAB_CASE.matcher(text).matches();
    }

    /** Whether the target applies to the result for the CBS area {@code area} over {@code period}. */
    public boolean appliesTo(AreaCode area, ReportingPeriod period) {
        return period().equals(period) && scope().covers(area);
    }

    /**
     * Whether the target applies to the result for the group {@code groupCode} of the grouping {@code grouping} over
     * {@code period}.
     */
    public boolean appliesTo(String grouping, String groupCode, ReportingPeriod period) {
        return period().equals(period) && scope().covers(grouping, groupCode);
    }

    @Value.Check
    final void check() {
        Violations.of("target")
                .check(isWellFormedIndicator(indicator()), "indicator", INDICATOR_FORMAT, indicator())
                .check(Double.isFinite(value()), "target", VALUE_NOT_FINITE, value())
                .throwIfAny();
    }

    /** The target in words: {@code resident-led-initiatives every district 2022: 0.8}. */
    @Override
    public String toString() {
        return indicator() + " " + scope() + " " + period() + ": " + value();
    }
}
