package nl.welfare.indicators.target;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.IndicatorId;
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
 *         .indicator(IndicatorId.of("resident-led-initiatives"))
 *         .scope(TargetScope.level(AreaLevel.DISTRICT))
 *         .period(ReportingPeriod.year(2022))
 *         .value(0.8)
 *         .build();
 * residentLed.appliesTo(AreaCode.of("WK015300"), ReportingPeriod.year(2022)); // true
 * residentLed.appliesTo(AreaCode.of("GM0153"), ReportingPeriod.year(2022));   // false: not a district
 * Target.validate("Resident_Led", TargetScope.area(AreaCode.of("GM0153")), ReportingPeriod.year(2022), Double.NaN);
 * // Invalid(indicator-id.format, target.value-not-finite)
 * }</pre>
 *
 * <p>A target applies to exactly its own period: a target for {@code 2022} does not apply to {@code 2022-Q1}, and one
 * for {@code 2018/2022} does not apply to {@code 2019}. A goal for every year of a term is a target per year.
 *
 */
@Value.Immutable
public abstract class Target {

    /** Rule: the target value is not a number or infinite. */
    public static final Rule VALUE_NOT_FINITE = Rule.of("target.value-not-finite", "must be a finite number");

    Target() {}

    /** The indicator the target is for: {@code resident-led-initiatives}. */
    public abstract IndicatorId indicator();

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
    public static Target of(IndicatorId indicator, TargetScope scope, ReportingPeriod period, double value) {
        return builder()
                .indicator(indicator)
                .scope(scope)
                .period(period)
                .value(value)
                .build();
    }

    /**
     * The target {@code value} for the indicator with the id {@code indicator}; throws when a rule is broken, the
     * id's ({@link IndicatorId#FORMAT}) included.
     */
    public static Target of(String indicator, TargetScope scope, ReportingPeriod period, double value) {
        return of(IndicatorId.of(indicator), scope, period, value);
    }

    /**
     * The target {@code value} for the indicator with the id {@code indicator} in {@code scope} over {@code period},
     * or every rule it breaks ({@link IndicatorId#FORMAT} in field {@code indicator}, {@link #VALUE_NOT_FINITE} in
     * field {@code target}).
     */
    public static Validation<Seq<Violation>, Target> validate(
            String indicator, TargetScope scope, ReportingPeriod period, double value) {
        Seq<Violation> found = IndicatorId.parse(indicator).fold(e -> e, id -> List.empty());
        if (!Double.isFinite(value)) {
            found = found.append(Violation.of("target", VALUE_NOT_FINITE, value));
        }
        return found.isEmpty()
                ? Validation.valid(of(IndicatorId.of(indicator), scope, period, value))
                : Validation.invalid(found);
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
                .check(Double.isFinite(value()), "target", VALUE_NOT_FINITE, value())
                .throwIfAny();
    }

    /** The target in words: {@code resident-led-initiatives every district 2022: 0.8}. */
    @Override
    public String toString() {
        return indicator() + " " + scope() + " " + period() + ": " + value();
    }
}
