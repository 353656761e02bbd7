package nl.welfare.adapters.files.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Definitions as JSON")
class DefinitionsJsonTest {

    static Path resource(String name) {
        try {
            return Path.of(
                    DefinitionsJsonTest.class.getResource("/json/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String name) {
        try (InputStream in = DefinitionsJsonTest.class.getResourceAsStream("/json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Seq<IndicatorDefinition> EXAMPLE = List.of(
            IndicatorDefinition.builder()
                    .id(IndicatorId.of("shelter-pilot-volunteers"))
                    .name("Volunteers in the shelter pilot")
                    .description("Distinct residents of the shelter pilot who volunteered in the period.")
                    .unit("residents")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .statisticalUnit(StatisticalUnit.PERSONS)
                    .kind(IndicatorKind.DISTINCT_COUNT)
                    .measure(Measure.DistinctCount.of(
                            FactType.PARTICIPATIONS,
                            CountMode.FLOW,
                            Filter.and(
                                    Filter.equalTo("role", "volunteer"),
                                    Filter.memberOfCohort(CohortName.of("shelter-pilot")))))
                    .addGoals(GoalId.of("participation"))
                    .build(),
            IndicatorDefinition.builder()
                    .id(IndicatorId.of("play-initiatives-led-by-residents"))
                    .name("Play initiatives led by residents")
                    .description("")
                    .unit("share")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .statisticalUnit(StatisticalUnit.OTHER)
                    .kind(IndicatorKind.PROPORTION)
                    .measure(Measure.Proportion.builder()
                            .factType(FactType.INITIATIVES)
                            .mode(CountMode.STOCK)
                            .population(Filter.in("theme", Literal.text("playgrounds"), Literal.text("play")))
                            .condition(Filter.not(Filter.equalTo("lead", "professionals")))
                            .build())
                    .build(),
            IndicatorDefinition.builder()
                    .id(IndicatorId.of("new-cases-since-2019-per-1000"))
                    .name("New individual cases per 1,000 inhabitants")
                    .description("")
                    .unit("per 1,000 inhabitants")
                    .polarity(Polarity.LOWER_IS_BETTER)
                    .statisticalUnit(StatisticalUnit.PERSONS)
                    .kind(IndicatorKind.RATE)
                    .measure(Measure.Rate.of(
                            Measure.Count.of(
                                    FactType.SUPPORT_EPISODES,
                                    CountMode.FLOW,
                                    Filter.and(
                                            Filter.equalTo("kind", "individual"),
                                            Filter.atLeast("started", Literal.date(LocalDate.of(2019, 1, 1))))),
                            1000))
                    .build(),
            IndicatorDefinition.builder()
                    .id(IndicatorId.of("feels-safe-change"))
                    .name("Change in feeling safe")
                    .description("")
                    .unit("share")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .statisticalUnit(StatisticalUnit.PERSONS)
                    .kind(IndicatorKind.CHANGE)
                    .measure(Measure.Change.of(IndicatorId.of("feels-safe")))
                    .build());

    @Test
    @DisplayName("reads the example file of the README into the definitions it describes")
    void readsTheExample() {
        assertEquals(EXAMPLE, DefinitionsJson.read(resource("definitions.json")));
    }

    @Test
    @DisplayName("adds the example file to the reference catalogue, its change after the base it names")
    void readsTheExampleIntoTheCatalogue() {
        IndicatorCatalogue all =
                DefinitionsJson.readCatalogue(resource("definitions.json"), ReferenceCatalogue.catalogue());
        assertEquals(ReferenceCatalogue.all().appendAll(EXAMPLE), all.all());
    }

    @Test
    @DisplayName("writes the reference catalogue as the file welfare catalogue --format json prints")
    void writesTheReferenceCatalogue() {
        assertEquals(text("reference-catalogue.json"), DefinitionsJson.toJson(ReferenceCatalogue.all()));
    }

    @Test
    @DisplayName("reads the reference catalogue it wrote back to the same seventeen definitions")
    void referenceCatalogueRoundTrips() {
        String json = DefinitionsJson.toJson(ReferenceCatalogue.all());
        assertEquals(
                ReferenceCatalogue.all(),
                DefinitionsJson.validate("catalogue.json", json).get());
        assertEquals(
                ReferenceCatalogue.all(),
                DefinitionsJson.validate("catalogue.json", json.getBytes(StandardCharsets.UTF_8))
                        .get());
    }

    @Test
    @DisplayName("writes a file in UTF-8 and reads it back")
    void writesAndReadsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.json");
        DefinitionsJson.write(EXAMPLE, file);
        assertEquals(EXAMPLE, DefinitionsJson.read(file));
        assertEquals(DefinitionsJson.toJson(EXAMPLE), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("takes a bare array as well as an object with definitions, and skips a byte-order mark")
    void bareArray() {
        String object = DefinitionsJson.toJson(EXAMPLE);
        String array = object.substring(object.indexOf('['), object.lastIndexOf(']') + 1);
        assertEquals(EXAMPLE, DefinitionsJson.validate("a.json", array).get());
        assertEquals(
                EXAMPLE, DefinitionsJson.validate("a.json", "\uFEFF" + array).get());
        assertEquals(List.empty(), DefinitionsJson.validate("a.json", "[]").get());
        assertEquals(
                List.empty(),
                DefinitionsJson.validate("a.json", "{\"definitions\": []}").get());
    }

    @Test
    @DisplayName("takes what is not given, or null, as its default: no description or goals, filter all, unweighted")
    void defaults() {
        String json = """
                [{"id": "a", "name": "A", "description": null, "unit": "u", "polarity": "neutral",
                  "statistical_unit": "persons", "kind": "proportion",
                  "measure": {"proportion": {"fact_type": "survey_responses", "mode": "flow",
                    "condition": {"equals": {"attribute": "question", "value": "wl04"}}, "weighted": null}}},
                 {"id": "b", "name": "B", "unit": "u", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "count", "measure": {"count": {"fact_type": "initiatives", "mode": "stock"}}},
                 {"id": "c", "name": "C", "unit": "u", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "network", "measure": "network"},
                 {"id": "d", "name": "D", "unit": "u", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "count", "measure": {"count": {"fact_type": "initiatives", "mode": "flow",
                    "filter": {"and": [{"all": {}}, {"active_in_period": {}}, "active_in_period"]}}}}]
                """;
        Seq<IndicatorDefinition> read = DefinitionsJson.validate("d.json", json).get();
        Measure.Proportion a = (Measure.Proportion) read.get(0).measure();
        assertEquals("", read.get(0).description());
        assertEquals(java.util.List.of(), read.get(0).goals());
        assertEquals(Filter.all(), a.population());
        assertEquals(false, a.weighted());
        assertEquals(Filter.all(), ((Measure.Count) read.get(1).measure()).filter());
        assertEquals(Measure.Network.of(), read.get(2).measure());
        assertEquals(
                Filter.and(Filter.all(), Filter.activeInPeriod(), Filter.activeInPeriod()),
                ((Measure.Count) read.get(3).measure()).filter());
    }

    private static IndicatorDefinition network(String id, Measure.Network measure) {
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name("Connected initiatives")
                .description("")
                .unit("share")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticalUnit(StatisticalUnit.OTHER)
                .kind(IndicatorKind.NETWORK)
                .measure(measure)
                .build();
    }

    @Test
    @DisplayName("writes a network's scope and reads it back, the named option within_area as well as the default")
    void networkScopeRoundTrips() {
        Seq<IndicatorDefinition> both = List.of(
                network("connected-within", Measure.Network.of(NetworkScope.WITHIN_AREA)),
                network("connected", Measure.Network.of()));
        String json = DefinitionsJson.toJson(both);
        assertTrue(json.contains("\"scope\": \"within_area\""), json);
        assertTrue(json.contains("\"scope\": \"anywhere\""), json);
        Seq<IndicatorDefinition> read = DefinitionsJson.validate("n.json", json).get();
        assertEquals(both, read);
        assertEquals(NetworkScope.WITHIN_AREA, ((Measure.Network) read.get(0).measure()).scope());
        assertEquals(json, DefinitionsJson.toJson(read));
    }

    @Test
    @DisplayName("reads a network without a scope, or with a null one, as the default: anywhere")
    void networkWithoutScopeIsAnywhere() {
        String json = """
                [{"id": "a", "name": "A", "unit": "share", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "network", "measure": {"network": {}}},
                 {"id": "b", "name": "B", "unit": "share", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "network", "measure": {"network": {"scope": null}}},
                 {"id": "c", "name": "C", "unit": "share", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "network", "measure": "network"},
                 {"id": "d", "name": "D", "unit": "share", "polarity": "neutral", "statistical_unit": "other",
                  "kind": "network", "measure": {"network": {"scope": "Within_Area"}}}]
                """;
        Seq<IndicatorDefinition> read = DefinitionsJson.validate("n.json", json).get();
        for (int i = 0; i < 3; i++) {
            Measure.Network measure = (Measure.Network) read.get(i).measure();
            assertEquals(NetworkScope.ANYWHERE, measure.scope());
            assertEquals(Measure.Network.of(), measure);
        }
        assertEquals(Measure.Network.of(NetworkScope.WITHIN_AREA), read.get(3).measure());
    }

    @Test
    @DisplayName("types a value compared in a filter by its attribute: a date for a date, else a text or a number")
    void literalsAreTypedByTheirAttribute() {
        String json = """
                [{"id": "a", "name": "A", "unit": "u", "polarity": "neutral", "statistical_unit": "persons",
                  "kind": "count", "measure": {"count": {"fact_type": "survey_responses", "mode": "flow",
                    "filter": {"and": [
                      {"range": {"attribute": "date", "min": "2019-03-14", "max": "2019-12-31"}},
                      {"equals": {"attribute": "question", "value": "2019-03-14"}},
                      {"in": {"attribute": "weight", "values": [1, 1.5, 2.0, 1e2]}}]}}}}]
                """;
        Filter filter = ((Measure.Count)
                        DefinitionsJson.validate("a.json", json).get().head().measure())
                .filter();
        assertEquals(
                Filter.and(
                        Filter.between(
                                "date",
                                Literal.date(LocalDate.of(2019, 3, 14)),
                                Literal.date(LocalDate.of(2019, 12, 31))),
                        Filter.equalTo("question", "2019-03-14"),
                        Filter.in(
                                "weight",
                                Literal.integer(1),
                                Literal.decimal(1.5),
                                Literal.decimal(2.0),
                                Literal.decimal(100))),
                filter);
    }

    @Test
    @DisplayName("throws one exception that lists every fault, and reports a file it cannot read")
    void throwsWithEveryFault(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "[{\"id\": \"Bad Id\"}]");
        FileFaultException e = assertThrows(FileFaultException.class, () -> DefinitionsJson.read(file));
        assertEquals(7, e.faults().size(), e::getMessage);
        assertTrue(e.getMessage()
                .startsWith("7 faults:\n" + file
                        + ", line 1, column 2 ([0].name): must be given [json.missing-property]\n"));
        assertTrue(
                e.getMessage()
                        .endsWith(
                                ", line 1, column 9 ([0].id): must be kebab-case (lower-case letters and digits"
                                        + " in words joined by single hyphens), 1 to 64 characters, rejected: Bad Id [indicator-id.format]"));
        FileFaultException missing =
                assertThrows(FileFaultException.class, () -> DefinitionsJson.read(dir.resolve("missing.json")));
        assertEquals(JsonRules.UNREADABLE, missing.faults().head().rule());
        assertEquals(
                JsonRules.UNREADABLE,
                DefinitionsJson.validateCatalogue(dir.resolve("missing.json"), ReferenceCatalogue.catalogue())
                        .getError()
                        .head()
                        .rule());
    }

    @Test
    @DisplayName("writes the same definitions to the same text, with a line feed at the end")
    void stableOutput() {
        String once = DefinitionsJson.toJson(ReferenceCatalogue.all());
        assertEquals(once, DefinitionsJson.toJson(ReferenceCatalogue.all()));
        assertTrue(once.endsWith("}\n"));
        assertTrue(!once.contains("\r"));
        assertEquals("{\n  \"definitions\": []\n}\n", DefinitionsJson.toJson(List.empty()));
    }
}
