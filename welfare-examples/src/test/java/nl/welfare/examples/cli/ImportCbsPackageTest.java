package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import nl.welfare.adapters.files.datapackage.DataPackageRead;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.datapackage.DataPackageRules;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.examples.cli.CommandLineTest.Run;
import nl.welfare.indicators.dataset.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code welfare areas import-cbs --out DIR}: a data package started from a CBS region list, that validates. */
@DisplayName("areas import-cbs --out")
class ImportCbsPackageTest {

    private static final String CBS = "../welfare-adapters-files/src/test/resources/cbs/";

    private static final String ENSCHEDE = CBS + "CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv";

    private static final String KEY_FIGURES = CBS + "enschede_neighbourhood_population_c2013.csv";

    @TempDir
    Path dir;

    private static Dataset valid(Path folder) {
        Run validate = run("validate", folder.toString());
        assertEquals(Welfare.OK, validate.code(), validate.err());
        return DataPackageReader.read(folder);
    }

    @Test
    @DisplayName("writes areas.csv and a datapackage.json declaring it, which welfare validate accepts")
    void areasOnly() throws Exception {
        Path out = dir.resolve("enschede");
        Run run = run("areas", "import-cbs", ENSCHEDE, "--out", out.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("wrote " + out + ": datapackage.json, areas.csv"), run.out());
        try (var files = Files.list(out)) {
            assertEquals(
                    List.of("areas.csv", "datapackage.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("areas.csv")).startsWith("code,name,level,parent_code,population\r\n"));
        assertTrue(Files.readString(out.resolve("datapackage.json")).contains("\"vintage\" : 2022"));
        Run validate = run("validate", out.toString());
        assertEquals(Welfare.OK, validate.code(), validate.err());
        assertTrue(validate.out().contains("valid, 81 areas (vintage 2022)"), validate.out());
        assertEquals("", validate.err());
        Dataset dataset = DataPackageReader.read(out);
        assertEquals(70, dataset.hierarchy().areas(AreaLevel.NEIGHBOURHOOD).size());
        assertEquals(
                "Lasonder, Zeggelt",
                dataset.hierarchy().area(AreaCode.of("BU01530001")).get().name());
    }

    @Test
    @DisplayName("with --key-figures, also writes area_populations.csv: 70 neighbourhoods, 158,565 inhabitants in 2013")
    void withPopulations() {
        Path out = dir.resolve("counted");
        Run run = run("areas", "import-cbs", ENSCHEDE, "--key-figures", KEY_FIGURES, "--out", out.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("populations    70 (2013"), run.out());
        assertTrue(Files.isRegularFile(out.resolve("area_populations.csv")));
        Dataset dataset = valid(out);
        assertEquals(70, dataset.populations().size());
        assertEquals(
                158_565,
                dataset.populations().map(AreaPopulation::population).sum().intValue());
        assertTrue(dataset.populations().forAll(p -> p.year().equals(Year.of(2013))));
    }

    @Test
    @DisplayName("--key-figures-year says the year when the file name does not")
    void keyFiguresYear() throws Exception {
        Path figures = dir.resolve("key-figures.csv");
        Files.copy(Path.of(KEY_FIGURES), figures);
        Path out = dir.resolve("p");
        Run without =
                run("areas", "import-cbs", ENSCHEDE, "--key-figures", figures.toString(), "--out", out.toString());
        assertEquals(Welfare.BAD_INPUT, without.code());
        assertTrue(without.err().contains("--key-figures-year"), without.err());
        assertFalse(Files.exists(out), "nothing is written when the input is refused");
        Run with = run(
                "areas",
                "import-cbs",
                ENSCHEDE,
                "--key-figures",
                figures.toString(),
                "--key-figures-year",
                "2014",
                "--out",
                out.toString());
        assertEquals(Welfare.OK, with.code(), with.err());
        assertTrue(valid(out).populations().forAll(p -> p.year().equals(Year.of(2014))));
    }

    @Test
    @DisplayName("refuses to replace files already there, naming them, unless --force")
    void noOverwrite() throws Exception {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("areas.csv"), "mine\n");
        Files.writeString(out.resolve("residents.csv"), "id,area_code\n");
        Run refused = run("areas", "import-cbs", ENSCHEDE, "--out", out.toString());
        assertEquals(Welfare.BAD_INPUT, refused.code());
        assertTrue(
                refused.err().contains(out + ": already holds areas.csv; give --force to replace it"), refused.err());
        assertEquals("mine\n", Files.readString(out.resolve("areas.csv")));
        assertFalse(Files.exists(out.resolve("datapackage.json")));

        Run forced = run("areas", "import-cbs", ENSCHEDE, "--out", out.toString(), "--force");
        assertEquals(Welfare.OK, forced.code(), forced.err());
        valid(out);
        byte[] written = Files.readAllBytes(out.resolve("areas.csv"));

        Run again = run("areas", "import-cbs", ENSCHEDE, "--out", out.toString());
        assertEquals(Welfare.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already holds datapackage.json, areas.csv; give --force"), again.err());
        assertArrayEquals(written, Files.readAllBytes(out.resolve("areas.csv")));
        assertEquals("id,area_code\n", Files.readString(out.resolve("residents.csv")), "other files are left alone");
    }

    @Test
    @DisplayName("a list without vintage gives a package that validates, with the warning that it has none")
    void noVintage() throws Exception {
        Path list = dir.resolve("regions.csv");
        Files.copy(Path.of(ENSCHEDE), list);
        Path out = dir.resolve("no-vintage");
        Run run = run("areas", "import-cbs", list.toString(), "--out", out.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("without vintage"), run.out());
        Run validate = run("validate", out.toString());
        assertEquals(Welfare.OK, validate.code(), validate.err());
        DataPackageRead read = DataPackageReader.validate(out);
        assertEquals(
                List.of(DataPackageRules.NO_VINTAGE),
                read.faults().map(FileFault::rule).toJavaList());
    }

    @Test
    @DisplayName("the whole Netherlands, and one municipality of it, give packages that validate")
    void wholeList() {
        Path nl = dir.resolve("nl");
        Run all = run("areas", "import-cbs", CBS + "CBS_85318NED_WijkenEnBuurten_2022.csv", "--out", nl.toString());
        assertEquals(Welfare.OK, all.code(), all.err());
        assertEquals(18_003, valid(nl).hierarchy().size());
        Path one = dir.resolve("one");
        Run narrowed = run(
                "areas",
                "import-cbs",
                CBS + "CBS_85318NED_WijkenEnBuurten_2022.csv",
                "--municipality",
                "GM0153",
                "--out",
                one.toString());
        assertEquals(Welfare.OK, narrowed.code(), narrowed.err());
        assertEquals(81, valid(one).hierarchy().size());
    }

    @Test
    @DisplayName("options that need another are refused, as is an --out that is a file")
    void wrongCombinations() throws Exception {
        Run year = run("areas", "import-cbs", ENSCHEDE, "--key-figures-year", "2013");
        assertEquals(Welfare.BAD_INPUT, year.code());
        assertTrue(year.err().contains("--key-figures-year: give it with --key-figures FILE"), year.err());
        Run force = run("areas", "import-cbs", ENSCHEDE, "--force");
        assertEquals(Welfare.BAD_INPUT, force.code());
        assertTrue(force.err().contains("--force: give it with --out DIR"), force.err());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run notAFolder = run("areas", "import-cbs", ENSCHEDE, "--out", file.toString());
        assertEquals(Welfare.BAD_INPUT, notAFolder.code());
        assertTrue(notAFolder.err().contains("not a folder (--out)"), notAFolder.err());
        Run missing = run(
                "areas",
                "import-cbs",
                ENSCHEDE,
                "--key-figures",
                dir.resolve("none.csv").toString());
        assertEquals(Welfare.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no such file (--key-figures)"), missing.err());
    }
}
