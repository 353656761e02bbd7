package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Polarity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Targets, assessments and trends")
class TargetProperties {

    /** A closed interval, {@code low <= high}. */
    private record Interval(double low, double high) {
        Interval shifted(double by) {
            return new Interval(low + by, high + by);
        }

        Interval negated() {
            return new Interval(-high, -low);
        }

        boolean touches(double point) {
            return low == point || high == point;
        }
    }

    /** Multiples of 1/4 from -10 to 10: exact in binary, so bounds often equal the target or zero. */
    private static Gen<Double> grid() {
        return integers().between(-40, 40).map(i -> i / 4.0);
    }

    /** Numbers on the grid, mixed with any numbers from -100 to 100. */
    private static Gen<Double> numbers() {
        return grid().mix(doubles().between(-100, 100), 30);
    }

    /** A target and the interval of an estimate judged against it. */
    private record Judged(double target, Interval interval) {}

    /** Numbers other than zero, made so (on the grid and off it) rather than filtered. */
    private static Gen<Double> nonZeroNumbers() {
        Gen<Double> magnitudes =
                integers().between(1, 40).map(i -> i / 4.0).mix(doubles().between(0.001, 100), 30);
        return magnitudes.zip(integers().between(0, 1), (m, negative) -> negative == 1 ? -m : m);
    }

    /**
     * A target and an interval whose bounds both differ from it: a bound drawn equal to the target moves one step of
     * the grid up or down, so bounds still often sit next to the target.
     */
    private static Gen<Judged> targetsAndIntervalsOffTarget() {
        return in -> {
            double target = numbers().generate(in);
            double a = offTarget(
                    numbers().generate(in), target, integers().between(0, 1).generate(in));
            double b = offTarget(
                    numbers().generate(in), target, integers().between(0, 1).generate(in));
            return new Judged(target, new Interval(Math.min(a, b), Math.max(a, b)));
        };
    }

    private static double offTarget(double x, double target, int up) {
        return x != target ? x : up == 1 ? x + 0.25 : x - 0.25;
    }

    private static Gen<Interval> intervals() {
        return numbers().zip(numbers(), (a, b) -> new Interval(Math.min(a, b), Math.max(a, b)));
    }

