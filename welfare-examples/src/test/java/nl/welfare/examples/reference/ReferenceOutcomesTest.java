package nl.welfare.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.target.Trend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outcomes the sources report, computed by the reference catalogue from the generated Enschede reference (the
 * default settings), per borough and year with 2018 as the baseline, under the standard disclosure rules.
 */
@DisplayName("The generated Enschede reference shows the outcomes of the sources")
class ReferenceOutcomesTest {

    @TempDir
    static Path folder;

    private static Dataset dataset;
    private static IndicatorTable table;

    @BeforeAll
    static void compute() {
        PackageGenerator.generate(PackageGenerator.Settings.reference(), folder, line -> {});
        dataset = DataPackageReader.read(folder);
        table = IndicatorEngine.evaluate(
                ReferenceCatalogue.all().toJavaList(),
                dataset,
                EvaluationQuery.builder()
                        .period(ReportingPeriod.years(2018, 2022))
                        .level(AreaLevel.DISTRICT)
                        .grouping("borough")
                        .granularity(PeriodGranularity.YEAR)
                        .baseline(ReportingPeriod.year(2018))
                        .build());
    }

    private static IndicatorResult result(IndicatorDefinition indicator, String area, int year) {
        return table.find(indicator.id(), area, ReportingPeriod.year(year))
                .getOrElseThrow(() -> new AssertionError(indicator.id() + " " + area + " " + year));
    }

    private static double value(IndicatorDefinition indicator, String area, int year) {
        IndicatorResult r = result(indicator, area, year);
        assertEquals(ResultStatus.OK, r.status(), r.toString());
        return r.value().orElseThrow();
    }

    @Test
    @DisplayName("every person cell of every borough and district and year is published (OK)")
    void personCellsPublished() {
        Set<IndicatorDefinition> persons = new HashSet<>();
        ReferenceCatalogue.all()
                .filter(d -> d.statisticalUnit() == StatisticalUnit.PERSONS)
                .forEach(persons::add);
        int checked = 0;
        for (IndicatorResult r : table.results()) {
            boolean person = persons.stream().anyMatch(d -> d.id().equals(r.indicator()));
            if (person && (r.areaLevel().equals("borough") || r.areaLevel().equals("district"))) {
                assertEquals(ResultStatus.OK, r.status(), r.toString());
                checked++;
            }
        }
        assertEquals(persons.size() * (5 + 10) * 5, checked, "5 boroughs and 10 districts, 5 years");
    }

    @Test
    @DisplayName("Oost: residents lead about 80% of the initiatives, every year")
    void residentLed() {
        for (int year = 2018; year <= 2022; year++) {
            IndicatorResult r = result(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, "OOST", year);
            double share = value(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, "OOST", year);
            assertTrue(share > 0.72 && share < 0.88, year + ": " + share);
            assertTrue(
                    r.interval().orElseThrow().lower() < 0.8
                            && r.interval().orElseThrow().upper() > 0.8,
                    year + ": the interval holds 0.8: " + r.interval());
        }
        assertTrue(value(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, "WEST", 2022) < 0.7, "elsewhere fewer");
    }

