package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * On random data, every row's comparison with its benchmark is what the results contract (docs/results-formats.md)
 * says, worked out here in plain loops from the table's own published rows: the benchmark area from the CBS codes
 * (a neighbourhood {@code BU01530101} and a district {@code WK015301} lie in {@code GM0153}), both rows published with
 * an interval, the polarity, and the intervals' bounds.
 */
@DisplayName("The comparison of every row with its benchmark, on random data")
class BenchmarkComparisonProperties {

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            ReferenceCatalogue.FEELS_SAFE,
            ReferenceCatalogue.LONELINESS,
            ReferenceCatalogue.PLEASANT_TO_LIVE_MEAN,
            ReferenceCatalogue.VOLUNTEERS,
            ReferenceCatalogue.RESIDENTS_PARTICIPATING_PER_1000,
            ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
            ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO);

    /** A distinct count grows with its area, and a ratio has no interval: never compared, says the contract. */
    private static final Set<String> NOT_COMPARABLE = Set.of("volunteers", "collective-to-individual-ratio");

    private static EvaluationQuery query(DisclosureRules rules, AreaLevel benchmark) {
        return EvaluationQuery.builder()
                .period(ReportingPeriod.years(2019, 2022))
                .level(AreaLevel.NEIGHBOURHOOD)
                .grouping("borough")
                .granularity(PeriodGranularity.YEAR)
                .disclosure(rules)
                .benchmarkLevel(benchmark)
                .build();
    }

    /** The benchmark of a row by the contract, from the codes alone; null for none. */
    private static String benchmarkOf(IndicatorResult r, AreaLevel benchmark) {
        String code = r.area();
        if (benchmark == AreaLevel.MUNICIPALITY) {
            if (r.areaLevel().equals("borough")) {
                // the boroughs WEST (N1, S1) and EAST (N2) of the generated data both lie in GM0153
                return "GM0153";
            }
            return code.startsWith("BU") || code.startsWith("WK") ? "GM" + code.substring(2, 6) : null;
        }
        return code.startsWith("BU") ? "WK" + code.substring(2, 8) : null;
    }

    private static Polarity polarity(IndicatorResult r) {
        for (IndicatorDefinition d : DEFINITIONS) {
            if (d.id().equals(r.indicator())) {
                return d.polarity();
            }
        }
        throw new AssertionError(r.indicator());
    }

    private static BenchmarkComparison expected(IndicatorTable table, IndicatorResult r, String benchmark) {
        if (benchmark == null
                || r.status() != ResultStatus.OK
                || r.interval().isEmpty()
                || NOT_COMPARABLE.contains(r.indicator().value())
                || polarity(r) == Polarity.NEUTRAL) {
            return BenchmarkComparison.NOT_COMPARED;
        }
        IndicatorResult b = table.find(r.indicator(), benchmark, r.period()).get();
        if (b.status() != ResultStatus.OK || b.interval().isEmpty()) {
            return BenchmarkComparison.NOT_COMPARED;
        }
        double lo = r.interval().get().lower();
        double hi = r.interval().get().upper();
        double blo = b.interval().get().lower();
        double bhi = b.interval().get().upper();
        boolean higherIsBetter = polarity(r) == Polarity.HIGHER_IS_BETTER;
        if (lo > bhi) {
            return higherIsBetter ? BenchmarkComparison.BETTER : BenchmarkComparison.WORSE;
        }
        if (hi < blo) {
            return higherIsBetter ? BenchmarkComparison.WORSE : BenchmarkComparison.BETTER;
        }
        return BenchmarkComparison.SIMILAR;
    }

    private static void check(IndicatorTable table, AreaLevel level) {
        for (IndicatorResult r : table.results()) {
            String benchmark = benchmarkOf(r, level);
            assertEquals(Optional.ofNullable(benchmark), r.benchmarkArea(), () -> "benchmark area of " + r);
            BenchmarkComparison want = expected(table, r, benchmark);
            assertEquals(want, r.benchmarkComparison(), () -> "comparison of " + r);
            assertEquals(
                    want.compared() ? Optional.of(ComparisonMethod.NON_OVERLAPPING_INTERVALS) : Optional.empty(),
                    r.comparisonMethod(),
                    () -> "method of " + r);
        }
    }

    @Test
    @DisplayName("compares each area with its municipality by non-overlapping intervals, as the contract says")
    void municipality() {
        java.util.EnumMap<BenchmarkComparison, Integer> seen = new java.util.EnumMap<>(BenchmarkComparison.class);
        qt().withExamples(40).forAll(PublicationProperties.datasets()).checkAssert(dataset -> {
            check(evaluate(dataset, DisclosureRules.standard(), AreaLevel.MUNICIPALITY), AreaLevel.MUNICIPALITY);
            IndicatorTable open = evaluate(dataset, DisclosureRules.none(), AreaLevel.MUNICIPALITY);
            check(open, AreaLevel.MUNICIPALITY);
            open.results().forEach(r -> seen.merge(r.benchmarkComparison(), 1, Integer::sum));
        });
        // the random data reach every outcome, so that the oracle is held to each
        for (BenchmarkComparison c : BenchmarkComparison.values()) {
            assertTrue(seen.getOrDefault(c, 0) > 0, () -> "no " + c + " in " + seen);
        }
    }

    @Test
    @DisplayName("compares each neighbourhood with its district under --benchmark district, and nothing else")
    void district() {
        qt().withExamples(30).forAll(PublicationProperties.datasets()).checkAssert(dataset -> {
            check(evaluate(dataset, DisclosureRules.standard(), AreaLevel.DISTRICT), AreaLevel.DISTRICT);
        });
    }

    @Test
    @DisplayName("compares under disclosure control only published rows with published benchmarks, as without it")
    void disclosureChangesOnlyWhatIsWithheld() {
        qt().withExamples(40).forAll(PublicationProperties.datasets()).checkAssert(dataset -> {
            IndicatorTable open = evaluate(dataset, DisclosureRules.none(), AreaLevel.MUNICIPALITY);
            IndicatorTable safe = evaluate(dataset, DisclosureRules.standard(), AreaLevel.MUNICIPALITY);
            for (IndicatorResult r : safe.results()) {
                if (!r.benchmarkComparison().compared()) {
                    continue;
                }
                IndicatorResult b = safe.find(r.indicator(), r.benchmarkArea().get(), r.period())
                        .get();
                assertEquals(ResultStatus.OK, r.status());
                assertEquals(ResultStatus.OK, b.status(), "never compared with a suppressed benchmark");
                // both published unrounded: the same numbers as without control, so the same comparison
                assertEquals(
                        open.find(r.indicator(), r.area(), r.period()).get().benchmarkComparison(),
                        r.benchmarkComparison());
            }
            long suppressedCompared = safe.results()
                    .filter(r -> r.status() != ResultStatus.OK
                            && r.benchmarkComparison().compared())
                    .size();
            assertTrue(suppressedCompared == 0);
        });
    }

    private static IndicatorTable evaluate(Dataset dataset, DisclosureRules rules, AreaLevel level) {
        return IndicatorEngine.evaluate(DEFINITIONS, dataset, query(rules, level));
    }
}