    private static Gen<Polarity> judgedPolarities() {
        return arbitrary().pick(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
    }

    private static int rank(AssessmentOutcome outcome) {
        switch (outcome) {
            case NOT_ACHIEVED:
                return 0;
            case INCONCLUSIVE:
                return 1;
            case ACHIEVED:
                return 2;
            default:
                throw new IllegalArgumentException("not a judgement: " + outcome);
        }
    }

    private static AssessmentOutcome swapped(AssessmentOutcome outcome) {
        switch (outcome) {
            case ACHIEVED:
                return AssessmentOutcome.NOT_ACHIEVED;
            case NOT_ACHIEVED:
                return AssessmentOutcome.ACHIEVED;
            default:
                return outcome;
        }
    }

    private static Trend opposite(Trend trend) {
        switch (trend) {
            case IMPROVED:
                return Trend.WORSENED;
            case WORSENED:
                return Trend.IMPROVED;
            default:
                return trend;
        }
    }

    private static AssessmentOutcome outcome(Polarity polarity, double target, Interval i) {
        return Assessor.outcome(polarity, target, i.low(), i.high());
    }

    @Test
    @DisplayName("raising the whole interval never makes a higher-is-better outcome worse")
    void raisingNeverWorsens() {
        qt().forAll(numbers(), intervals(), grid().map(Math::abs)).checkAssert((target, interval, by) -> {
            AssessmentOutcome before = outcome(Polarity.HIGHER_IS_BETTER, target, interval);
            AssessmentOutcome after = outcome(Polarity.HIGHER_IS_BETTER, target, interval.shifted(by));
            assertTrue(rank(after) >= rank(before), () -> before + " became " + after);
            assertFalse(before == AssessmentOutcome.ACHIEVED && after == AssessmentOutcome.NOT_ACHIEVED);
        });
    }

    @Test
    @DisplayName("lowering the whole interval never makes a lower-is-better outcome worse")
    void loweringNeverWorsens() {
        qt().forAll(numbers(), intervals(), grid().map(Math::abs)).checkAssert((target, interval, by) -> {
            AssessmentOutcome before = outcome(Polarity.LOWER_IS_BETTER, target, interval);
            AssessmentOutcome after = outcome(Polarity.LOWER_IS_BETTER, target, interval.shifted(-by));
            assertTrue(rank(after) >= rank(before), () -> before + " became " + after);
        });
    }

    @Test
    @DisplayName("swapping the polarity swaps achieved and not achieved and keeps inconclusive, off the target")
    void swappingPolaritySwapsOutcomes() {
        qt().forAll(targetsAndIntervalsOffTarget()).checkAssert(judged -> {
            double target = judged.target();
            Interval interval = judged.interval();
            assertFalse(interval.touches(target), () -> interval + " touches " + target);
            assertEquals(
                    swapped(outcome(Polarity.HIGHER_IS_BETTER, target, interval)),
                    outcome(Polarity.LOWER_IS_BETTER, target, interval));
        });
    }

    @Test
    @DisplayName("at most t is at least -t mirrored, the target on the good side under both")
    void lowerIsBetterIsHigherIsBetterMirrored() {
        qt().forAll(numbers(), intervals())
                .checkAssert((target, interval) -> assertEquals(
                        outcome(Polarity.HIGHER_IS_BETTER, -target, interval.negated()),
                        outcome(Polarity.LOWER_IS_BETTER, target, interval)));
    }

    @Test
    @DisplayName("an estimate without interval is judged as the interval of its value alone, never inconclusive")
    void withoutIntervalIsAPoint() {
        qt().forAll(arbitrary().enumValues(Polarity.class), numbers(), numbers())
                .checkAssert((polarity, target, value) -> {
                    Assessment alone = Assessor.assess(polarity, target, value);
                    assertEquals(Assessor.assess(polarity, target, value, value, value), alone);
                    assertNotEquals(AssessmentOutcome.INCONCLUSIVE, alone.outcome());
                });
    }

    @Test
    @DisplayName("a neutral indicator is never judged, and keeps its estimate")
    void neutralIsNeverJudged() {
        qt().forAll(numbers(), numbers(), intervals()).checkAssert((target, value, interval) -> {
            Assessment a = Assessor.assess(Polarity.NEUTRAL, target, value, interval.low(), interval.high());
            assertEquals(AssessmentOutcome.NOT_ASSESSABLE, a.outcome());
            assertEquals(Optional.of(value), a.estimate());
        });
    }

    @Test
    @DisplayName("a suppressed result is not assessable and keeps nothing of its value")
    void suppressedKeepsNothing() {
        qt().forAll(
                        arbitrary().enumValues(Polarity.class),
                        numbers(),
                        doubles().any(),
                        intervals().map(Option::some).mix(arbitrary().constant(Option.none())))
                .checkAssert((polarity, target, value, interval) -> {
                    Assessment a = Assessor.assess(
                            polarity, target, value, interval.map(i -> io.vavr.Tuple.of(i.low(), i.high())), true);
                    assertEquals(Assessor.notAssessable(target), a);
                    assertEquals(Optional.empty(), a.estimate());
                });
    }

    @Test
    @DisplayName("percent of target times the target is the value, and variance from target is one less")
    void percentOfTargetTimesTargetIsValue() {
        qt().forAll(judgedPolarities(), nonZeroNumbers(), numbers()).checkAssert((polarity, target, value) -> {
            Assessment a = Assessor.assess(polarity, target, value);
            double tolerance = 1e-12 * Math.max(1, Math.abs(value));
            assertEquals(value, a.percentOfTarget().get() * target, tolerance);
            double relative = 1e-12 * Math.max(1, Math.abs(a.percentOfTarget().get()));
            assertEquals(a.percentOfTarget().get() - 1, a.varianceFromTarget().get(), relative);
        });
    }

    @Test
    @DisplayName("the trend of a change flips when the polarity flips, and when the change is negated")
    void trendFlips() {
        qt().forAll(intervals()).checkAssert(change -> {
            Option<Trend> higher = Trend.of(Polarity.HIGHER_IS_BETTER, change.low(), change.high());
            assertEquals(
                    higher.map(TargetProperties::opposite),
                    Trend.of(Polarity.LOWER_IS_BETTER, change.low(), change.high()));
            Interval negated = change.negated();
            assertEquals(
                    higher.map(TargetProperties::opposite),
                    Trend.of(Polarity.HIGHER_IS_BETTER, negated.low(), negated.high()));
            assertEquals(Option.none(), Trend.of(Polarity.NEUTRAL, change.low(), change.high()));
            assertEquals(Trend.isSignificant(change.low(), change.high()), higher.get() != Trend.NO_SIGNIFICANT_CHANGE);
        });
    }

    private static final Seq<String> INDICATORS = List.of("feels-safe", "loneliness");
    private static final Seq<ReportingPeriod> PERIODS = List.of(ReportingPeriod.year(2021), ReportingPeriod.year(2022));
    private static final Seq<AreaCode> AREAS = List.of("GM0153", "WK015300", "WK015301", "BU01530000", "BU01530001")
            .map(AreaCode::of);
    private static final Seq<String> GROUPS = List.of("OOST", "NOORD");
    private static final Seq<TargetScope> SCOPES = AREAS.map(TargetScope::area)
            .appendAll(List.of(AreaLevel.values()).map(TargetScope::level))
            .appendAll(GROUPS.map(g -> TargetScope.group("borough", g)))
            .append(TargetScope.grouping("borough"));

    private static Gen<Target> targets() {
        return arbitrary()
                .pick(INDICATORS.asJava())
                .zip(arbitrary().pick(SCOPES.asJava()), arbitrary().pick(PERIODS.asJava()), numbers(), Target::of);
    }

    @Test
    @DisplayName("make targets that validate to themselves")
    void validTargets() {
        qt().forAll(targets())
                .checkAssert(t -> assertEquals(
                        t,
                        Target.validate(t.indicator().value(), t.scope(), t.period(), t.value())
                                .get()));
    }

    @Test
    @DisplayName("a lookup finds a target that applies, the one for the area itself when there is one")
    void lookupPrefersTheSingleScope() {
        qt().forAll(lists().of(targets()).ofSizeBetween(0, 12)).checkAssert(generated -> {
            Seq<Target> distinct = List.ofAll(generated).distinctBy(t -> List.of(t.indicator(), t.scope(), t.period()));
            Targets targets = Targets.of(distinct);
            for (String indicator : INDICATORS) {
                for (ReportingPeriod period : PERIODS) {
                    for (AreaCode area : AREAS) {
                        Seq<Target> applying = distinct.filter(
                                t -> t.indicator().value().equals(indicator) && t.appliesTo(area, period));
                        assertEquals(
                                applying.find(t -> t.scope().isSingle()).orElse(applying.headOption()),
                                targets.lookup(IndicatorId.of(indicator), area, period));
                        assertTrue(applying.size() <= 2);
                    }
                    for (String group : GROUPS) {
                        Seq<Target> applying = distinct.filter(
                                t -> t.indicator().value().equals(indicator) && t.appliesTo("borough", group, period));
                        assertEquals(
                                applying.find(t -> t.scope().isSingle()).orElse(applying.headOption()),
                                targets.lookup(IndicatorId.of(indicator), "borough", group, period));
                        assertTrue(applying.size() <= 2);
                    }
                }
            }
        });
    }
}
