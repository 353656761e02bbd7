package nl.welfare.adapters.files.json;

import static nl.welfare.adapters.files.json.JsonFaults.assertFault;
import static nl.welfare.adapters.files.json.JsonFaults.assertOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.Rule;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule a definitions file can break, each in a file that breaks it once: the fault names the rule, the JSON
 * path and the line and column of the value (marked {@code »} in the expected place).
 */
@DisplayName("Faults in a definitions file")
class DefinitionsJsonFaultsTest {

    /** A count of collective provisions, as an object with definitions. */
    private static final String COUNT = """
            {"definitions": [{
              "id": "collective-provisions",
              "name": "Collective provisions",
              "unit": "provisions",
              "polarity": "higher_is_better",
              "statistical_unit": "other",
              "kind": "count",
              "goals": ["specialist-to-prevention"],
              "measure": {"count": {"fact_type": "provisions", "mode": "stock",
                "filter": {"equals": {"attribute": "kind", "value": "collective"}}}}
            }]}
            """;

    /** A weighted share of survey answers, as a bare array. */
    private static final String SHARE = """
            [{"id": "feels-safe-2", "name": "Feels safe", "unit": "share", "polarity": "higher_is_better",
              "statistical_unit": "persons", "kind": "proportion",
              "measure": {"proportion": {"fact_type": "survey_responses", "mode": "flow", "weighted": true,
                "population": {"and": [{"equals": {"attribute": "question", "value": "wl04"}},
                                       {"range": {"attribute": "answer", "min": 1, "max": 5}}]},
                "condition": {"in": {"attribute": "answer", "values": [1, 2]}}}}}]
            """;

    /** Support episodes per 1,000 inhabitants. */
    private static final String RATE = """
            [{"id": "episodes-per-1000", "name": "Episodes", "unit": "per 1,000", "polarity": "lower_is_better",
              "statistical_unit": "persons", "kind": "rate",
              "measure": {"rate": {"count": {"count": {"fact_type": "support_episodes", "mode": "stock"}},
                "per_inhabitants": 1000}}}]
            """;

    /** The share of districts where most initiatives are resident-led. */
    private static final String THRESHOLD = """
            [{"id": "districts-resident-led", "name": "Districts", "unit": "share", "polarity": "higher_is_better",
              "statistical_unit": "other", "kind": "threshold_share",
              "measure": {"threshold_share": {"base": "resident-led-initiatives", "level": "district",
                "threshold": 0.8}}}]
            """;

    /** The share of connected initiatives, within the area only. */
    private static final String NETWORK = """
            [{"id": "connected-within", "name": "Connected", "unit": "share", "polarity": "higher_is_better",
              "statistical_unit": "other", "kind": "network",
              "measure": {"network": {"scope": "within_area"}}}]
            """;

    private static final String COUNT_FILTER = "{\"equals\": {\"attribute\": \"kind\", \"value\": \"collective\"}}";
    private static final String COUNT_AT = "definitions[0].measure.count.filter";
    private static final String SHARE_AT = "[0].measure.proportion";
    private static final String RATE_AT = "[0].measure.rate.count.count";

    private static String countFilter(String filter) {
        return COUNT.replace(COUNT_FILTER, filter);
    }

    /** The one definition of a bare array of one. */
    private static String element(String array) {
        return array.substring(array.indexOf('[') + 1, array.lastIndexOf(']'));
    }

    private static String perInhabitants(String value) {
        return RATE.replace("\"per_inhabitants\": 1000", "\"per_inhabitants\": " + value);
    }

    private static String rateCount(String properties) {
        return RATE.replace("\"fact_type\": \"support_episodes\", \"mode\": \"stock\"", properties);
    }

