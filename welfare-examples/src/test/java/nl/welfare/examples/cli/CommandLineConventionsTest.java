package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import nl.welfare.adapters.files.results.CsvDialect;
import nl.welfare.adapters.files.results.ResultsReader;
import nl.welfare.examples.cli.CommandLineTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One convention for the options of the command line (issue 10): a value an option does not take is wrong usage
 * (exit code 2) with the values it does take, values are case-insensitive, and {@code --version} names the commit.
 */
@DisplayName("The command line's conventions")
class CommandLineConventionsTest {

    /** The example package: facts from 2015 to 2021, one grouping (borough). */
    private static final String EXAMPLE =
            Path.of("..", "examples", "data", "enschede").toString();

    /** Asserts that {@code args} is wrong usage, saying each of {@code said} on standard error, without a trace. */
    private static void usage(List<String> args, String... said) {
        Run run = run(args.toArray(String[]::new));
        assertEquals(Welfare.USAGE, run.code(), args + ": " + run.err());
        for (String part : said) {
            assertTrue(run.err().contains(part), args + ": " + run.err());
        }
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals("", run.out(), args + ": nothing is written");
    }

    @Test
    @DisplayName("every bad option value of compute is exit 2, with the values the option takes")
    void badValuesAreUsage() {
        usage(List.of("compute", EXAMPLE, "--format", "xls"), "'--format'", "csv, sdmx-csv, json or xlsx", "'xls'");
        usage(
                List.of("compute", EXAMPLE, "--level", "wijk"),
                "'--level'",
                "municipality, district, neighbourhood",
                "borough",
                "'wijk'");
        usage(List.of("compute", EXAMPLE, "--grouping", "wijk"), "'--grouping'", "borough", "'wijk'");
        usage(
                List.of("compute", EXAMPLE, "--confidence", "95"),
                "'--confidence'",
                "write 0.95, not 95",
                "[confidence-level.range]");
        usage(List.of("compute", EXAMPLE, "--confidence", "1"), "strictly between 0 and 1, such as 0.95");
        usage(List.of("compute", EXAMPLE, "--confidence", "0,95"), "such as 0.95, not '0,95'");
        usage(List.of("compute", EXAMPLE, "--period", "weekly"), "'--period'", "year, quarter or month");
        usage(List.of("compute", EXAMPLE, "--finest-period", "week"), "'--finest-period'", "year, quarter or month");
        usage(List.of("compute", EXAMPLE, "--disclosure", "some"), "'--disclosure'", "standard, none");
        usage(List.of("compute", EXAMPLE, "--round", "1", "--rounding-key", "unused.key"), "'--round'", "at least 2");
        usage(
                List.of("compute", EXAMPLE, "--round", "five", "--rounding-key", "unused.key"),
                "'--round'",
                "whole number");
        usage(List.of("compute", EXAMPLE, "--baseline", "2019-Q5"), "'--baseline'", "2019-Q2");
        usage(List.of("compute", EXAMPLE, "--indicators", "nope"), "no such indicator: nope", "welfare catalogue");
        usage(List.of("compute", EXAMPLE, "--from", "2020", "--to", "2018"), "the last year is before the first");
        usage(List.of("compute", EXAMPLE, "--delimiter", "|"), "'--delimiter'", "(;)");
        usage(List.of("compute", EXAMPLE, "--decimal", ";"), "'--decimal'", "(,)");
        usage(List.of("compute", EXAMPLE, "--delimiter", ",", "--decimal", ","), "[csv-dialect.distinct]");
        usage(List.of("compute", EXAMPLE, "--format", "json", "--delimiter", ";"), "--delimiter is for --format csv");
        usage(List.of("areas", "import-cbs", "regions.csv", "--municipality", "Enschede"), "'--municipality'");
        assertFalse(
                run("compute", EXAMPLE, "--format", "xls").err().contains("--definitions=FILE.json"),
                "the message is not buried under the whole usage");
    }

