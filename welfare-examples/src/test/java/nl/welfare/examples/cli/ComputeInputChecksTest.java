package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import nl.welfare.examples.cli.CommandLineTest.Run;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.target.Target;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code welfare compute} on input that reads well but used to give results without a word (issue 9): each is now an
 * error that names the place and the rule, or a warning on standard error.
 */
@DisplayName("compute on input that used to pass in silence")
class ComputeInputChecksTest {

    /** The example package: facts from 2015 to 2021. */
    private static final String EXAMPLE =
            Path.of("..", "examples", "data", "enschede").toString();

    /** A copy of the example package in {@code dir}, to change. */
    private static Path copy(Path dir) throws IOException {
        Path copy = dir.resolve("enschede");
        Files.createDirectories(copy);
        try (var files = Files.list(Path.of(EXAMPLE))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    @DisplayName("a share's target of 60 is an error naming the file, the target's value and 0.6")
    void shareTargetAsPercentage(@TempDir Path dir) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.json"), """
                {"targets": [
                  {"indicator": "resident-led-initiatives", "level": "municipality", "period": "2019", "value": 0.6},
                  {"indicator": "resident-led-initiatives", "level": "municipality", "period": "2020", "value": 60}
                ]}
                """);
        Run run =
                run("compute", EXAMPLE, "--level", "municipality", "--period", "year", "--targets", targets.toString());
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("targets.json, line 3, column "), run.err());
        assertTrue(run.err().contains("(targets[1].value): must lie between 0 and 1"), run.err());
        assertTrue(run.err().contains("write 0.6, not 60 [" + Target.SHARE_RANGE.id() + "]"), run.err());
        assertEquals("", run.out(), "nothing is computed");

        Files.writeString(targets, Files.readString(targets).replace("\": 60}", "\": 0.6}"));
        Run fixed =
                run("compute", EXAMPLE, "--level", "municipality", "--period", "year", "--targets", targets.toString());
        assertEquals(Welfare.OK, fixed.code(), fixed.err());
        assertTrue(
                fixed.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("resident-led-initiatives,GM0153,municipality,2020,OK,")
                                && l.contains(",0.6,")),
                fixed.out());
    }

    @Test
    @DisplayName("a target for an area, period or indicator the output does not hold is a warning naming it")
    void targetOutsideTheOutput(@TempDir Path dir) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.json"), """
                [
                  {"indicator": "resident-led-initiatives", "level": "municipality", "period": "2019", "value": 0.6},
                  {"indicator": "resident-led-initiatives", "area": "WK015300", "period": "2019", "value": 0.5},
                  {"indicator": "resident-led-initiatives", "level": "municipality", "period": "2030", "value": 0.5},
                  {"indicator": "volunteers", "level": "municipality", "period": "2019", "value": 5}
                ]
                """);
        Run run = run(
                "compute",
                EXAMPLE,
                "--level",
                "municipality",
                "--period",
                "year",
                "--indicators",
                "resident-led-initiatives",
                "--targets",
                targets.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        String rule = "[" + ComputeRules.TARGET_UNUSED.id() + "]";
        assertEquals(3, count(run.err(), rule), run.err());
        assertTrue(
                run.err().contains("warning: " + targets + ", target 2 (resident-led-initiatives WK015300 2019: 0.5)"),
                run.err());
        assertTrue(
                run.err().contains("the output has no area of WK015300 in 2019; its levels: municipality"), run.err());
        assertTrue(run.err().contains(", target 3 (resident-led-initiatives every municipality 2030: 0.5)"), run.err());
        assertTrue(run.err().contains("the output has no period 2030; its periods: 2015, 2016,"), run.err());
        assertTrue(run.err().contains(", target 4 (volunteers "), run.err());
        assertTrue(run.err().contains("the output has no indicator volunteers; see --indicators"), run.err());
        assertFalse(run.err().contains(", target 1 "), "the target that applies is not named: " + run.err());
        assertTrue(
                run.out()
                        .lines()
                        .anyMatch(l -> l.startsWith("resident-led-initiatives,GM0153,municipality,2019,OK,")
                                && l.contains(",0.6,")),
                run.out());

        Run district = run(
                "compute",
                EXAMPLE,
                "--level",
                "district",
                "--period",
                "year",
                "--indicators",
                "resident-led-initiatives",
                "--from",
                "2019",
                "--to",
                "2021",
                "--targets",
                targets.toString());
        assertEquals(Welfare.OK, district.code(), district.err());
        assertFalse(district.err().contains(", target 2 "), district.err());
    }

    @Test
    @DisplayName("answers to a question code no indicator reads are a warning with their count and codes")
    void unknownQuestionCode(@TempDir Path dir) throws IOException {
        Path data = copy(dir);
        Files.writeString(
                data.resolve("survey_responses.csv"),
                "bp2019-0097,BU01530000,2019-10-03,wl4,3,1\n"
                        + "bp2019-0098,BU01530000,2019-10-03,wl4,2,1\n"
                        + "bp2019-0098,BU01530000,2019-10-03,zz01,1,1\n",
                StandardOpenOption.APPEND);
        Run run = run("compute", data.toString(), "--level", "municipality");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(
                run.err()
                        .contains("warning: survey_responses (question): should be a question code that an indicator"
                                + " of the catalogue reads, or its answers count in no result (3 answers: wl4 (2), zz01 (1))"
                                + " [" + ComputeRules.UNKNOWN_QUESTION.id() + "]"),
                run.err());

        Run example = run("compute", EXAMPLE, "--level", "municipality");
        assertEquals(Welfare.OK, example.code(), example.err());
        assertFalse(example.err().contains(ComputeRules.UNKNOWN_QUESTION.id()), "every code is read: " + example.err());
    }

    @Test
    @DisplayName("--from, --to and --baseline outside the years of the facts are errors naming the option and years")
    void yearsOutsideTheFacts() {
        Run run = run(
                "compute", EXAMPLE, "--level", "municipality", "--from", "2014", "--to", "2022", "--baseline", "2030");
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        String years = " (2015 to 2021) [" + ComputeRules.OUTSIDE_FACTS.id() + "]";
        assertTrue(
                run.err().contains("--from 2014: must lie within the years the package's facts cover" + years),
                run.err());
        assertTrue(
                run.err().contains("--to 2022: must lie within the years the package's facts cover" + years),
                run.err());
        assertTrue(
                run.err().contains("--baseline 2030: must lie within the years the package's facts cover" + years),
                run.err());
        assertEquals("", run.out());
        assertEquals(
                Welfare.BAD_INPUT,
                run("compute", EXAMPLE, "--baseline", "2014-Q4").code());

        Run within = run(
                "compute",
                EXAMPLE,
                "--level",
                "municipality",
                "--from",
                "2015",
                "--to",
                "2021",
                "--period",
                "year",
                "--baseline",
                "2019");
        assertEquals(Welfare.OK, within.code(), within.err());
        assertFalse(within.err().contains("compute."), within.err());
    }

    @Test
    @DisplayName("a package without facts is a warning that it holds none for the period asked")
    void packageWithoutFacts(@TempDir Path dir) throws IOException {
        Path data = copy(dir);
        Set<String> kept = Set.of("areas.csv", "area_populations.csv", "area_groupings.csv", "datapackage.json");
        try (var files = Files.list(data)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!kept.contains(file.getFileName().toString())) {
                    Files.writeString(file, Files.readAllLines(file).get(0) + "\n");
                }
            }
        }
        assertEquals(Welfare.OK, run("validate", data.toString()).code(), "a valid package");
        Run run = run("compute", data.toString(), "--level", "municipality");
        assertEquals(Welfare.OK, run.code(), run.err());
        String rule = "[" + ComputeRules.NO_FACTS.id() + "]";
        assertTrue(run.err().contains("warning: " + data + ": should hold facts for the period asked"), run.err());
        assertTrue(
                run.err()
                        .contains("it holds no dated fact at all, and the period asked is " + java.time.Year.now()
                                + ", the current year for want of facts) " + rule),
                run.err());
        Run asked = run("compute", data.toString(), "--level", "municipality", "--from", "2019", "--to", "2020");
        assertEquals(Welfare.OK, asked.code(), asked.err());
        assertTrue(asked.err().contains("the period asked is 2019/2020) " + rule), asked.err());

        Run example = run("compute", EXAMPLE, "--level", "municipality");
        assertFalse(example.err().contains(rule), example.err());
    }

    @Test
    @DisplayName("a change or threshold share of an indicator not computed is refused, naming both (already so)")
    void definitionOfAnUnknownBase(@TempDir Path dir) throws IOException {
        Path definitions = Files.writeString(dir.resolve("definitions.json"), """
                {"definitions": [
                  {"id": "feels-safe-changed", "name": "Change in feeling safe", "unit": "share",
                   "polarity": "higher_is_better", "statistical_unit": "persons", "kind": "change",
                   "measure": {"change": {"base": "feels-safer"}}},
                  {"id": "safe-districts", "name": "Safe districts", "unit": "share of districts",
                   "polarity": "higher_is_better", "statistical_unit": "other", "kind": "threshold_share",
                   "measure": {"threshold_share": {"base": "feels-safety", "level": "district", "threshold": 0.5}}}
                ]}
                """);
        Run run = run("compute", EXAMPLE, "--level", "municipality", "--definitions", definitions.toString());
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        String rule = " [" + IndicatorCatalogue.UNKNOWN_BASE.id() + "]";
        assertTrue(run.err().contains("definitions.json, line 4, column "), run.err());
        assertTrue(
                run.err()
                        .contains("(definitions[0].measure.change.base): must name an indicator of the catalogue,"
                                + " rejected: feels-safe-changed -> feels-safer" + rule),
                run.err());
        assertTrue(
                run.err()
                        .contains("(definitions[1].measure.threshold_share.base): must name an indicator of the"
                                + " catalogue, rejected: safe-districts -> feels-safety" + rule),
                run.err());
        assertTrue(run.err().contains("2 faults"), run.err());
        assertEquals("", run.out());
    }
}