    static Stream<Arguments> jsonFaults() {
        return Stream.of(
                arguments(
                        "two commas",
                        COUNT.replace("\"kind\": \"count\",", "\"kind\": \"count\",,"),
                        JsonRules.MALFORMED,
                        "",
                        "\"count\",»,"),
                arguments("content after the document", "[] {}", JsonRules.MALFORMED, "", "»{}"),
                arguments("a document cut short", "[{\"id\": \"a\"", JsonRules.MALFORMED, "", "\"a\"»"),
                arguments(
                        "a property twice",
                        COUNT.replace("\"unit\": \"provisions\",", "\"unit\": \"provisions\", \"unit\": \"again\","),
                        JsonRules.DUPLICATE_PROPERTY,
                        "definitions[0].unit",
                        ", »\"unit\": \"again\""),
                arguments(
                        "an unknown property",
                        COUNT.replace("\"unit\": \"provisions\",", "\"unit\": \"provisions\", \"colour\": \"red\","),
                        JsonRules.UNKNOWN_PROPERTY,
                        "definitions[0].colour",
                        "»\"colour\""),
                arguments(
                        "an unknown property with a space in its name",
                        COUNT.replace("\"mode\": \"stock\",", "\"mode\": \"stock\", \"fact type\": \"x\","),
                        JsonRules.UNKNOWN_PROPERTY,
                        "definitions[0].measure.count[\"fact type\"]",
                        "»\"fact type\""),
                arguments(
                        "a missing property",
                        COUNT.replace("\"unit\": \"provisions\",", ""),
                        JsonRules.MISSING_PROPERTY,
                        "definitions[0].unit",
                        "[»{"),
                arguments(
                        "a null for a required property",
                        COUNT.replace("\"unit\": \"provisions\",", "\"unit\": null,"),
                        JsonRules.MISSING_PROPERTY,
                        "definitions[0].unit",
                        "[»{"),
                arguments(
                        "a number for a code",
                        COUNT.replace("\"higher_is_better\"", "1"),
                        JsonRules.NOT_A_STRING,
                        "definitions[0].polarity",
                        "\"polarity\": »1"),
                arguments(
                        "a text for a threshold",
                        THRESHOLD.replace("0.8", "\"high\""),
                        JsonRules.NOT_A_NUMBER,
                        "[0].measure.threshold_share.threshold",
                        "»\"high\""),
                arguments(
                        "a fraction for per_inhabitants",
                        perInhabitants("1000.5"),
                        JsonRules.NOT_AN_INTEGER,
                        "[0].measure.rate.per_inhabitants",
                        "»1000.5"),
                arguments(
                        "an exponent for per_inhabitants",
                        perInhabitants("1e3"),
                        JsonRules.NOT_AN_INTEGER,
                        "[0].measure.rate.per_inhabitants",
                        "»1e3"),
                arguments(
                        "a whole number too large for a literal",
                        COUNT.replace("\"collective\"", "99999999999999999999"),
                        JsonRules.NOT_AN_INTEGER,
                        COUNT_AT + ".equals.value",
                        "»99999999999999999999"),
                arguments(
                        "a number for a network's scope",
                        NETWORK.replace("\"within_area\"", "1"),
                        JsonRules.NOT_A_STRING,
                        "[0].measure.network.scope",
                        "\"scope\": »1"),
                arguments(
                        "an unknown property of a network",
                        NETWORK.replace("\"scope\"", "\"reach\""),
                        JsonRules.UNKNOWN_PROPERTY,
                        "[0].measure.network.reach",
                        "»\"reach\""),
                arguments(
                        "a text for weighted",
                        SHARE.replace("true", "\"yes\""),
                        JsonRules.NOT_A_BOOLEAN,
                        SHARE_AT + ".weighted",
                        "»\"yes\""),
                arguments(
                        "an array for a measure's properties",
                        COUNT.replace(
                                "{\"count\": {\"fact_type\": \"provisions\", \"mode\": \"stock\",\n    \"filter\": "
                                        + COUNT_FILTER + "}}",
                                "{\"count\": []}"),
                        JsonRules.NOT_AN_OBJECT,
                        "definitions[0].measure.count",
                        "{\"count\": »[]"),
                arguments(
                        "a text for a definition",
                        "{\"definitions\": [\"feels-safe\"]}",
                        JsonRules.NOT_AN_OBJECT,
                        "definitions[0]",
                        "»\"feels-safe\""),
                arguments(
                        "a text for a filter's properties",
                        countFilter("{\"equals\": \"kind\"}"),
                        JsonRules.NOT_AN_OBJECT,
                        COUNT_AT + ".equals",
                        "\"equals\": »\"kind\""),
                arguments(
                        "an object for the definitions",
                        "{\"definitions\": {}}",
                        JsonRules.NOT_AN_ARRAY,
                        "definitions",
                        "»{}"),
                arguments(
                        "a text for goals",
                        COUNT.replace("[\"specialist-to-prevention\"]", "\"specialist-to-prevention\""),
                        JsonRules.NOT_AN_ARRAY,
                        "definitions[0].goals",
                        "»\"specialist-to-prevention\""),
                arguments(
                        "a number for values",
                        SHARE.replace("[1, 2]", "1"),
                        JsonRules.NOT_AN_ARRAY,
                        SHARE_AT + ".condition.in.values",
                        "\"values\": »1"),
                arguments(
                        "an object for the operands of and",
                        countFilter("{\"and\": {}}"),
                        JsonRules.NOT_AN_ARRAY,
                        COUNT_AT + ".and",
                        "»{}}"),
                arguments("a text for the document", "\"feels-safe\"", JsonRules.NOT_A_LIST, "", "»\"feels-safe\""),
                arguments(
                        "a boolean compared",
                        COUNT.replace("\"collective\"", "true"),
                        JsonRules.NOT_A_LITERAL,
                        COUNT_AT + ".equals.value",
                        "»true"),
                arguments(
                        "a date that is not one",
                        countFilter("{\"range\": {\"attribute\": \"started\", \"min\": \"2019-13-01\"}}"),
                        JsonRules.NOT_A_DATE,
                        COUNT_AT + ".range.min",
                        "»\"2019-13-01\""),
                arguments(
                        "a filter without kind",
                        countFilter("{}"),
                        JsonRules.NOT_ONE_KIND,
                        COUNT_AT,
                        "\"filter\": »{}"),
                arguments(
                        "a filter of two kinds",
                        countFilter("{\"all\": {}, \"active_in_period\": {}}"),
                        JsonRules.NOT_ONE_KIND,
                        COUNT_AT,
                        "»{\"all\""),
                arguments(
                        "a misspelt kind of filter",
                        countFilter("{\"equal\": {\"attribute\": \"kind\", \"value\": \"collective\"}}"),
                        JsonRules.UNKNOWN_FILTER,
                        COUNT_AT + ".equal",
                        "»\"equal\""),
                arguments(
                        "a text that is no filter",
                        countFilter("\"everything\""),
                        JsonRules.NOT_AN_OBJECT,
                        COUNT_AT,
                        "»\"everything\""),
                arguments(
                        "an unknown kind of measure",
                        THRESHOLD.replace("\"threshold_share\": {", "\"share\": {"),
                        JsonRules.UNKNOWN_MEASURE,
                        "[0].measure.share",
                        "{»\"share\": {"),
                arguments(
                        "a rate of a mean",
                        RATE.replace("{\"count\": {\"fact_type\"", "{\"mean\": {\"fact_type\""),
                        JsonRules.NOT_A_COUNT,
                        "[0].measure.rate.count.mean",
                        "»\"mean\""));
    }

