package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import nl.welfare.adapters.files.results.ResultsReader;
import nl.welfare.examples.cli.CommandLineTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs an analyst can use (issue 13): the comparison with the benchmark ({@code --benchmark}), labels ({@code
 * --labels}), display rounding ({@code --round-values}), the workbook ({@code --format xlsx}), and {@code
 * --disclosure none} said on standard error every time and in every format's own metadata.
 */
@DisplayName("compute's outputs for analysts")
class ComputeOutputsTest {

    private static final String EXAMPLE =
            Path.of("..", "examples", "data", "enschede").toString();

    private static List<List<String>> rows(String csv) {
        return csv.lines().map(l -> Arrays.asList(l.split(",", -1))).toList();
    }

    private static void usage(Run run, String... said) {
        assertEquals(Welfare.USAGE, run.code(), run.err());
        for (String part : said) {
            assertTrue(run.err().contains(part), run.err());
        }
        assertEquals("", run.out());
    }

    @Test
    @DisplayName("--help names every new option and the xlsx format")
    void help() {
        Run help = run("compute", "--help");
        assertEquals(Welfare.OK, help.code());
        for (String said : List.of("--benchmark", "--labels", "--round-values", "csv|sdmx-csv|json|xlsx")) {
            assertTrue(help.out().contains(said), said + " in " + help.out());
        }
    }

    @Test
    @DisplayName("--benchmark compares with the municipality by default, or with the district; other values are exit 2")
    void benchmark() {
        Run byMunicipality = run("compute", EXAMPLE, "--level", "neighbourhood");
        assertEquals(Welfare.OK, byMunicipality.code(), byMunicipality.err());
        List<List<String>> rows = rows(byMunicipality.out());
        List<String> header = rows.get(0);
        int level = header.indexOf("area_level");
        int area = header.indexOf("area_code");
        int benchmark = header.indexOf("benchmark_area");
        int comparison = header.indexOf("benchmark_comparison");
        for (List<String> row : rows.subList(1, rows.size())) {
            String want = row.get(level).equals("municipality")
                    ? ""
                    : "GM" + row.get(area).substring(2, 6);
            assertEquals(want, row.get(benchmark), row.toString());
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(comparison).equals("SIMILAR")), "some rows are compared");

