package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;

import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The comparison with the benchmark: its table of outcomes and the rules a result keeps. */
@DisplayName("Comparing with the benchmark")
class BenchmarkComparisonTest {

    private static final Interval BENCHMARK = Interval.of(0.74, 0.78);

    @Test
    @DisplayName("is significant only when the intervals do not overlap, touching ones included")
    void overlap() {
        Polarity up = Polarity.HIGHER_IS_BETTER;
        Polarity down = Polarity.LOWER_IS_BETTER;
        assertEquals(BenchmarkComparison.WORSE, BenchmarkComparison.of(up, Interval.of(0.62, 0.70), BENCHMARK));
        assertEquals(BenchmarkComparison.BETTER, BenchmarkComparison.of(down, Interval.of(0.62, 0.70), BENCHMARK));
        assertEquals(BenchmarkComparison.BETTER, BenchmarkComparison.of(up, Interval.of(0.79, 0.90), BENCHMARK));
        assertEquals(BenchmarkComparison.WORSE, BenchmarkComparison.of(down, Interval.of(0.79, 0.90), BENCHMARK));
        assertEquals(BenchmarkComparison.SIMILAR, BenchmarkComparison.of(up, Interval.of(0.62, 0.74), BENCHMARK));
        assertEquals(BenchmarkComparison.SIMILAR, BenchmarkComparison.of(up, Interval.of(0.78, 0.90), BENCHMARK));
        assertEquals(BenchmarkComparison.SIMILAR, BenchmarkComparison.of(down, Interval.of(0.5, 0.9), BENCHMARK));
        assertEquals(
                BenchmarkComparison.NOT_COMPARED,
                BenchmarkComparison.of(Polarity.NEUTRAL, Interval.of(0.1, 0.2), BENCHMARK));
    }

    @Test
    @DisplayName("an area equal to its parent is never better or worse, nor one whose interval holds the parent's")
    void equalIsNeverBetterOrWorse() {
        qt().forAll(
                        arbitrary().enumValues(Polarity.class),
                        doubles().between(-1e6, 1e6),
                        doubles().between(0, 1e3),
                        doubles().between(0, 1))
                .checkAssert((polarity, low, width, inner) -> {
                    Interval parent = Interval.of(low, low + width);
                    BenchmarkComparison same = BenchmarkComparison.of(polarity, parent, parent);
                    assertTrue(
                            same == BenchmarkComparison.SIMILAR || same == BenchmarkComparison.NOT_COMPARED,
                            polarity + " " + parent + ": " + same);
                    // a wider interval around any point of the parent's overlaps it too
                    double point = low + inner * width;
                    Interval around = Interval.of(point - width, point + width);
                    BenchmarkComparison near = BenchmarkComparison.of(polarity, around, parent);
                    assertTrue(
                            near == BenchmarkComparison.SIMILAR || near == BenchmarkComparison.NOT_COMPARED,
                            polarity + " " + around + " against " + parent + ": " + near);
                    assertEquals(
                            polarity == Polarity.NEUTRAL,
                            same == BenchmarkComparison.NOT_COMPARED,
                            "only a neutral indicator is not compared");
                });
    }

    @Test
    @DisplayName("reads its words case-insensitively and refuses others")
    void parse() {
        assertEquals(
                BenchmarkComparison.SIMILAR,
                BenchmarkComparison.parse(" similar ").get());
        assertEquals(
                BenchmarkComparison.KNOWN,
                BenchmarkComparison.parse("same").getError().head().rule());
        assertEquals(
                ComparisonMethod.NON_OVERLAPPING_INTERVALS,
                ComparisonMethod.parse("non_overlapping_intervals").get());
        assertEquals(
                ComparisonMethod.KNOWN,
                ComparisonMethod.parse("z-test").getError().head().rule());
    }

    private static ImmutableIndicatorResult.BuildFinal row(ResultStatus status) {
        return IndicatorResult.builder()
                .indicator(IndicatorId.of("feels-safe"))
                .area("BU01530101")
                .areaLevel("neighbourhood")
                .period(ReportingPeriod.year(2021))
                .status(status);
    }

    @Test
    @DisplayName("is refused on a row without numbers, without an interval, a benchmark area or a method")
    void rules() {
        String rule = IndicatorResult.COMPARISON_WITHOUT_BASIS.id();
        InvalidValueException suppressed = assertThrows(
                InvalidValueException.class,
                () -> row(ResultStatus.SUPPRESSED)
                        .benchmarkArea("GM0153")
                        .benchmarkComparison(BenchmarkComparison.BETTER)
                        .comparisonMethod(ComparisonMethod.NON_OVERLAPPING_INTERVALS)
                        .build());
        assertEquals(rule, suppressed.violations().head().rule().id());
        InvalidValueException noInterval = assertThrows(
                InvalidValueException.class,
                () -> row(ResultStatus.OK)
                        .value(0.5)
                        .sampleSize(20L)
                        .benchmarkArea("GM0153")
                        .benchmarkComparison(BenchmarkComparison.BETTER)
                        .comparisonMethod(ComparisonMethod.NON_OVERLAPPING_INTERVALS)
                        .build());
        assertEquals(rule, noInterval.violations().head().rule().id());
        InvalidValueException methodAlone = assertThrows(
                InvalidValueException.class,
                () -> row(ResultStatus.OK)
                        .value(0.5)
                        .sampleSize(20L)
                        .comparisonMethod(ComparisonMethod.NON_OVERLAPPING_INTERVALS)
                        .build());
        assertEquals(rule, methodAlone.violations().head().rule().id());
        // a suppressed row keeps its benchmark area, not compared
        assertEquals(
                BenchmarkComparison.NOT_COMPARED,
                row(ResultStatus.SUPPRESSED).benchmarkArea("GM0153").build().benchmarkComparison());
    }

    @Test
    @DisplayName("is made against the municipality or a district, nothing else")
    void benchmarkLevel() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> EvaluationQuery.builder()
                        .period(ReportingPeriod.year(2021))
                        .level(AreaLevel.NEIGHBOURHOOD)
                        .benchmarkLevel(AreaLevel.NEIGHBOURHOOD)
                        .build());
        assertEquals(
                EvaluationQuery.BENCHMARK_LEVEL.id(),
                e.violations().head().rule().id());
        assertEquals(
                AreaLevel.MUNICIPALITY,
                EvaluationQuery.ofLevel(AreaLevel.DISTRICT, ReportingPeriod.year(2021))
                        .benchmarkLevel());
    }
}