    static Stream<Arguments> domainFaults() {
        return Stream.of(
                arguments(
                        "an id that is not kebab-case",
                        COUNT.replace("\"collective-provisions\"", "\"Collective Provisions\""),
                        IndicatorId.FORMAT,
                        "definitions[0].id",
                        "»\"Collective Provisions\""),
                arguments(
                        "a blank name",
                        COUNT.replace("\"Collective provisions\"", "\" \""),
                        IndicatorDefinition.NAME_BLANK,
                        "definitions[0].name",
                        "\"name\": »\" \""),
                arguments(
                        "a blank unit",
                        COUNT.replace("\"provisions\",\n", "\"\",\n"),
                        IndicatorDefinition.UNIT_BLANK,
                        "definitions[0].unit",
                        "\"unit\": »\"\""),
                arguments(
                        "an unknown polarity",
                        COUNT.replace("higher_is_better", "up"),
                        Polarity.KNOWN,
                        "definitions[0].polarity",
                        "»\"up\""),
                arguments(
                        "an unknown statistical unit",
                        COUNT.replace("\"other\"", "\"people\""),
                        StatisticalUnit.KNOWN,
                        "definitions[0].statistical_unit",
                        "»\"people\""),
                arguments(
                        "an unknown kind",
                        COUNT.replace("\"kind\": \"count\"", "\"kind\": \"tally\""),
                        IndicatorKind.KNOWN,
                        "definitions[0].kind",
                        "»\"tally\""),
                arguments(
                        "a kind that is not the measure's",
                        COUNT.replace("\"kind\": \"count\"", "\"kind\": \"rate\""),
                        IndicatorDefinition.KIND_MISMATCH,
                        "definitions[0].kind",
                        "»\"rate\""),
                arguments(
                        "a goal id with a space",
                        COUNT.replace("specialist-to-prevention", "specialist to prevention"),
                        GoalId.FORMAT,
                        "definitions[0].goals[0]",
                        "»\"specialist to prevention\""),
                arguments(
                        "an unknown fact type",
                        COUNT.replace("\"fact_type\": \"provisions\"", "\"fact_type\": \"provision\""),
                        FactType.KNOWN,
                        "definitions[0].measure.count.fact_type",
                        "»\"provision\""),
                arguments(
                        "an unknown mode",
                        COUNT.replace("\"stock\"", "\"stocks\""),
                        CountMode.KNOWN,
                        "definitions[0].measure.count.mode",
                        "»\"stocks\""),
                arguments(
                        "an unknown network scope",
                        NETWORK.replace("\"within_area\"", "\"neighbourhood\""),
                        NetworkScope.KNOWN,
                        "[0].measure.network.scope",
                        "»\"neighbourhood\""),
                arguments(
                        "an unknown level",
                        THRESHOLD.replace("\"district\"", "\"wijk\""),
                        AreaLevel.KNOWN,
                        "[0].measure.threshold_share.level",
                        "»\"wijk\""),
                arguments(
                        "a threshold too large to be finite",
                        THRESHOLD.replace("0.8", "1e999"),
                        Measure.THRESHOLD_NOT_FINITE,
                        "[0].measure.threshold_share.threshold",
                        "»1e999"),
                arguments(
                        "a threshold share of itself",
                        THRESHOLD.replace("\"resident-led-initiatives\"", "\"districts-resident-led\""),
                        IndicatorDefinition.REFERS_TO_ITSELF,
                        "[0].measure.threshold_share.base",
                        "\"base\": »\"districts-resident-led\""),
                arguments(
                        "a rate per no inhabitants",
                        perInhabitants("0"),
                        Measure.PER_INHABITANTS_NOT_POSITIVE,
                        "[0].measure.rate.per_inhabitants",
                        "\"per_inhabitants\": »0"),
                arguments(
                        "a rate of facts without area",
                        rateCount("\"fact_type\": \"initiative_links\", \"mode\": \"stock\""),
                        IndicatorDefinition.FACT_TYPE_WITHOUT_AREA,
                        RATE_AT + ".fact_type",
                        "»\"initiative_links\""),
                arguments(
                        "a rate of a flow of undated facts",
                        rateCount("\"fact_type\": \"activities\", \"mode\": \"flow\""),
                        IndicatorDefinition.FLOW_WITHOUT_DATE,
                        RATE_AT + ".mode",
                        "»\"flow\""),
                arguments(
                        "a rate of a stock of facts without span",
                        rateCount("\"fact_type\": \"participations\", \"mode\": \"stock\""),
                        IndicatorDefinition.STOCK_WITHOUT_SPAN,
                        RATE_AT + ".mode",
                        "»\"stock\""),
                arguments(
                        "a share of survey answers whose unit is not persons",
                        SHARE.replace("\"persons\"", "\"other\""),
                        IndicatorDefinition.UNIT_HIDES_PERSONS,
                        "[0].statistical_unit",
                        "»\"other\""),
                arguments(
                        "a share whose condition is all",
                        SHARE.replace("{\"in\": {\"attribute\": \"answer\", \"values\": [1, 2]}}", "\"all\""),
                        IndicatorDefinition.CONDITION_IS_ALL,
                        SHARE_AT + ".condition",
                        "»\"all\""),
                arguments(
                        "an attribute the fact type does not have",
                        SHARE.replace("\"question\"", "\"questoin\""),
                        Filter.UNKNOWN_ATTRIBUTE,
                        SHARE_AT + ".population.and[0].equals.attribute",
                        "»\"questoin\""),
                arguments(
                        "a text among integers",
                        SHARE.replace("[1, 2]", "[1, \"2\"]"),
                        Filter.TYPE_MISMATCH,
                        SHARE_AT + ".condition.in.values[1]",
                        "»\"2\""),
                arguments(
                        "a date for a number in a range",
                        SHARE.replace("\"max\": 5", "\"max\": 5.5"),
                        Filter.TYPE_MISMATCH,
                        SHARE_AT + ".population.and[1].range.max",
                        "»5.5"),
                arguments(
                        "a code the enum does not have",
                        COUNT.replace("\"collective\"", "\"colective\""),
                        Filter.UNKNOWN_CODE,
                        COUNT_AT + ".equals.value",
                        "»\"colective\""),
                arguments(
                        "a range of an enum",
                        countFilter("{\"range\": {\"attribute\": \"kind\", \"min\": \"a\"}}"),
                        Filter.RANGE_NOT_ORDERED,
                        COUNT_AT + ".range.attribute",
                        "»\"kind\", \"min\""),
                arguments(
                        "a date within the period of a name",
                        countFilter("{\"date_within_period\": {\"attribute\": \"name\"}}"),
                        Filter.NOT_A_DATE,
                        COUNT_AT + ".date_within_period.attribute",
                        "»\"name\"}"),
                arguments(
                        "activity in the period of survey answers",
                        SHARE.replace(
                                "{\"in\": {\"attribute\": \"answer\", \"values\": [1, 2]}}", "\"active_in_period\""),
                        Filter.NO_SPAN,
                        SHARE_AT + ".condition",
                        "»\"active_in_period\""),
                arguments(
                        "a cohort of respondents",
                        SHARE.replace(
                                "{\"in\": {\"attribute\": \"answer\", \"values\": [1, 2]}}",
                                "{\"member_of_cohort\": {\"cohort\": \"shelter-pilot\"}}"),
                        Filter.COHORT_WITHOUT_RESIDENT,
                        SHARE_AT + ".condition",
                        "»{\"member_of_cohort\""),
                arguments(
                        "a cohort name with capitals",
                        rateCount("\"fact_type\": \"support_episodes\", \"mode\": \"stock\", \"filter\":"
                                + " {\"member_of_cohort\": {\"cohort\": \"Pilot\"}}"),
                        CohortName.FORMAT,
                        RATE_AT + ".filter.member_of_cohort.cohort",
                        "»\"Pilot\""),
                arguments(
                        "an in without values",
                        SHARE.replace("[1, 2]", "[]"),
                        Filter.EMPTY_IN,
                        SHARE_AT + ".condition.in.values",
                        "»[]"),
                arguments(
                        "a range without bounds",
                        SHARE.replace(", \"min\": 1, \"max\": 5", ""),
                        Filter.RANGE_WITHOUT_BOUNDS,
                        SHARE_AT + ".population.and[1].range",
                        "{\"range\": »{"),
                arguments(
                        "a range whose minimum is above its maximum",
                        SHARE.replace("\"min\": 1, \"max\": 5", "\"min\": 5, \"max\": 1"),
                        Filter.RANGE_MIN_ABOVE_MAX,
                        SHARE_AT + ".population.and[1].range",
                        "{\"range\": »{"),
                arguments(
                        "an and without operands",
                        countFilter("{\"not\": {\"and\": []}}"),
                        Filter.NO_OPERANDS,
                        COUNT_AT + ".not.and",
                        "»[]"),
                arguments(
                        "a decimal too large to be finite",
                        SHARE.replace("[1, 2]", "[1, 1e999]"),
                        Literal.NOT_FINITE,
                        SHARE_AT + ".condition.in.values[1]",
                        "»1e999"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFaults")
    @DisplayName("a fault of the JSON is reported once, at its value, with its rule")
    void jsonFault(String description, String json, Rule rule, String field, String marker) {
        assertOnly(faults(json), json, rule, field, marker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainFaults")
    @DisplayName("a rule of the domain is reported once, at the value that breaks it, with its rule")
    void domainFault(String description, String json, Rule rule, String field, String marker) {
        assertOnly(faults(json), json, rule, field, marker);
    }

    private static Seq<FileFault> faults(String json) {
        return DefinitionsJson.validate("d.json", json).getError();
    }

    @Test
    @DisplayName("the example's path: the attribute of the second operand of the condition of the fourth definition")
    void pathOfTheBrief() {
        String example = DefinitionsJsonTest.text("definitions.json");
        String fourth =
                element(SHARE).replace("\"condition\": {\"in\": {\"attribute\": \"answer\", \"values\": [1, 2]}}", """
                        "condition": {"and": [{"in": {"attribute": "answer", "values": [1, 2]}},
                                              {"equals": {"attribute": "gender", "value": "x"}}]}""");
        String json = example.replace("\"feels-safe\"}}\n    }\n", "\"feels-safe\"}}\n    },\n" + fourth + "\n");
        assertOnly(
                faults(json),
                json,
                Filter.UNKNOWN_ATTRIBUTE,
                "definitions[4].measure.proportion.condition.and[1].equals.attribute",
                "»\"gender\"");
    }

    @Test
    @DisplayName("an empty file, a file that is not UTF-8 and a file nested too deep are malformed")
    void unreadableDocuments() {
        Seq<FileFault> empty = DefinitionsJson.validate("d.json", "  ").getError();
        assertEquals(JsonRules.MALFORMED, empty.single().rule());
        assertEquals(Optional.of("(empty file)"), empty.single().rejected());
        byte[] latin1 = "[{\"name\": \"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1);
        FileFault notUtf8 =
                DefinitionsJson.validate("d.json", latin1).getError().single();
        assertEquals(JsonRules.NOT_UTF8, notUtf8.rule());
        assertEquals(Optional.of("byte 15 (0xE9)"), notUtf8.rejected());
        String deep = "[".repeat(JsonRules.MAX_DEPTH + 1) + "]".repeat(JsonRules.MAX_DEPTH + 1);
        assertEquals(
                JsonRules.MALFORMED,
                DefinitionsJson.validate("d.json", deep).getError().single().rule());
        String deepFilter =
                countFilter("{\"not\": ".repeat(JsonRules.MAX_DEPTH) + "\"all\"" + "}".repeat(JsonRules.MAX_DEPTH));
        assertEquals(
                JsonRules.MALFORMED,
                DefinitionsJson.validate("d.json", deepFilter)
                        .getError()
                        .single()
                        .rule());
    }

    @Test
    @DisplayName("every fault of every definition is reported at once, in the order of the file")
    void everyFaultAtOnce() {
        String json = "[" + element(SHARE).replace("\"question\"", "\"questoin\"")
                + ",\n"
                + element(perInhabitants("0")).replace("lower_is_better", "down")
                + ",\n"
                + COUNT.substring(COUNT.indexOf("[") + 1, COUNT.lastIndexOf(']'))
                        .replace("\"collective\"", "\"colective\"")
                        .replace("\"provisions\",\n", "\" \",\n")
                + "]";
        Seq<FileFault> faults = faults(json);
        assertEquals(5, faults.size(), () -> faults.mkString("\n"));
        assertFault(
                faults.get(0),
                json,
                Filter.UNKNOWN_ATTRIBUTE,
                "[0].measure.proportion.population.and[0].equals.attribute",
                "»\"questoin\"");
        assertFault(faults.get(1), json, Polarity.KNOWN, "[1].polarity", "»\"down\"");
        assertFault(
                faults.get(2),
                json,
                Measure.PER_INHABITANTS_NOT_POSITIVE,
                "[1].measure.rate.per_inhabitants",
                "\"per_inhabitants\": »0");
        assertFault(faults.get(3), json, IndicatorDefinition.UNIT_BLANK, "[2].unit", "\"unit\": »\" \"");
        assertFault(
                faults.get(4), json, Filter.UNKNOWN_CODE, "[2].measure.count.filter.equals.value", "»\"colective\"");
    }

    @Test
    @DisplayName("a measure that cannot be built still has its filters checked against its fact type")
    void filtersOfABrokenMeasure() {
        String json = SHARE.replace("\"mode\": \"flow\", ", "").replace("\"question\"", "\"questoin\"");
        Seq<FileFault> faults = faults(json);
        assertEquals(2, faults.size(), () -> faults.mkString("\n"));
        assertFault(faults.get(0), json, JsonRules.MISSING_PROPERTY, SHARE_AT + ".mode", "{\"proportion\": »{");
        assertFault(
                faults.get(1),
                json,
                Filter.UNKNOWN_ATTRIBUTE,
                SHARE_AT + ".population.and[0].equals.attribute",
                "»\"questoin\"");
        String badPolarity = SHARE.replace("higher_is_better", "up").replace("[1, 2]", "[1, 2.5]");
        Seq<FileFault> measureChecked = faults(badPolarity);
        assertEquals(2, measureChecked.size(), () -> measureChecked.mkString("\n"));
        assertFault(measureChecked.get(0), badPolarity, Polarity.KNOWN, "[0].polarity", "»\"up\"");
        assertFault(
                measureChecked.get(1), badPolarity, Filter.TYPE_MISMATCH, SHARE_AT + ".condition.in.values[1]", "»2.5");
    }

    @Test
    @DisplayName("a second definition with the same id is a fault at its id")
    void duplicateIds() {
        String twice = "[" + element(RATE) + ",\n" + element(RATE).replace("\"Episodes\"", "\"Again\"") + "]";
        assertOnly(
                faults(twice),
                twice,
                IndicatorCatalogue.DUPLICATE_ID,
                "[1].id",
                "\"episodes-per-1000\", \"name\": \"Again\"".replace("\"episodes", "»\"episodes"));
        String builtIn = RATE.replace("episodes-per-1000", "feels-safe");
        Seq<FileFault> faults = DefinitionsJson.validateCatalogue(
                        "d.json", builtIn.getBytes(StandardCharsets.UTF_8), ReferenceCatalogue.catalogue())
                .getError();
        assertOnly(faults, builtIn, IndicatorCatalogue.DUPLICATE_ID, "[0].id", "»\"feels-safe\"");
    }

    @Test
    @DisplayName("added to a catalogue, a base must be in it, lead nowhere back, and have a good side to achieve")
    void catalogueRules() {
        String unknown = THRESHOLD.replace("resident-led-initiatives", "resident-led");
        assertOnly(
                catalogueFaults(unknown),
                unknown,
                IndicatorCatalogue.UNKNOWN_BASE,
                "[0].measure.threshold_share.base",
                "»\"resident-led\"");
        String cycle = "[" + changeOf("a", "b") + ",\n" + changeOf("b", "a") + "]";
        Seq<FileFault> cycles = catalogueFaults(cycle);
        assertEquals(2, cycles.size(), () -> cycles.mkString("\n"));
        assertFault(cycles.get(0), cycle, IndicatorCatalogue.CYCLE, "[0].measure.change.base", "»\"b\"}");
        assertFault(cycles.get(1), cycle, IndicatorCatalogue.CYCLE, "[1].measure.change.base", "»\"a\"}");
        String ofNeutral = THRESHOLD
                .replace("resident-led-initiatives", "neutral-count")
                .replace(
                        "[{",
                        "[{\"id\": \"neutral-count\", \"name\": \"N\", \"unit\": \"u\", \"polarity\":"
                                + " \"neutral\", \"statistical_unit\": \"other\", \"kind\": \"network\", \"measure\":"
                                + " \"network\"},\n {");
        assertOnly(
                catalogueFaults(ofNeutral),
                ofNeutral,
                IndicatorCatalogue.THRESHOLD_OF_NEUTRAL,
                "[1].measure.threshold_share.base",
                "»\"neutral-count\", \"level\"");
    }

    private static String changeOf(String id, String base) {
        return "{\"id\": \"" + id + "\", \"name\": \"N\", \"unit\": \"u\", \"polarity\": \"neutral\","
                + " \"statistical_unit\": \"other\", \"kind\": \"change\", \"measure\": {\"change\": {\"base\": \""
                + base + "\"}}}";
    }

    private static Seq<FileFault> catalogueFaults(String json) {
        return DefinitionsJson.validateCatalogue(
                        "d.json", json.getBytes(StandardCharsets.UTF_8), ReferenceCatalogue.catalogue())
                .getError();
    }
}
