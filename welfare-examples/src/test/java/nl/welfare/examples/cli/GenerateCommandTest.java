package nl.welfare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("welfare generate")
class GenerateCommandTest {

    private static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    @DisplayName("writes a package that welfare validate accepts, says what it wrote and ends with a summary line")
    void writes(@TempDir Path dir) {
        Path out = dir.resolve("enschede");
        CommandLineTest.Run run = run("generate", "--out", out.toString(), "--residents", "6000", "--seed", "42");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(
                run.out().contains("SYNTHETIC data package of the Enschede reference (GM0153), 2018-2022, seed 42"),
                run.out());
        assertTrue(run.out().contains("residents                         6,000"), run.out());
        String[] lines = run.err().strip().split("\\R");
        assertTrue(
                lines[lines.length - 1].matches("[\\d,]+ rows in 14 files written to .* in [\\d.]+ s \\(seed 42\\)"),
                run.err());
        CommandLineTest.Run validate = run("validate", out.toString());
        assertEquals(Welfare.OK, validate.code(), validate.err());
        assertTrue(validate.out().contains("valid, 81 areas (vintage 2022)"), validate.out());
    }

    @Test
    @DisplayName("writes another municipality and the years asked for")
    void otherMunicipality(@TempDir Path dir) {
        Path out = dir.resolve("hengelo");
        CommandLineTest.Run run = run(
                "generate",
                "--out",
                out.toString(),
                "--residents",
                "2000",
                "--municipality",
                "gm0164",
                "--from",
                "2020",
                "--to",
                "2021");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("municipality GM0164, 2020-2021"), run.out());
        assertTrue(Files.exists(out.resolve("datapackage.json")));
        assertTrue(!Files.exists(out.resolve("area_groupings.csv")), "no boroughs outside Enschede");
    }

    @Test
    @DisplayName("refuses to overwrite a package without --force (exit 1), and replaces it with --force")
    void force(@TempDir Path dir) {
        String out = dir.resolve("p").toString();
        assertEquals(
                Welfare.OK, run("generate", "--out", out, "--residents", "1000").code());
        CommandLineTest.Run again = run("generate", "--out", out, "--residents", "1000");
        assertEquals(Welfare.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already holds") && again.err().contains("--force"), again.err());
        assertEquals(
                Welfare.OK,
                run("generate", "--out", out, "--residents", "1000", "--force").code());
    }

    @Test
    @DisplayName("takes wrong values as wrong usage (exit 2), saying what it takes")
    void badUsage(@TempDir Path dir) throws IOException {
        String out = dir.resolve("p").toString();
        usage(new String[] {"generate"}, "--out");
        usage(new String[] {"generate", "--out", out, "--residents", "0"}, "whole number of residents from 1");
        usage(new String[] {"generate", "--out", out, "--residents", "many"}, "such as 160640");
        usage(new String[] {"generate", "--out", out, "--from", "2022", "--to", "2018"}, "the last year is before");
        usage(new String[] {"generate", "--out", out, "--from", "18"}, "a year from 1900 to 2100");
        usage(new String[] {"generate", "--out", out, "--seed", "x"}, "must be a whole number");
        usage(new String[] {"generate", "--out", out, "--municipality", "Enschede"}, "such as GM0153");
        usage(new String[] {"generate", "--out", out, "--municipality", "GM9999"}, "no such municipality");
        usage(new String[] {"generate", "--out", out, "--municipality", "GM0153", "--country"}, "do not go together");
        usage(new String[] {"generate", "--out", dir.resolve("package.csv").toString()}, "names a file");
        usage(new String[] {"generate", "--out", out, "--participation-scale", "0"}, "above 0 and at most 100");
        usage(new String[] {"generate", "--out", out, "--support-scale", "many"}, "such as 1 or 2.5");
        usage(new String[] {"generate", "--out", out, "--survey-scale", "30"}, "at most 28");
        usage(
                new String[] {"generate", "--out", out, "--benchmark-density", "--survey-scale", "2"},
                "--benchmark-density and --survey-scale do not go together");
        Path file = Files.writeString(dir.resolve("notes"), "x");
        usage(new String[] {"generate", "--out", file.toString()}, "is a file");
        assertTrue(!Files.exists(dir.resolve("p")), "nothing written");
    }

    @Test
    @DisplayName("--benchmark-density draws about 10 participations, 2 answers and half an episode per resident, and"
            + " says so in its output and the descriptor")
    void benchmarkDensity(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("dense");
        CommandLineTest.Run run = run(
                "generate",
                "--out",
                out.toString(),
                "--country",
                "--residents",
                "12000",
                "--seed",
                "3",
                "--benchmark-density");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("at scaled rates: participations x19, survey x2.5, support x2.6"), run.out());
        // rows counted in the files, not taken from the command's own summary
        double residents = 12_000;
        assertBetween(lines(out.resolve("participations.csv")) / residents, 8.5, 11.5, "participations per resident");
        assertBetween(lines(out.resolve("survey_responses.csv")) / residents, 1.7, 2.4, "answers per resident");
        assertBetween(lines(out.resolve("support_episodes.csv")) / residents, 0.4, 0.7, "episodes per resident");
        String descriptor = Files.readString(out.resolve("datapackage.json"));
        assertTrue(
                descriptor.contains("\"intensity\": {\"participations\": 19.0, \"survey\": 2.5, \"support\": 2.6}"),
                descriptor);
        CommandLineTest.Run validate = run("validate", out.toString());
        assertEquals(Welfare.OK, validate.code(), validate.err());

        Path standard = dir.resolve("standard");
        assertEquals(
                Welfare.OK,
                run("generate", "--out", standard.toString(), "--country", "--residents", "12000", "--seed", "3")
                        .code());
        assertTrue(!Files.readString(standard.resolve("datapackage.json")).contains("intensity"));
        assertBetween(lines(standard.resolve("participations.csv")) / residents, 0.5, 0.9, "standard participations");
    }

    private static long lines(Path csv) throws IOException {
        try (var stream = Files.lines(csv)) {
            return stream.count() - 1;
        }
    }

    private static void assertBetween(double value, double low, double high, String what) {
        assertTrue(value >= low && value <= high, what + ": " + value + " not in [" + low + ", " + high + "]");
    }

    private static void usage(String[] args, String said) {
        CommandLineTest.Run run = run(args);
        assertEquals(Welfare.USAGE, run.code(), String.join(" ", args) + ": " + run.err());
        assertTrue(run.err().contains(said), String.join(" ", args) + ": " + run.err());
    }

    @Test
    @DisplayName("--help lists its options and says the package is synthetic")
    void help() {
        CommandLineTest.Run run = run("generate", "--help");
        assertEquals(Welfare.OK, run.code());
        for (String option : new String[] {
            "--out",
            "--residents",
            "--from",
            "--to",
            "--seed",
            "--municipality",
            "--country",
            "--participation-scale",
            "--survey-scale",
            "--support-scale",
            "--benchmark-density",
            "--force",
            "SYNTHETIC"
        }) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
        assertTrue(run("--help").out().contains("generate"));
    }
}