    @Test
    @DisplayName("Oost: new individual cases fall while collective support rises, against 2018")
    void shiftToCollective() {
        assertEquals(Trend.IMPROVED, trend(ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000, "OOST", 2022));
        assertTrue(value(ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000, "OOST", 2022)
                < value(ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000, "OOST", 2018));
        assertEquals(Trend.IMPROVED, trend(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", 2022));
        assertTrue(value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", 2022)
                > value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", 2018));
        double oost = value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", 2022)
                / value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", 2018);
        assertTrue(oost > 1.5, "Oost: " + oost);
        for (String comparison : List.of("WEST", "ZUID")) {
            double there = value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, comparison, 2022)
                    / value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, comparison, 2018);
            assertTrue(there < 1.15, comparison + ", a comparison area: " + there);
        }
    }

    @Test
    @DisplayName("Oost: the feeling of safety, social cohesion and awareness of special transport rise")
    void oostSurvey() {
        for (IndicatorDefinition d : List.of(
                ReferenceCatalogue.FEELS_SAFE,
                ReferenceCatalogue.SOCIAL_COHESION,
                ReferenceCatalogue.PROVISION_AWARENESS)) {
            assertEquals(Trend.IMPROVED, trend(d, "OOST", 2022), d.id().value());
            assertTrue(value(d, "OOST", 2022) > value(d, "OOST", 2018), d.id().value());
            assertEquals(Trend.NO_SIGNIFICANT_CHANGE, trend(d, "ZUID", 2022), d.id().value() + " in Zuid, outside it");
        }
    }

    @Test
    @DisplayName("Oost: the district teams' collective offer grows at the end of 2018")
    void collectiveOffer() {
        assertTrue(value(ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED, "OOST", 2019)
                > value(ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED, "OOST", 2018));
        IndicatorTable quarters = IndicatorEngine.evaluate(
                List.of(ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED),
                dataset,
                EvaluationQuery.builder()
                        .period(ReportingPeriod.year(2018))
                        .grouping("borough")
                        .granularity(PeriodGranularity.QUARTER)
                        .disclosure(DisclosureRules.none())
                        .build());
        double q3 = quarters.find(
                        ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED.id(),
                        "OOST",
                        ReportingPeriod.parse("2018-Q3").get())
                .get()
                .value()
                .orElseThrow();
        double q4 = quarters.find(
                        ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED.id(),
                        "OOST",
                        ReportingPeriod.parse("2018-Q4").get())
                .get()
                .value()
                .orElseThrow();
        assertTrue(q4 >= q3 + 5, "Q3 " + q3 + ", Q4 " + q4);
    }

    @Test
    @DisplayName("Noord: the initiatives, apart until 2018, are connected after it")
    void noordConnected() {
        double before = value(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", 2018);
        for (int year = 2020; year <= 2022; year++) {
            assertEquals(
                    Trend.IMPROVED,
                    trend(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", year),
                    "" + year);
            assertTrue(value(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", year) > before + 0.3);
        }
    }

    @Test
    @DisplayName("Centrum: the men of the shelter pilot move up the participation ladder, slowly")
    void shelterMen() {
        Set<String> men = new HashSet<>();
        for (int row = 0; row < dataset.cohortMemberships().size(); row++) {
            CohortMembership m = dataset.cohortMembership(row);
            assertEquals(EnschedeReference.SHELTER_PILOT, m.cohort());
            men.add(m.resident().value());
        }
        assertEquals(EnschedeReference.SHELTER_MEN, men.size());
        Map<String, int[]> firstAndLast = new HashMap<>(); // rung at the first and last assessment, by date order
        Map<String, java.time.LocalDate[]> dates = new HashMap<>();
        for (int row = 0; row < dataset.table(FactType.LADDER_ASSESSMENTS).size(); row++) {
            LadderAssessment a = dataset.ladderAssessment(row);
            String man = a.resident().value();
            if (!men.contains(man)) {
                continue;
            }
            int rung = a.rung().number();
            int[] rungs = firstAndLast.computeIfAbsent(man, m -> new int[] {rung, rung});
            java.time.LocalDate[] when =
                    dates.computeIfAbsent(man, m -> new java.time.LocalDate[] {a.date(), a.date()});
            if (a.date().isBefore(when[0])) {
                when[0] = a.date();
                rungs[0] = rung;
            }
            if (!a.date().isBefore(when[1])) {
                when[1] = a.date();
                rungs[1] = rung;
            }
        }
        int up = 0;
        int climbed = 0;
        for (int[] rungs : firstAndLast.values()) {
            up += rungs[1] > rungs[0] ? 1 : 0;
            climbed += rungs[1] - rungs[0];
        }
        int assessed = firstAndLast.size();
        assertTrue(assessed > 45, "assessed: " + assessed);
        assertTrue(up > assessed / 4, "progress is real: " + up + " of " + assessed + " moved up");
        double perMan = (double) climbed / assessed;
        assertTrue(perMan > 0.3 && perMan < 2.0, "but slow: " + perMan + " rungs per man over up to four years");
        assertFalse(value(ReferenceCatalogue.PARTICIPATION_LADDER_PROGRESS, "CENTRUM", 2022) > 0.5, "slowly");
    }

    private static Trend trend(IndicatorDefinition indicator, String area, int year) {
        IndicatorResult r = result(indicator, area, year);
        assertEquals(ResultStatus.OK, r.status(), r.toString());
        return r.trend().orElseThrow(() -> new AssertionError("no trend: " + r));
    }
}