    @Test
    @DisplayName("--min-count takes 5 and more, and refuses less with the band of small numbers named")
    void minCount() throws IOException {
        usage(List.of("compute", EXAMPLE, "--min-count", "3"), "'--min-count'", "at least 5", "(1 to 4)", "not 3");
        usage(List.of("compute", EXAMPLE, "--min-count", "0"), "at least 5");
        Run five = run("compute", EXAMPLE, "--level", "municipality", "--min-count", "5", "--format", "json");
        assertEquals(Welfare.OK, five.code(), five.err());
        JsonNode disclosure =
                new ObjectMapper().readTree(five.out()).path("metadata").path("disclosure");
        assertEquals(5, disclosure.path("minimum").asInt(), disclosure.toString());
    }

    @Test
    @DisplayName("option values are case-insensitive, a grouping's name too")
    void caseInsensitive() {
        Run upper = run(
                "compute",
                EXAMPLE,
                "--level",
                "MUNICIPALITY",
                "--period",
                "Year",
                "--finest-period",
                "YEAR",
                "--format",
                "CSV",
                "--disclosure",
                "Standard",
                "--indicators",
                "Volunteers");
        Run lower =
                run("compute", EXAMPLE, "--level", "municipality", "--indicators", "volunteers", "--period", "year");
        assertEquals(Welfare.OK, upper.code(), upper.err());
        assertEquals(lower.out(), upper.out());
        Run borough = run("compute", EXAMPLE, "--level", "Borough");
        assertEquals(Welfare.OK, borough.code(), borough.err());
        assertTrue(borough.out().contains(",borough,"), borough.out());
        assertEquals(Welfare.OK, run("compute", EXAMPLE, "--disclosure", "NONE").code());
    }

    @Test
    @DisplayName("--out to a folder, or with another format's extension, is exit 2 and writes nothing")
    void outFile(@TempDir Path dir) {
        usage(List.of("compute", EXAMPLE, "--out", dir.toString()), "is a folder", "results.csv");
        usage(List.of("compute", EXAMPLE, "--out", dir.resolve("results.xlsx").toString()), ".csv file, not .xlsx");
        usage(
                List.of("compute", EXAMPLE, "--out", dir.resolve("results.json").toString()),
                "not .json",
                "--format json");
        usage(
                List.of(
                        "compute",
                        EXAMPLE,
                        "--format",
                        "json",
                        "--out",
                        dir.resolve("results.csv").toString()),
                ".json file, not .csv");
        assertFalse(Files.exists(dir.resolve("results.xlsx")));
        Run json = run(
                "compute",
                EXAMPLE,
                "--format",
                "JSON",
                "--out",
                dir.resolve("results.JSON").toString());
        assertEquals(Welfare.OK, json.code(), json.err());
    }

    @Test
    @DisplayName("validate or compute of one CSV file of a package is exit 2 and names the package's folder")
    void fileInsteadOfFolder() {
        String file = Path.of(EXAMPLE, "areas.csv").toString();
        usage(List.of("validate", file), "is a file", "give its folder, " + EXAMPLE, "holds areas.csv");
        usage(List.of("compute", file), "is a file", "give its folder");
        Run descriptor = run("validate", Path.of(EXAMPLE, "datapackage.json").toString());
        assertEquals(Welfare.OK, descriptor.code(), descriptor.err());
        assertTrue(descriptor.out().contains(": valid, 8 areas"), descriptor.out());
    }

    @Test
    @DisplayName("--version names the version, the commit and the build time")
    void version() {
        Run run = run("--version");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(
                run.out()
                        .strip()
                        .matches("welfare \\S+ \\(commit ([0-9a-f]{7,}|unknown), built \\d{4}-\\d\\d-\\d\\d"
                                + " \\d\\d:\\d\\d UTC\\)"),
                run.out());
        assertFalse(run.out().contains("development build"), run.out());
        // Built in a git checkout (as every test run here is), the commit is HEAD itself, a merge commit too.
        java.util.Optional<String> head = gitHead();
        head.ifPresent(
                commit -> assertTrue(run.out().contains("(commit " + commit + ","), commit + " vs " + run.out()));

        Properties built = new Properties();
        built.setProperty("version", "1.2.0");
        built.setProperty("commit", "0e8d6a5");
        built.setProperty("built", "2026-12-04T14:30:16Z");
        assertEquals("welfare 1.2.0 (commit 0e8d6a5, built 2026-12-04 14:30 UTC)", Version.describe(built));
        built.setProperty("commit", "${commit}");
        assertEquals("welfare 1.2.0 (commit unknown, built 2026-12-04 14:30 UTC)", Version.describe(built));
        assertEquals("welfare (development build)", Version.describe(new Properties()));
    }

