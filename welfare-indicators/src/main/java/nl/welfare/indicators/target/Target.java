package nl.welfare.indicators.target;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
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
 * <p>A target knows its indicator by id only; {@link #violations(IndicatorCatalogue)} checks its value against the
 * indicator's definition: a target of a share lies between 0 and 1 ({@link #SHARE_RANGE}), so that {@code 60} meant
 * as 60% is refused instead of judged as "at least sixty".
 *
 * <pre>{@code
 * Target.of("resident-led-initiatives", TargetScope.level(AreaLevel.DISTRICT), ReportingPeriod.year(2022), 60)
 *         .violations(ReferenceCatalogue.catalogue());
 * // [target: must lie between 0 and 1, ... (rejected: 60, meant as 60%? write 0.6, not 60) [target.share-range]]
 * }</pre>
 */
@Value.Immutable
public abstract class Target {

    /** Rule: the target value is not a number or infinite. */
    public static final Rule VALUE_NOT_FINITE = Rule.of("target.value-not-finite", "must be a finite number");

    /**
     * Rule: the target of an indicator whose values are shares ({@link IndicatorKind#isShare()}) lies outside 0 to 1,
     * often a percentage written as a number: {@code 60} for {@code 0.6}.
     */
    public static final Rule SHARE_RANGE = Rule.of(
            "target.share-range",
            "must lie between 0 and 1, as the indicator's values are shares (fractions: 60% is 0.6)");

    /**
     * Rule: the target of a change of an indicator whose values are shares lies outside -1 to 1, often percentage
     * points written as a number: {@code 5} for {@code 0.05}.
     */
    public static final Rule SHARE_CHANGE_RANGE = Rule.of(
            "target.share-change-range",
            "must lie between -1 and 1, as the indicator's values are changes of shares (fractions: 5 percentage"
                    + " points are 0.05)");

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

    /**
     * The rules the value breaks given the definition of its indicator in {@code catalogue}: {@link #SHARE_RANGE} for
     * an indicator whose values are shares ({@link IndicatorKind#isShare()}), {@link #SHARE_CHANGE_RANGE} for a change
     * of one; each in field {@code target}, its rejected value saying what was likely meant ({@code 60, meant as 60%?
     * write 0.6, not 60}). Empty when the value fits, or when the catalogue has no such indicator (naming one is the
     * reader's rule).
     */
    public Seq<Violation> violations(IndicatorCatalogue catalogue) {
        Option<IndicatorDefinition> definition = catalogue.byId(indicator());
        if (definition.isEmpty()) {
            return List.empty();
        }
        IndicatorKind kind = definition.get().kind();
        double v = value();
        if (kind.isShare() && (v < 0 || v > 1)) {
            return List.of(Violation.of("target", SHARE_RANGE, rejected(v)));
        }
        boolean changeOfShare = kind == IndicatorKind.CHANGE
                && definition
                        .get()
                        .measure()
                        .base()
                        .flatMap(catalogue::byId)
                        .exists(b -> b.kind().isShare());
        if (changeOfShare && (v < -1 || v > 1)) {
            return List.of(Violation.of("target", SHARE_CHANGE_RANGE, rejected(v)));
        }
        return List.empty();
    }

    /** The value as written, with the fraction it likely meant when it looks like a percentage: {@code 60, ...}. */
    private static String rejected(double value) {
        String written = plain(value);
        if (Math.abs(value) > 1 && Math.abs(value) <= 100) {
            return written + ", meant as " + written + "%? write " + plain(value / 100) + ", not " + written;
        }
        return written;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
