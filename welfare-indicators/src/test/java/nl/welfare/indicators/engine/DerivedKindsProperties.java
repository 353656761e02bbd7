package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * {@code CHANGE} and {@code THRESHOLD_SHARE} agree with a naive oracle: plain loops over the initiatives that count
 * who is active and resident-led per neighbourhood and period, the change as the difference of the two shares, and the
 * threshold share by the Wilson lower bound written out here.
 */
@DisplayName("Changes and threshold shares on random data")
class DerivedKindsProperties {

    private static final AreaCode[] NEIGHBOURHOODS = {EngineFixtures.N1, EngineFixtures.N2, EngineFixtures.S1};
    private static final double THRESHOLD = 0.5;
    private static final double Z95 = 1.959963984540054;
    private static final IndicatorId BASE = ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id();

    private static final IndicatorDefinition CHANGE = EngineFixtures.define(
            "resident-led-change", Polarity.HIGHER_IS_BETTER, StatisticalUnit.OTHER, Measure.Change.of(BASE));
    private static final IndicatorDefinition THRESHOLD_SHARE = EngineFixtures.define(
            "neighbourhoods-half-resident-led",
            Polarity.HIGHER_IS_BETTER,
            StatisticalUnit.OTHER,
            Measure.ThresholdShare.of(BASE, AreaLevel.NEIGHBOURHOOD, THRESHOLD));

    /** The neighbourhoods of each reported cell. */
    private static final Map<String, List<AreaCode>> CELLS = Map.of(
            "GM0153", List.of(NEIGHBOURHOODS),
            "WK015301", List.of(EngineFixtures.N1, EngineFixtures.N2),
            "WK015302", List.of(EngineFixtures.S1));

    private record Case(List<Initiative> initiatives, ReportingPeriod baseline) {}

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static Gen<Case> cases() {
        return in -> {
            int[] residentShare = {between(in, 0, 10), between(in, 0, 10), between(in, 0, 10)};
            List<Initiative> initiatives = new ArrayList<>();
            int n = between(in, 0, 90);
            for (int i = 0; i < n; i++) {
                int where = between(in, 0, 2);
                LocalDate started = LocalDate.of(2017, 1, 1).plusDays(between(in, 0, 6 * 365));
                initiatives.add(Initiative.builder()
                        .id(InitiativeId.of("i" + i))
                        .name("initiative " + i)
                        .area(NEIGHBOURHOODS[where])
                        .lead(
                                between(in, 1, 10) <= residentShare[where]
                                        ? InitiativeLead.RESIDENTS
                                        : between(in, 0, 1) == 0 ? InitiativeLead.JOINT : InitiativeLead.PROFESSIONALS)
                        .started(started)
                        .ended(
                                between(in, 0, 2) == 0
                                        ? Optional.of(started.plusDays(between(in, 0, 900)))
                                        : Optional.empty())
                        .build());
            }
            return new Case(initiatives, ReportingPeriod.year(between(in, 0, 1) == 0 ? 2018 : 2020));
        };
    }

    /** Active in {@code period}, in {@code areas}: {resident-led, all}. */
    private static long[] count(List<Initiative> initiatives, List<AreaCode> areas, ReportingPeriod period) {
        long k = 0;
        long n = 0;
        for (Initiative i : initiatives) {
            boolean active = !i.started().isAfter(period.end())
                    && (i.ended().isEmpty() || !i.ended().get().isBefore(period.start()));
            if (active && areas.contains(i.area())) {
                n++;
                if (i.lead() == InitiativeLead.RESIDENTS) {
                    k++;
                }
            }
        }
        return new long[] {k, n};
    }

    private static double wilsonLower(long k, long n) {
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return k == 0 ? 0 : Math.min(p, Math.max(0, centre - half));
    }

    @Test
    @DisplayName("agree with plain loops on every count, sample size and status")
    void agreeWithNaiveOracle() {
        qt().withExamples(150).forAll(cases()).checkAssert(c -> {
            Dataset.Builder data = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
            c.initiatives().forEach(data::add);
            IndicatorTable table = IndicatorEngine.evaluate(
                    List.of(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, CHANGE, THRESHOLD_SHARE),
                    data.present(nl.welfare.indicators.definition.FactType.INITIATIVES)
                            .build(),
                    EvaluationQuery.builder()
                            .period(ReportingPeriod.years(2019, 2022))
                            .level(AreaLevel.DISTRICT)
                            .granularity(PeriodGranularity.YEAR)
                            .baseline(c.baseline())
                            .build());
            for (ReportingPeriod period : ReportingPeriod.years(2019, 2022).split(PeriodGranularity.YEAR)) {
                for (Map.Entry<String, List<AreaCode>> cell : CELLS.entrySet()) {
                    String where = cell.getKey() + " " + period + " since " + c.baseline();
                    long[] now = count(c.initiatives(), cell.getValue(), period);
                    long[] then = count(c.initiatives(), cell.getValue(), c.baseline());
                    IndicatorResult change =
                            table.find(CHANGE.id(), cell.getKey(), period).get();
                    // only a period wholly after the baseline has a change (the contract: none for the baseline
                    // itself or what lies before it)
                    boolean after = period.start().isAfter(c.baseline().end());
                    if (after && now[1] > 0 && then[1] > 0) {
                        assertEquals(ResultStatus.OK, change.status(), where);
                        assertEquals(Optional.of(now[1] + then[1]), change.sampleSize(), where);
                        assertEquals(
                                (double) now[0] / now[1] - (double) then[0] / then[1],
                                change.value().get(),
                                1e-12,
                                where);
                    } else {
                        assertEquals(ResultStatus.NO_DATA, change.status(), where);
                    }
                    long achieved = 0;
                    long assessable = 0;
                    for (AreaCode neighbourhood : cell.getValue()) {
                        long[] kn = count(c.initiatives(), List.of(neighbourhood), period);
                        if (kn[1] > 0) {
                            assessable++;
                            if (wilsonLower(kn[0], kn[1]) >= THRESHOLD) {
                                achieved++;
                            }
                        }
                    }
                    IndicatorResult share = table.find(THRESHOLD_SHARE.id(), cell.getKey(), period)
                            .get();
                    if (assessable > 0) {
                        assertEquals(ResultStatus.OK, share.status(), where);
                        assertEquals(Optional.of((double) achieved), share.numerator(), where);
                        assertEquals(Optional.of((double) assessable), share.denominator(), where);
                    } else {
                        assertEquals(ResultStatus.NO_DATA, share.status(), where);
                    }
                }
            }
        });
    }
}
