package nl.welfare.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.welfare.adapters.files.datapackage.DataPackageRead;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.json.TargetsJson;
import nl.welfare.adapters.files.results.ResultsReader;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Trend;
import nl.welfare.testkit.contracts.FigureSourceContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end on a smaller Enschede reference (40,000 residents, the default seed; the reference's minimums
 * per neighbourhood keep every borough cell publishable): the outcomes the sources report show in what it computed
 * inside the database, that equals the in-memory engine on the package it wrote, and nothing about persons in its
 * output breaks the disclosure rules.
 */
@DisplayName("welfare demo: the reference, computed in the database, shows the sources' outcomes")
class DemoTest {

    @TempDir
    static Path folder;

    private static Demo.Outcome outcome;

    @BeforeAll
    static void run() {
        outcome = Demo.run(new Demo.Settings(folder, 40_000, 20180101L), line -> {});
    }

    private static IndicatorResult result(IndicatorDefinition indicator, String borough, int year) {
        return outcome.table()
                .find(indicator.id(), borough, ReportingPeriod.year(year))
                .getOrElseThrow(() -> new AssertionError(indicator.id() + " " + borough + " " + year));
    }

    private static double value(IndicatorDefinition indicator, String borough, int year) {
        IndicatorResult r = result(indicator, borough, year);
        assertEquals(ResultStatus.OK, r.status(), r.toString());
        return r.value().orElseThrow();
    }

    @Test
    @DisplayName(
            "Oost: residents lead about 80% of the initiatives, the interval holds 0.8, the target is inconclusive")
    void residentLed() {
        for (int year = Demo.FROM; year <= Demo.TO; year++) {
            IndicatorResult r = result(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, "OOST", year);
            double share = value(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, "OOST", year);
            Interval interval = r.interval().orElseThrow();
            assertTrue(share > 0.65 && share < 0.95, year + ": " + share);
            assertTrue(interval.lower() < 0.8 && interval.upper() > 0.8, year + ": " + interval);
            assertEquals(0.8, r.target().orElseThrow(), 0.0, "the demo's target");
            assertEquals(AssessmentOutcome.INCONCLUSIVE, r.assessment().orElseThrow(), year + ": " + r);
        }
    }

    @Test
    @DisplayName("Oost: individual cases fall, collective support, safety, cohesion and awareness rise against 2018")
    void oostTrends() {
        for (IndicatorDefinition improved : List.of(
                ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000,
                ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000,
                ReferenceCatalogue.FEELS_SAFE,
                ReferenceCatalogue.SOCIAL_COHESION,
                ReferenceCatalogue.PROVISION_AWARENESS)) {
            assertEquals(
                    Trend.IMPROVED,
                    result(improved, "OOST", Demo.TO).trend().orElseThrow(),
                    improved.id().value());
        }
        assertTrue(value(ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000, "OOST", Demo.TO)
                < value(ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000, "OOST", Demo.FROM));
        assertTrue(value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", Demo.TO)
                > value(ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000, "OOST", Demo.FROM));
        assertTrue(value(ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED, "OOST", 2019)
                > value(ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED, "OOST", 2018));
    }

    @Test
    @DisplayName("Noord: the initiatives' network connects after 2018; Centrum's ladder moves slowly")
    void noordAndCentrum() {
        // A quarter of the reference's residents draw a quarter of its initiatives: the direction shows, while the
        // significance needs the whole reference (ReferenceOutcomesTest).
        assertTrue(value(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", Demo.TO)
                > value(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", Demo.FROM) + 0.2);
        assertTrue(value(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", Demo.TO) > 0.6);
        assertTrue(result(ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS, "NOORD", Demo.TO)
                        .trend()
                        .orElseThrow()
                != Trend.WORSENED);
        for (int year = Demo.FROM; year <= Demo.TO; year++) {
            double progress = value(ReferenceCatalogue.PARTICIPATION_LADDER_PROGRESS, "CENTRUM", year);
            assertTrue(progress > 0.1 && progress < 0.5, year + ": " + progress);
        }
    }

    @Test
    @DisplayName("West and Zuid, outside the commission: no significant change in the survey's feeling of safety")
    void comparisonAreas() {
        for (String borough : List.of("WEST", "ZUID")) {
            assertEquals(
                    Trend.NO_SIGNIFICANT_CHANGE,
                    result(ReferenceCatalogue.FEELS_SAFE, borough, Demo.TO)
                            .trend()
                            .orElseThrow(),
                    borough);
        }
    }

    @Test
    @DisplayName("computed in the database, the table is the in-memory engine's on the package it wrote")
    void sameAsInMemory() {
        IndicatorTable memory = IndicatorEngine.evaluate(
                ReferenceCatalogue.all().toJavaList(),
                DataPackageReader.read(outcome.settings().packageFolder()),
                Demo.query(Demo.targets()));
        FigureSourceContract.assertSameTable(memory, outcome.table(), "the demo");
    }

    @Test
    @DisplayName("nothing about persons breaks the disclosure rules: every published person cell has 10 or more")
    void disclosure() throws IOException {
        Set<IndicatorId> persons = ReferenceCatalogue.all()
                .filter(d -> d.statisticalUnit() == StatisticalUnit.PERSONS)
                .map(IndicatorDefinition::id)
                .toJavaSet();
        assertTrue(outcome.table().disclosure().enabled(), "the standard rules");
        int minimum = outcome.table().disclosure().minimum();
        int published = 0;
        for (IndicatorResult r : outcome.table().results()) {
            if (!persons.contains(r.indicator())) {
                continue;
            }
            if (r.status() == ResultStatus.OK) {
                assertTrue(r.sampleSize().orElseThrow() >= minimum, r.toString());
                published++;
            } else {
                assertTrue(r.value().isEmpty() && r.numerator().isEmpty(), "no figure in " + r);
            }
        }
        assertTrue(published > 0, "person cells published");
        // what was written is what was computed, suppressed cells without a number
        List<IndicatorResult> read =
                ResultsReader.readFile(outcome.settings().resultsFile()).toJavaList();
        assertEquals(outcome.table().size(), read.size());
        for (IndicatorResult r : read) {
            if (r.status() != ResultStatus.OK) {
                assertTrue(r.value().isEmpty() && r.numerator().isEmpty(), r.toString());
            }
        }
    }

    @Test
    @DisplayName("it writes a valid package, its targets, results and the summary it prints")
    void written() throws IOException {
        DataPackageRead read = DataPackageReader.validate(outcome.settings().packageFolder());
        assertFalse(read.hasErrors(), () -> read.errors().toString());
        assertEquals(Demo.targets(), TargetsJson.read(outcome.settings().targetsFile()));
        assertTrue(Files.size(Path.of(outcome.settings().database() + ".mv.db")) > 0);
        List<String> summary = Files.readAllLines(outcome.settings().summaryFile(), StandardCharsets.UTF_8);
        assertEquals(DemoSummary.lines(outcome.table()), summary);
        String text = String.join("\n", summary);
        for (String borough : List.of("Noord", "Oost", "Centrum", "West", "Zuid")) {
            assertTrue(text.contains("\n" + borough + ": "), borough);
        }
        assertTrue(text.contains("Resident-led initiatives"), text);
        assertTrue(
                summary.stream()
                                .filter(l -> l.contains("Resident-led initiatives"))
                                .count()
                        == 5,
                "one line per borough");
        Set<String> goals =
                DemoSummary.byGoal().keySet().stream().map(g -> g.name()).collect(Collectors.toSet());
        assertEquals(5, goals.size(), "the policy's five goals");
    }
}