        Run byDistrict = run("compute", EXAMPLE, "--level", "neighbourhood", "--benchmark", "DISTRICT");
        assertEquals(Welfare.OK, byDistrict.code(), byDistrict.err());
        for (List<String> row : rows(byDistrict.out()).subList(1, rows.size())) {
            String want = row.get(level).equals("neighbourhood")
                    ? "WK" + row.get(area).substring(2, 8)
                    : "";
            assertEquals(want, row.get(benchmark), row.toString());
        }
        usage(run("compute", EXAMPLE, "--benchmark", "neighbourhood"), "'--benchmark'", "municipality or district");
        usage(run("compute", EXAMPLE, "--benchmark", "wijk"), "municipality or district", "'wijk'");
    }

    @Test
    @DisplayName("--labels adds names, unit and polarity to every text format; --round-values rounds only when asked")
    void labelsAndRounding() throws Exception {
        Run labelled = run("compute", EXAMPLE, "--level", "district", "--labels");
        assertEquals(Welfare.OK, labelled.code(), labelled.err());
        List<List<String>> rows = rows(labelled.out());
        assertEquals(
                List.of("indicator_name", "unit", "polarity", "area_name"),
                rows.get(0).subList(21, 25));
        assertTrue(rows.stream()
                .anyMatch(r -> r.get(1).equals("GM0153") && r.get(24).equals("Enschede")));
        Run plain = run("compute", EXAMPLE, "--level", "district");
        List<List<String>> bare = rows(plain.out());
        for (int i = 1; i < bare.size(); i++) {
            assertEquals(bare.get(i), rows.get(i).subList(0, 21), "the table's own columns, exact");
        }

        Run rounded = run("compute", EXAMPLE, "--level", "district", "--round-values", "2", "--format", "json");
        assertEquals(Welfare.OK, rounded.code(), rounded.err());
        JsonNode json = new ObjectMapper().readTree(rounded.out());
        assertEquals(2, json.path("metadata").path("display_decimals").intValue());
        for (JsonNode row : json.path("results")) {
            JsonNode value = row.path("value");
            assertTrue(value.isNull() || value.decimalValue().scale() <= 2, value.toString());
        }
        Run sdmx = run("compute", EXAMPLE, "--level", "district", "--labels", "--format", "sdmx-csv");
        assertTrue(
                sdmx.out().lines().findFirst().orElseThrow().endsWith(",INDICATOR_NAME,UNIT,POLARITY,REF_AREA_NAME"));

        usage(run("compute", EXAMPLE, "--round-values", "16"), "'--round-values'", "from 0 to 15", "'16'");
        usage(run("compute", EXAMPLE, "--round-values", "two"), "from 0 to 15", "'two'");
    }

    @Test
    @DisplayName("--format xlsx writes a workbook to the file --out names, and needs --out")
    void xlsx(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results.xlsx");
        Run run = run("compute", EXAMPLE, "--level", "district", "--format", "xlsx", "--out", out.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.err().contains("written to " + out), run.err());
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("xl/worksheets/sheet2.xml") != null, "two sheets");
            assertTrue(zip.getEntry("docProps/custom.xml") != null, "the format's properties");
        }
        assertFalse(Files.exists(dir.resolve("results.resource.json")), "its metadata is inside");
        assertFalse(run.err().contains("Log4j"), "no logging noise: " + run.err());
        usage(run("compute", EXAMPLE, "--format", "xlsx"), "--out results.xlsx");
        usage(run("compute", EXAMPLE, "--format", "xls"), "csv, sdmx-csv, json or xlsx", "'xls'");
        usage(
                run(
                        "compute",
                        EXAMPLE,
                        "--format",
                        "xlsx",
                        "--out",
                        dir.resolve("r.csv").toString()),
                ".xlsx file, not .csv");
    }

    @Test
    @DisplayName("--disclosure none is said on standard error every time, naming where, and in every format's metadata")
    void disclosureNone(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("results.csv");
        Run toFile = run("compute", EXAMPLE, "--level", "district", "--disclosure", "none", "--out", csv.toString());
        assertEquals(Welfare.OK, toFile.code(), toFile.err());
        assertTrue(toFile.err().contains(csv + " is NOT FOR PUBLICATION"), toFile.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith(",disclosure_control"), lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.endsWith(",NONE")));
        assertFalse(ResultsReader.readFile(csv).isEmpty(), "and it reads back");
        JsonNode descriptor =
                new ObjectMapper().readTree(dir.resolve("results.resource.json").toFile());
        assertTrue(descriptor.path("description").textValue().startsWith("NOT FOR PUBLICATION"));
        assertEquals(false, descriptor.path("disclosure").path("enabled").booleanValue());

        Run stdout = run("compute", EXAMPLE, "--level", "district", "--disclosure", "none", "--format", "json");
        assertTrue(stdout.err().contains("standard output is NOT FOR PUBLICATION"), stdout.err());
        JsonNode json = new ObjectMapper().readTree(stdout.out());
        assertTrue(json.path("metadata")
                .path("disclosure")
                .path("notice")
                .textValue()
                .startsWith("NOT FOR"));

        Run sdmx = run("compute", EXAMPLE, "--level", "district", "--disclosure", "none", "--format", "sdmx-csv");
        assertTrue(sdmx.err().contains("NOT FOR PUBLICATION"), sdmx.err());
        assertTrue(sdmx.out().lines().skip(1).allMatch(l -> l.contains(",N,") || l.contains(",C,")));

        Path xlsx = dir.resolve("results.xlsx");
        Run book = run(
                "compute",
                EXAMPLE,
                "--level",
                "district",
                "--disclosure",
                "none",
                "--format",
                "xlsx",
                "--out",
                xlsx.toString());
        assertTrue(book.err().contains(xlsx + " is NOT FOR PUBLICATION"), book.err());
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String core = new String(
                    zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes());
            assertTrue(core.contains("NOT FOR PUBLICATION"), core);
        }

        Run standard = run("compute", EXAMPLE, "--level", "district");
        assertFalse(standard.err().contains("NOT FOR PUBLICATION"), standard.err());
        assertFalse(standard.out().contains("disclosure_control"));
    }
}
