package nl.welfare.adapters.files.results;

import java.time.LocalDate;
import java.util.List;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Trend;

/**
 * A small results table built by hand, with a row of every shape: a count with a change and no interval, a weighted
 * share against a target with a tested change, a suppressed share against a target, a rate over a span of years, a
 * ratio with a tiny interval bound, a count without data, and a mean over a date range.
 */
final class ExampleTables {

    private ExampleTables() {}

    static final IndicatorResult VOLUNTEERS = IndicatorResult.builder()
            .indicator(IndicatorId.of("volunteers"))
            .area("GM0153")
            .areaLevel("municipality")
            .period(ReportingPeriod.year(2019))
            .status(ResultStatus.OK)
            .numerator(412.0)
            .sampleSize(412L)
            .value(412.0)
            .baselinePeriod(ReportingPeriod.year(2018))
            .change(37.0)
            .trend(Trend.IMPROVED)
            .build();

    static final IndicatorResult FEELS_SAFE = IndicatorResult.builder()
            .indicator(IndicatorId.of("feels-safe"))
            .area("WK015301")
            .areaLevel("district")
            .period(ReportingPeriod.quarter(2019, 2))
            .status(ResultStatus.OK)
            .numerator(163.5)
            .denominator(210.25)
            .sampleSize(214L)
            .value(0.7776)
            .interval(Interval.of(0.7131, 0.8305))
            .target(0.8)
            .assessment(AssessmentOutcome.INCONCLUSIVE)
            .baselinePeriod(ReportingPeriod.quarter(2018, 2))
            .change(0.05)
            .changeInterval(Interval.of(-0.0125, 0.1124))
            .trend(Trend.NO_SIGNIFICANT_CHANGE)
            .benchmarkArea("GM0153")
            .benchmarkComparison(BenchmarkComparison.SIMILAR)
            .comparisonMethod(ComparisonMethod.NON_OVERLAPPING_INTERVALS)
            .build();

    static final IndicatorResult FEELS_SAFE_SUPPRESSED = IndicatorResult.builder()
            .indicator(IndicatorId.of("feels-safe"))
            .area("BU01530101")
            .areaLevel("neighbourhood")
            .period(ReportingPeriod.quarter(2019, 2))
            .status(ResultStatus.SUPPRESSED)
            .target(0.8)
            .assessment(AssessmentOutcome.NOT_ASSESSABLE)
            .baselinePeriod(ReportingPeriod.quarter(2018, 2))
            .benchmarkArea("GM0153")
            .build();

    static final IndicatorResult SUPPORT_RATE = IndicatorResult.builder()
            .indicator(IndicatorId.of("individual-support-per-1000"))
            .area("GM0153")
            .areaLevel("municipality")
            .period(ReportingPeriod.years(2018, 2022))
            .status(ResultStatus.OK)
            .numerator(1234.0)
            .denominator(159703.0)
            .sampleSize(1234L)
            .value(7.7268)
            .interval(Interval.of(7.3, 8.17))
            .build();

    static final IndicatorResult RATIO = IndicatorResult.builder()
            .indicator(IndicatorId.of("collective-to-individual-ratio"))
            .area("oost")
            .areaLevel("borough")
            .period(ReportingPeriod.month(2019, 3))
            .status(ResultStatus.OK)
            .numerator(3.0)
            .denominator(250000.0)
            .sampleSize(250003L)
            .value(0.000012)
            .interval(Interval.of(0.0000025, 0.000035))
            .build();

    static final IndicatorResult PROVISIONS_NO_DATA = IndicatorResult.withoutNumbers(
            IndicatorId.of("collective-provisions-offered"),
            "WK015302",
            "district",
            ReportingPeriod.month(2019, 3),
            ResultStatus.NO_DATA);

    static final IndicatorResult PLEASANT_MEAN = IndicatorResult.builder()
            .indicator(IndicatorId.of("pleasant-to-live-mean"))
            .area("GM0153")
            .areaLevel("municipality")
            .period(ReportingPeriod.range(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 5, 1)))
            .status(ResultStatus.OK)
            .numerator(7391.5)
            .denominator(1000.0)
            .sampleSize(1003L)
            .value(7.3915)
            .interval(Interval.of(7.25, 7.533))
            .build();

    static final List<IndicatorResult> ROWS = List.of(
            VOLUNTEERS, FEELS_SAFE, FEELS_SAFE_SUPPRESSED, SUPPORT_RATE, RATIO, PROVISIONS_NO_DATA, PLEASANT_MEAN);

    /** The example rows after standard disclosure control. */
    static IndicatorTable standard() {
        return IndicatorTable.of(ROWS, DisclosureRules.standard());
    }

    /** The example rows, with disclosure control turned off by name. */
    static IndicatorTable withoutDisclosureControl() {
        return IndicatorTable.of(ROWS, DisclosureRules.none());
    }
}
