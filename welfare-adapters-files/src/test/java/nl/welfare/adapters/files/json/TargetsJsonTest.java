package nl.welfare.adapters.files.json;

import static nl.welfare.adapters.files.json.JsonFaults.assertFault;
import static nl.welfare.adapters.files.json.JsonFaults.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Targets as JSON")
class TargetsJsonTest {

    private static final Targets EXAMPLE = Targets.of(List.of(
            Target.of(
                    "resident-led-initiatives", TargetScope.level(AreaLevel.DISTRICT), ReportingPeriod.year(2022), 0.8),
            Target.of(
                    "resident-led-initiatives",
                    TargetScope.area(AreaCode.of("WK015300")),
                    ReportingPeriod.year(2022),
                    0.9),
            Target.of("feels-safe", TargetScope.group("borough", "OOST"), ReportingPeriod.quarter(2019, 2), 0.75),
            Target.of("loneliness", TargetScope.grouping("borough"), ReportingPeriod.years(2018, 2022), 0.1),
            Target.of(
                    "individual-support-per-1000",
                    TargetScope.area(AreaCode.of("GM0153")),
                    ReportingPeriod.year(2021),
                    25)));

    private static final String ONE = """
            {"targets": [
              {"indicator": "feels-safe", "level": "district", "period": "2022", "value": 0.8}
            ]}
            """;

    @Test
    @DisplayName("reads the example file of the README, every scope and a year given as a number")
    void readsTheExample() {
        assertEquals(EXAMPLE, TargetsJson.read(DefinitionsJsonTest.resource("targets.json")));
        assertEquals(
                EXAMPLE,
                TargetsJson.read(DefinitionsJsonTest.resource("targets.json"), ReferenceCatalogue.catalogue()));
    }