    @Test
    @DisplayName(
            "progress counts indicators right when watched, and the closing line says the rows and where they went")
    void progressAndSummary(@TempDir Path dir) {
        String before = System.getProperty(Progress.PROPERTY);
        try {
            System.setProperty(Progress.PROPERTY, "true");
            Run one = run("compute", EXAMPLE, "--indicators", "volunteers");
            assertEquals(Welfare.OK, one.code(), one.err());
            assertTrue(one.err().contains("computing 1 indicator over 2015/2021 ..."), one.err());
            Run all = run("compute", EXAMPLE, "--level", "municipality");
            assertTrue(all.err().contains("computing 17 indicators over"), all.err());

            System.setProperty(Progress.PROPERTY, "false");
            Path out = dir.resolve("results.csv");
            Run quiet = run("compute", EXAMPLE, "--level", "municipality", "--out", out.toString());
            assertEquals(Welfare.OK, quiet.code(), quiet.err());
            assertFalse(quiet.err().contains("computing"), quiet.err());
            String last = quiet.err().strip().lines().reduce((a, b) -> b).orElse("");
            assertTrue(
                    last.matches("\\d+ rows \\(\\d+ OK, \\d+ suppressed, \\d+ no data\\) written to .*results\\.csv"
                            + " and .*results\\.resource\\.json"),
                    last);
            String stdout = one.err().strip().lines().reduce((a, b) -> b).orElse("");
            assertEquals("8 rows (0 OK, 8 suppressed, 0 no data) written to standard output", stdout);
        } finally {
            if (before == null) {
                System.clearProperty(Progress.PROPERTY);
            } else {
                System.setProperty(Progress.PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("--delimiter ';' --decimal ',' writes a CSV for Dutch spreadsheets that its descriptor reads back")
    void dutchCsv(@TempDir Path dir) throws IOException {
        Path dutch = dir.resolve("dutch.csv");
        Run run = run(
                "compute",
                EXAMPLE,
                "--level",
                "municipality",
                "--disclosure",
                "none",
                "--delimiter",
                ";",
                "--decimal",
                ",",
                "--out",
                dutch.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        String text = Files.readString(dutch);
        assertTrue(text.startsWith("indicator;area_code;area_level;period;status;"), text);
        assertTrue(text.contains(";0,"), "a fraction with a decimal comma: " + text);

        JsonNode descriptor =
                new ObjectMapper().readTree(dir.resolve("dutch.resource.json").toFile());
        assertEquals(";", descriptor.path("dialect").path("delimiter").asText());
        char decimal = ',';
        for (JsonNode field : descriptor.path("schema").path("fields")) {
            if (field.path("type").asText().equals("number")) {
                decimal = field.path("decimalChar").asText(".").charAt(0);
                assertEquals(',', decimal, field.toString());
            }
        }
        CsvDialect declared = new CsvDialect(
                descriptor.path("dialect").path("delimiter").asText(",").charAt(0), decimal);
        Run standard = run("compute", EXAMPLE, "--level", "municipality", "--disclosure", "none");
        assertEquals(
                ResultsReader.read(new StringReader(standard.out()), "standard.csv"),
                ResultsReader.readFile(dutch, declared));

        Run decimalAlone = run("compute", EXAMPLE, "--level", "municipality", "--decimal", ",");
        assertEquals(Welfare.OK, decimalAlone.code(), decimalAlone.err());
        assertTrue(decimalAlone.out().startsWith("indicator;area_code;"), "a decimal comma brings ;");
    }

    /** {@code git rev-parse --short=7 HEAD} of the checkout the tests run in, if git answers. */
    private static java.util.Optional<String> gitHead() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=7", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out =
                    new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && out.matches("[0-9a-f]{7,}")
                    ? java.util.Optional.of(out)
                    : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
