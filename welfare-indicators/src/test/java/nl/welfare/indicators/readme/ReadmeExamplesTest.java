package nl.welfare.indicators.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Difference;
import nl.welfare.indicators.stats.Differences;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.stats.Proportions;
import nl.welfare.indicators.target.Assessment;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Assessor;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;
import nl.welfare.indicators.target.Trend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's indicator examples; the README test of welfare-domain checks that the README shows them verbatim. */
@DisplayName("The README's indicator examples")
class ReadmeExamplesTest {

    @Test
    @DisplayName("judge '80% of initiatives are resident-led' honestly")
    void residentLed() {
        // tag::statistics[]
        // 41 of the 48 initiatives active in Oost in 2019 are led by residents: 85%, but how sure is that?
        Estimate share = Proportions.wilson(41, 48, ConfidenceLevel.DEFAULT).get(); // 0.854, 95% CI 0.728-0.928
        Assessment against80 = Assessor.assess(
                ReferenceCatalogue.RESIDENT_LED_INITIATIVES.polarity(), // a PROPORTION, higher is better
                ReferenceCatalogue.RESIDENT_LED_TARGET, // at least 0.80
                share.value(),
                share.interval().get().lower(),
                share.interval().get().upper()); // INCONCLUSIVE: the interval still contains 0.80

        // The share who feel safe (wl04), 2018 against 2021: did it rise, or is it noise?
        Difference change = Differences.ofProportions(312, 400, 281, 400, ConfidenceLevel.DEFAULT)
                .get(); // +0.078, 95% CI 0.017-0.137: it excludes 0
        Option<Trend> trend = Trend.of(
                Polarity.HIGHER_IS_BETTER,
                change.interval().lower(),
                change.interval().upper()); // Some(IMPROVED)
        // end::statistics[]

        assertEquals(IndicatorKind.PROPORTION, ReferenceCatalogue.RESIDENT_LED_INITIATIVES.kind());
        assertEquals(0.8542, share.value(), 1e-4);
        assertEquals(0.7283, share.interval().get().lower(), 1e-4);
        assertEquals(0.9275, share.interval().get().upper(), 1e-4);
        assertEquals(AssessmentOutcome.INCONCLUSIVE, against80.outcome());
        assertEquals(0.0775, change.value(), 1e-4);
        assertTrue(change.significant());
        assertEquals(0.0168, change.interval().lower(), 1e-4);
        assertEquals(0.1375, change.interval().upper(), 1e-4);
        assertEquals(Option.some(Trend.IMPROVED), trend);
    }

    @Test
    @DisplayName("compute the share of resident-led initiatives per district and for the municipality")
    void computing() {
        // The README's quickstart: its area hierarchy and its two initiatives, kept in a store.
        AreaHierarchy enschede = AreaHierarchy.of(
                Year.of(2022),
                List.of(
                        Area.of(AreaCode.of("GM0153"), "Enschede"),
                        Area.of(AreaCode.of("WK015300"), "Wijk 00 Binnensingelgebied"),
                        Area.of(AreaCode.of("BU01530000"), "City"),
                        Area.of(AreaCode.of("BU01530004"), "Hogeland-Noord"),
                        Area.of(AreaCode.of("WK015301"), "Wijk 01 Hogeland - Velve"),
                        Area.of(AreaCode.of("BU01530101"), "Wooldrik")));
        Initiatives initiatives = InMemoryStores.initiatives();
        initiatives.saveAll(List.of(
                Initiative.builder()
                        .id(InitiativeId.of("buurtkamer-wooldrik"))
                        .name("Buurtkamer Wooldrik")
                        .area(AreaCode.of("BU01530101"))
                        .lead(InitiativeLead.RESIDENTS)
                        .started(LocalDate.of(2018, 9, 1))
                        .build(),
                Initiative.builder()
                        .id(InitiativeId.of("speeltuin"))
                        .name("Speeltuin City")
                        .area(AreaCode.of("BU01530000"))
                        .lead(InitiativeLead.JOINT)
                        .started(LocalDate.of(2019, 5, 1))
                        .build()));
        // tag::computing[]
        Dataset.Builder data = Dataset.builder().hierarchy(enschede);
        initiatives.all().forEach(data::add); // or read a data package
        Dataset dataset = data.build();

        IndicatorId residentLed = ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id();
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, ReferenceCatalogue.VOLUNTEERS),
                dataset,
                EvaluationQuery.builder()
                        .period(ReportingPeriod.parse("2018/2019").get())
                        .level(AreaLevel.DISTRICT) // districts and every level above: the municipality
                        .granularity(PeriodGranularity.YEAR)
                        .baseline(ReportingPeriod.year(2018)) // every result gets its change since 2018
                        .targets(Targets.of(List.of(Target.of(
                                residentLed,
                                TargetScope.area(AreaCode.of("GM0153")),
                                ReportingPeriod.year(2019),
                                0.8))))
                        .build()); // disclosure control is on unless you pass .disclosure(DisclosureRules.none())

        IndicatorResult enschede2019 =
                table.find(residentLed, "GM0153", ReportingPeriod.year(2019)).get();
        // status OK, numerator 1, denominator 2, value 0.5, interval 0.095-0.905: computed from the facts of the
        // whole municipality, never by averaging its districts; change -0.5 since 2018, interval -0.905 to 0.391
        // (NO_SIGNIFICANT_CHANGE); against the target of 80%: INCONCLUSIVE. Two initiatives prove little.
        IndicatorResult volunteers = table.find(
                        ReferenceCatalogue.VOLUNTEERS.id(), "GM0153", ReportingPeriod.year(2019))
                .get();
        // status NO_DATA: this dataset has no participations, which is not the same as zero volunteers
        // end::computing[]
        assertEquals(ResultStatus.NO_DATA, volunteers.status());
        assertEquals(Optional.of(-0.5), enschede2019.change());
        assertEquals(-0.905, enschede2019.changeInterval().get().lower(), 1e-3);
        assertEquals(0.391, enschede2019.changeInterval().get().upper(), 1e-3);
        assertEquals(Optional.of(Trend.NO_SIGNIFICANT_CHANGE), enschede2019.trend());
        assertEquals(Optional.of(AssessmentOutcome.INCONCLUSIVE), enschede2019.assessment());
        assertEquals(DisclosureRules.standard(), table.disclosure());
        assertEquals(ResultStatus.OK, enschede2019.status());
        assertEquals(Optional.of(1.0), enschede2019.numerator());
        assertEquals(Optional.of(2.0), enschede2019.denominator());
        assertEquals(0.5, enschede2019.value().get(), 1e-12);
        assertEquals(0.095, enschede2019.interval().get().lower(), 1e-3);
        assertEquals(0.905, enschede2019.interval().get().upper(), 1e-3);
        assertEquals(3 * 2, table.results(residentLed).size());
    }
}