    @Test
    @DisplayName("writes targets in their order, each on a fixed order of properties, and reads them back")
    void writesAndReads(@TempDir Path dir) throws IOException {
        String json = TargetsJson.toJson(Targets.of(EXAMPLE.targets().subList(2, 4)));
        assertEquals("""
                {
                  "targets": [
                    {
                      "indicator": "feels-safe",
                      "grouping": "borough",
                      "group": "OOST",
                      "period": "2019-Q2",
                      "value": 0.75
                    },
                    {
                      "indicator": "loneliness",
                      "grouping": "borough",
                      "period": "2018/2022",
                      "value": 0.1
                    }
                  ]
                }
                """, json);
        Path file = dir.resolve("targets.json");
        TargetsJson.write(EXAMPLE, file);
        assertEquals(EXAMPLE, TargetsJson.read(file));
        assertEquals(TargetsJson.toJson(EXAMPLE), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(Targets.empty(), TargetsJson.validate("t.json", "[]").get());
        assertEquals(
                Targets.empty(),
                TargetsJson.validate("t.json", TargetsJson.toJson(Targets.empty()))
                        .get());
    }

    @Test
    @DisplayName("takes a bare array, and bytes in UTF-8")
    void bareArray() {
        String array =
                "[{\"indicator\": \"feels-safe\", \"level\": \"district\", \"period\": \"2022\", \"value\": 0.8}]";
        Targets one = Targets.of(List.of(
                Target.of("feels-safe", TargetScope.level(AreaLevel.DISTRICT), ReportingPeriod.year(2022), 0.8)));
        assertEquals(one, TargetsJson.validate("t.json", array).get());
        assertEquals(
                one,
                TargetsJson.validate("t.json", ONE.getBytes(StandardCharsets.UTF_8))
                        .get());
    }

    /** {@link #ONE} with its scope replaced by {@code properties}. */
    private static String scope(String properties) {
        return ONE.replace("\"level\": \"district\"", properties);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                arguments(
                        "an id that is not kebab-case",
                        ONE.replace("\"feels-safe\"", "\"Feels safe\""),
                        IndicatorId.FORMAT,
                        "targets[0].indicator",
                        "»\"Feels safe\""),
                arguments(
                        "a value in percent",
                        ONE.replace("0.8", "\"80%\""),
                        JsonRules.NOT_A_NUMBER,
                        "targets[0].value",
                        "»\"80%\""),
                arguments(
                        "a value too large to be finite",
                        ONE.replace("0.8", "1e999"),
                        Target.VALUE_NOT_FINITE,
                        "targets[0].value",
                        "»1e999"),
                arguments(
                        "no period",
                        ONE.replace(", \"period\": \"2022\"", ""),
                        JsonRules.MISSING_PROPERTY,
                        "targets[0].period",
                        "  »{\"indicator\""),
                arguments(
                        "a period that is true",
                        ONE.replace("\"2022\"", "true"),
                        JsonRules.NOT_A_STRING,
                        "targets[0].period",
                        "»true"),
                arguments(
                        "a period in no known form",
                        ONE.replace("\"2022\"", "\"2022-H1\""),
                        ReportingPeriod.FORMAT,
                        "targets[0].period",
                        "»\"2022-H1\""),
                arguments(
                        "a period that ends before it starts",
                        ONE.replace("\"2022\"", "\"2022-03-14/2022-01-01\""),
                        ReportingPeriod.END_BEFORE_START,
                        "targets[0].period",
                        "»\"2022-03-14/2022-01-01\""),
                arguments(
                        "two kinds of scope",
                        scope("\"level\": \"district\", \"area\": \"GM0153\""),
                        JsonRules.SCOPE_SHAPE,
                        "targets[0]",
                        "  »{\"indicator\""),
                arguments(
                        "a group without grouping",
                        scope("\"level\": \"district\", \"group\": \"OOST\""),
                        JsonRules.SCOPE_SHAPE,
                        "targets[0]",
                        "  »{\"indicator\""),
                arguments(
                        "no scope", scope("\"area\": null"), JsonRules.SCOPE_SHAPE, "targets[0]", "  »{\"indicator\""),
                arguments(
                        "the scope as an object",
                        scope("\"scope\": {\"level\": \"district\"}, \"level\": \"district\""),
                        JsonRules.UNKNOWN_PROPERTY,
                        "targets[0].scope",
                        "»\"scope\""),
                arguments(
                        "an area that is no CBS code",
                        scope("\"area\": \"WK15300\""),
                        AreaCode.FORMAT,
                        "targets[0].area",
                        "»\"WK15300\""),
                arguments(
                        "an unknown level",
                        ONE.replace("\"district\"", "\"wijk\""),
                        AreaLevel.KNOWN,
                        "targets[0].level",
                        "»\"wijk\""),
                arguments(
                        "a grouping named like a level",
                        scope("\"grouping\": \"district\""),
                        TargetScope.GROUPING_IS_LEVEL,
                        "targets[0].grouping",
                        "»\"district\""),
                arguments(
                        "a blank grouping",
                        scope("\"grouping\": \" \", \"group\": \"OOST\""),
                        TargetScope.GROUPING_BLANK,
                        "targets[0].grouping",
                        "»\" \""),
                arguments(
                        "a group code in lower case",
                        scope("\"grouping\": \"borough\", \"group\": \"oost\""),
                        TargetScope.GROUP_CODE_FORMAT,
                        "targets[0].group",
                        "»\"oost\""),
                arguments("a document that is a number", "42", JsonRules.NOT_A_LIST, "", "»42"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @DisplayName("a fault is reported once, at its value, with its rule")
    void fault(String description, String json, Rule rule, String field, String marker) {
        assertOnly(TargetsJson.validate("t.json", json).getError(), json, rule, field, marker);
    }

    @Test
    @DisplayName("a second target for the same indicator, scope and period is a fault of the second")
    void duplicate() {
        String json = """
                [{"indicator": "feels-safe", "area": "GM0153", "period": "2022", "value": 0.8},
                 {"indicator": "feels-safe", "area": "GM0153", "period": "2022-Q1", "value": 0.8},
                 {"indicator": "feels-safe", "area": "GM0153", "period": 2022, "value": 0.7}]
                """;
        assertOnly(
                TargetsJson.validate("t.json", json).getError(),
                json,
                Targets.DUPLICATE,
                "[2]",
                "»{\"indicator\": \"feels-safe\", \"area\": \"GM0153\", \"period\": 2022");
    }

    @Test
    @DisplayName("read against a catalogue, a target names one of its indicators")
    void unknownIndicator(@TempDir Path dir) throws IOException {
        String json = ONE.replace("feels-safe", "feels-save");
        Path file = dir.resolve("t.json");
        Files.writeString(file, json);
        Seq<FileFault> faults =
                TargetsJson.validate(file, ReferenceCatalogue.catalogue()).getError();
        assertOnly(faults, json, JsonRules.UNKNOWN_INDICATOR, "targets[0].indicator", "»\"feels-save\"");
        assertEquals(1, TargetsJson.validate(file).get().targets().size());
        FileFaultException e =
                assertThrows(FileFaultException.class, () -> TargetsJson.read(file, ReferenceCatalogue.catalogue()));
        assertFault(e.faults().head(), json, JsonRules.UNKNOWN_INDICATOR, "targets[0].indicator", "»\"feels-save\"");
        assertEquals(
                JsonRules.UNREADABLE,
                TargetsJson.validate(dir.resolve("none.json")).getError().head().rule());
    }

    @Test
    @DisplayName("read against a catalogue, a share's target lies between 0 and 1: 60 meant as 60% is refused")
    void shareRange(@TempDir Path dir) throws IOException {
        String json = ONE.replace("0.8", "60");
        Path file = dir.resolve("targets.json");
        Files.writeString(file, json);
        Seq<FileFault> faults =
                TargetsJson.validate(file, ReferenceCatalogue.catalogue()).getError();
        assertOnly(faults, json, Target.SHARE_RANGE, "targets[0].value", "»60}");
        String message = faults.head().message();
        assertEquals(
                "targets.json, line 2, column 79 (targets[0].value): " + Target.SHARE_RANGE.description()
                        + ", rejected: 60, meant as 60%? write 0.6, not 60 [target.share-range]",
                message.substring(message.indexOf("targets.json")));
        assertEquals(1, TargetsJson.validate(file).get().targets().size(), "without a catalogue, kinds are unknown");
        Files.writeString(file, ONE.replace("0.8", "0.6"));
        assertEquals(
                1,
                TargetsJson.read(file, ReferenceCatalogue.catalogue()).targets().size());
    }
}
