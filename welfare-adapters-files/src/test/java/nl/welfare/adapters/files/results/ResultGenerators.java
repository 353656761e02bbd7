package nl.welfare.adapters.files.results;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.ImmutableIndicatorResult;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Trend;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random results tables for the writers' properties: every status, every kind of period, optional numbers of every
 * size (any finite {@code double}, tiny and huge ones included), targets and baselines, and area codes and levels with
 * commas, quotes and accents. Every result keeps the rules of {@link IndicatorResult}: no numbers unless {@code OK}, a
 * value and sample size when {@code OK}, an assessment exactly with a target, a change only with a baseline.
 *
 * <p>They live here rather than in the testkit, which does not depend on the indicators module outside its tests.
 */
final class ResultGenerators {

    private static final List<String> INDICATORS =
            List.of("volunteers", "feels-safe", "individual-support-per-1000", "collective-to-individual-ratio", "x1");
    private static final List<String> AREAS =
            List.of("GM0153", "WK015301", "BU01530101", "oost", "a,b", "quote\"d", "zuid-é", " spaced ");
    private static final List<String> LEVELS =
            List.of("municipality", "district", "neighbourhood", "borough", "stads, deel", "\"wijk\"");

    private ResultGenerators() {}

    /** Any finite double: every bit pattern (subnormal, huge, negative) but the infinities and NaN; no -0.0. */
    static Gen<Double> anyFinite() {
        return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                .map(Double::longBitsToDouble)
                .map(x -> Double.isFinite(x) ? x + 0.0 : 1.0);
    }

    /** Numbers as results have them: counts, fractions, decimals, and any finite double. */
    static Gen<Double> numbers() {
        Gen<Double> counts = integers().between(0, 2_000_000).map(i -> (double) i);
        Gen<Double> fractions =
                integers().between(0, 999).zip(integers().between(1, 1000), (k, n) -> (double) Math.min(k, n) / n);
        Gen<Double> decimals = doubles().between(-1e6, 1e6).map(x -> x + 0.0);
        return counts.mix(fractions).mix(decimals).mix(anyFinite());
    }

    static Gen<ReportingPeriod> periods() {
        return in -> {
            int year = integers().between(2010, 2030).generate(in);
            switch (integers().between(0, 4).generate(in)) {
                case 0:
                    return ReportingPeriod.year(year);
                case 1:
                    return ReportingPeriod.quarter(
                            year, integers().between(1, 4).generate(in));
                case 2:
                    return ReportingPeriod.month(year, integers().between(1, 12).generate(in));
                case 3:
                    return ReportingPeriod.years(
                            year, year + integers().between(1, 6).generate(in));
                default:
                    LocalDate start = LocalDate.of(year, 1, 1)
                            .plusDays(integers().between(0, 364).generate(in));
                    return ReportingPeriod.range(
                            start, start.plusDays(integers().between(0, 800).generate(in)));
            }
        };
    }

    private static boolean coin(RandomnessSource in) {
        return integers().between(0, 1).generate(in) == 1;
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(integers().between(0, values.size() - 1).generate(in));
    }

    private static Optional<Double> maybe(RandomnessSource in) {
        return coin(in) ? Optional.of(numbers().generate(in)) : Optional.empty();
    }

    private static Optional<Interval> maybeInterval(RandomnessSource in) {
        if (!coin(in)) {
            return Optional.empty();
        }
        double a = numbers().generate(in);
        double b = numbers().generate(in);
        return Optional.of(Interval.of(Math.min(a, b), Math.max(a, b)));
    }

    static Gen<IndicatorResult> results() {
        return in -> {
            ResultStatus status = pick(in, List.of(ResultStatus.values()));
            ImmutableIndicatorResult.BuildFinal row = IndicatorResult.builder()
                    .indicator(IndicatorId.of(pick(in, INDICATORS)))
                    .area(pick(in, AREAS))
                    .areaLevel(pick(in, LEVELS))
                    .period(periods().generate(in))
                    .status(status);
            if (coin(in)) {
                row.target(numbers().generate(in)).assessment(pick(in, List.of(AssessmentOutcome.values())));
            }
            boolean baseline = coin(in);
            if (baseline) {
                row.baselinePeriod(periods().generate(in));
            }
            boolean benchmark = coin(in);
            if (benchmark) {
                row.benchmarkArea(pick(in, AREAS));
            }
            if (status == ResultStatus.OK) {
                Optional<Interval> interval = maybeInterval(in);
                row.value(numbers().generate(in))
                        .sampleSize(Generate.longRange(0, Long.MAX_VALUE).generate(in))
                        .numerator(maybe(in))
                        .denominator(maybe(in))
                        .interval(interval);
                if (benchmark && interval.isPresent() && coin(in)) {
                    row.benchmarkComparison(pick(
                                    in,
                                    List.of(
                                            BenchmarkComparison.BETTER,
                                            BenchmarkComparison.SIMILAR,
                                            BenchmarkComparison.WORSE)))
                            .comparisonMethod(ComparisonMethod.NON_OVERLAPPING_INTERVALS);
                }
                if (baseline && coin(in)) {
                    row.change(numbers().generate(in)).changeInterval(maybeInterval(in));
                    if (coin(in)) {
                        row.trend(pick(in, List.of(Trend.values())));
                    }
                }
            }
            return row.build();
        };
    }

    static Gen<DisclosureRules> disclosures() {
        return Generate.pick(List.of(
                DisclosureRules.standard(),
                DisclosureRules.none(),
                DisclosureRules.standard().rounded(5, nl.welfare.indicators.disclosure.RoundingKey.generate()),
                DisclosureRules.of(20, 9)));
    }

    static Gen<IndicatorTable> tables() {
        return in -> {
            int size = integers().between(0, 25).generate(in);
            List<IndicatorResult> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                rows.add(results().generate(in));
            }
            return IndicatorTable.of(rows, disclosures().generate(in));
        };
    }
}
