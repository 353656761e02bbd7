package nl.welfare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.welfare.adapters.files.json.DefinitionsJson;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The welfare command line")
class CommandLineTest {

    /** The exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Welfare.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @DisplayName("without a subcommand prints its usage and exits with 2")
    void noSubcommand() {
        Run run = run();
        assertEquals(Welfare.USAGE, run.code());
        assertTrue(run.err().contains("Usage: welfare"), run.err());
    }

    @Test
    @DisplayName("rejects an unknown subcommand or option with exit code 2")
    void wrongUsage() {
        assertEquals(Welfare.USAGE, run("frobnicate").code());
        assertEquals(Welfare.USAGE, run("catalogue", "--colour").code());
        assertEquals(Welfare.USAGE, run("catalogue", "--format", "xml").code());
    }

    @Test
    @DisplayName("prints help for itself and each subcommand, exiting with 0")
    void help() {
        Run main = run("--help");
        assertEquals(Welfare.OK, main.code());
        assertTrue(main.out().contains("catalogue"), main.out());
        Run catalogue = run("catalogue", "--help");
        assertEquals(Welfare.OK, catalogue.code());
        assertTrue(catalogue.out().contains("--format"), catalogue.out());
    }

    @Test
    @DisplayName("catalogue --format json writes the catalogue as a definitions file that reads back to it")
    void catalogueJson() throws Exception {
        Run run = run("catalogue", "--format", "json");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertEquals(
                ReferenceCatalogue.all(),
                DefinitionsJson.validate("catalogue.json", run.out()).get());
    }

    private static String resource(String name) throws Exception {
        return Path.of(CommandLineTest.class.getResource(name).toURI()).toString();
    }

    @Test
    @DisplayName("areas import-cbs prints the areas per level and the vintage of a CBS region list")
    void importCbs() throws Exception {
        Run run = run("areas", "import-cbs", resource("/cbs/CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv"));
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("81 areas"), run.out());
        assertTrue(run.out().matches("(?s).*municipality +1\\R.*district +10\\R.*neighbourhood +70\\R.*"), run.out());
        assertTrue(run.out().contains("vintage        2022"), run.out());
    }

    @Test
    @DisplayName(
            "areas import-cbs lists every fault of a broken list on stderr and exits with 1, without a stack trace")
    void importCbsBadInput(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("regions_2022.csv");
        Files.writeString(
                broken,
                "\"Key\",\"Title\",\"Description\",\"Municipality\",\"DetailRegionCode\"\n"
                        + "\"GM0153    \",\"Enschede\",,\"GM0153\",\"GM0153\"\n"
                        + "\"WK01530   \",\"Bad\",,\"GM0153\",\"WK01530\"\n"
                        + "\"BU01539999\",\"Orphan\",,\"GM0153\",\"BU01539999\"\n");
        Run run = run("areas", "import-cbs", broken.toString());
        assertEquals(Welfare.BAD_INPUT, run.code());
        assertTrue(run.err().contains("regions_2022.csv, line 3"), run.err());
        assertTrue(run.err().contains("cbs-region-list.bad-key"), run.err());
        assertTrue(run.err().contains("cbs-region-list.orphan"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(
                Welfare.BAD_INPUT,
                run("areas", "import-cbs", dir.resolve("missing.csv").toString())
                        .code());
        assertEquals(Welfare.USAGE, run("areas", "import-cbs").code());
        assertEquals(Welfare.OK, run("areas", "import-cbs", "--help").code());
    }

    @Test
    @DisplayName("catalogue lists the seventeen reference indicators")
    void catalogue() {
        Run run = run("catalogue");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertEquals(1 + 17, run.out().lines().count());
        assertTrue(run.out().contains("resident-led-initiatives"), run.out());
        assertTrue(run.out().contains("collective-to-individual-ratio"), run.out());
    }
}
