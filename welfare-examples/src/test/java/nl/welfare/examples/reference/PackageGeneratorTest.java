package nl.welfare.examples.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.welfare.adapters.files.datapackage.DataPackageRead;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.indicators.dataset.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The generator of synthetic data packages")
class PackageGeneratorTest {

    private static final PackageGenerator.Settings SMALL_ENSCHEDE =
            PackageGenerator.Settings.reference().withResidents(12_000);

    private static final PackageGenerator.Settings SMALL_COUNTRY =
            PackageGenerator.Settings.reference().country().withResidents(20_000);

    /** The resources whose rows are drawn per resident (or per respondent), which grow with the residents. */
    private static final List<String> PER_PERSON = List.of(
            "residents",
            "participations",
            "ladder_assessments",
            "self_reliance_assessments",
            "support_episodes",
            "survey_responses");

    @Test
    @DisplayName("writes the same files, byte for byte, for the same settings, and others for another seed")
    void deterministic(@TempDir Path dir) throws IOException {
        PackageGenerator.generate(SMALL_ENSCHEDE, dir.resolve("one"), line -> {});
        PackageGenerator.generate(SMALL_ENSCHEDE, dir.resolve("two"), line -> {});
        PackageGenerator.generate(SMALL_ENSCHEDE.withSeed(7), dir.resolve("other"), line -> {});
        List<String> files = names(dir.resolve("one"));
        assertEquals(files, names(dir.resolve("two")));
        assertEquals(15, files.size(), files.toString()); // 14 resources and the descriptor
        for (String file : files) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("one").resolve(file)),
                    Files.readAllBytes(dir.resolve("two").resolve(file)),
                    file);
        }
        assertFalse(
                java.util.Arrays.equals(
                        Files.readAllBytes(dir.resolve("one").resolve("survey_responses.csv")),
                        Files.readAllBytes(dir.resolve("other").resolve("survey_responses.csv"))),
                "another seed draws other answers");
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("one").resolve("areas.csv")),
                Files.readAllBytes(dir.resolve("other").resolve("areas.csv")),
                "the areas are CBS's whatever the seed");
    }

    @Test
    @DisplayName("writes the Enschede reference as a valid package with the real structure and the story")
    void enschedeIsValid(@TempDir Path dir) {
        PackageGenerator.Summary summary = PackageGenerator.generate(SMALL_ENSCHEDE, dir, line -> {});
        DataPackageRead read = DataPackageReader.validate(dir);
        assertFalse(read.hasErrors(), () -> read.errors().take(5).mkString("\n"));
        Dataset dataset = read.orElseThrow();

        assertEquals(81, summary.areas());
        assertEquals(1, dataset.hierarchy().areas(AreaLevel.MUNICIPALITY).size());
        assertEquals(10, dataset.hierarchy().areas(AreaLevel.DISTRICT).size());
        assertEquals(70, dataset.hierarchy().areas(AreaLevel.NEIGHBOURHOOD).size());
        assertEquals(12_000, summary.rows("residents"));
        assertEquals(
                List.of("CENTRUM", "NOORD", "OOST", "WEST", "ZUID"),
                dataset.groupings().head().groups().stream()
                        .map(g -> g.code())
                        .sorted()
                        .toList());

        Set<String> initiatives = new HashSet<>();
        for (int row = 0;
                row
                        < dataset.table(nl.welfare.indicators.definition.FactType.INITIATIVES)
                                .size();
                row++) {
            initiatives.add(dataset.initiative(row).id().value());
        }
        EnschedeReference.NOORD_INITIATIVES.forEach(i -> assertTrue(initiatives.contains(i.id().value()), i.name()));
        Set<String> links = new HashSet<>();
        for (int row = 0;
                row
                        < dataset.table(nl.welfare.indicators.definition.FactType.INITIATIVE_LINKS)
                                .size();
                row++) {
            InitiativeLink link = dataset.initiativeLink(row);
            links.add(link.initiative().value() + "|" + link.otherInitiative().value() + "|" + link.since());
        }
        for (InitiativeLink link : EnschedeReference.NOORD_LINKS) {
            assertTrue(
                    links.contains(link.initiative().value() + "|"
                            + link.otherInitiative().value() + "|" + link.since()),
                    link.toString());
            assertEquals(2018, link.since().getYear());
        }
        assertEquals(EnschedeReference.SHELTER_MEN, dataset.cohortMemberships().size());
        assertTrue(EnschedeReference.SHELTER_MEN > 50, "a little over 50 men");
    }

    @Test
    @DisplayName("writes a valid package of the whole country, and of another municipality without the story")
    void countryAndOtherMunicipalityAreValid(@TempDir Path dir) {
        PackageGenerator.Summary country = PackageGenerator.generate(SMALL_COUNTRY, dir.resolve("nl"), line -> {});
        DataPackageRead read = DataPackageReader.validate(dir.resolve("nl"));
        assertFalse(read.hasErrors(), () -> read.errors().take(5).mkString("\n"));
        Dataset dataset = read.orElseThrow();
        assertEquals(18_003, country.areas());
        assertEquals(14_317, dataset.hierarchy().areas(AreaLevel.NEIGHBOURHOOD).size());
        assertEquals(345, dataset.hierarchy().areas(AreaLevel.MUNICIPALITY).size());
        assertEquals(1, dataset.groupings().size(), "Enschede keeps its boroughs");

        PackageGenerator.Settings hengelo =
                new PackageGenerator.Settings(3_000, 2019, 2021, 5, java.util.Optional.of(AreaCode.of("GM0164")));
        PackageGenerator.Summary other = PackageGenerator.generate(hengelo, dir.resolve("hengelo"), line -> {});
        DataPackageRead hengeloRead = DataPackageReader.validate(dir.resolve("hengelo"));
        assertFalse(hengeloRead.hasErrors(), () -> hengeloRead.errors().take(5).mkString("\n"));
        assertTrue(hengeloRead.orElseThrow().groupings().isEmpty());
        assertEquals(0, other.rows("cohorts"));
        assertEquals(
                nl.welfare.domain.time.ReportingPeriod.years(2018, 2021),
                hengeloRead.orElseThrow().years().get(),
                "facts in the years asked for, and the lead-in year before them");
    }

    @Test
    @DisplayName("grows linearly with the residents: twice the residents, about twice the rows per person")
    void linear(@TempDir Path dir) {
        PackageGenerator.Settings settings = SMALL_COUNTRY.withResidents(50_000);
        PackageGenerator.Summary one = PackageGenerator.generate(settings, dir.resolve("one"), line -> {});
        PackageGenerator.Summary two = PackageGenerator.generate(
                settings.withResidents(2 * settings.residents()), dir.resolve("two"), line -> {});
        for (String resource : PER_PERSON) {
            double ratio = (double) two.rows(resource) / one.rows(resource);
            assertTrue(ratio > 1.8 && ratio < 2.2, resource + ": " + one.rows(resource) + " -> " + two.rows(resource));
        }
        assertEquals(one.rows("areas"), two.rows("areas"));
        assertEquals(one.rows("area_populations"), two.rows("area_populations"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
