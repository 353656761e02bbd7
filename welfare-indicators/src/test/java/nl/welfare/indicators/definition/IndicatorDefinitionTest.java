package nl.welfare.indicators.definition;

import static nl.welfare.indicators.definition.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.Measure.Count;
import nl.welfare.indicators.definition.Measure.DistinctCount;
import nl.welfare.indicators.definition.Measure.LatestAssessment;
import nl.welfare.indicators.definition.Measure.Mean;
import nl.welfare.indicators.definition.Measure.Proportion;
import nl.welfare.indicators.definition.Measure.Rate;
import nl.welfare.indicators.definition.Measure.Ratio;
import nl.welfare.indicators.definition.Measure.Transition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An indicator definition")
class IndicatorDefinitionTest {

    private static final IndicatorId ID = IndicatorId.of("my-indicator");

    private static final Proportion RESIDENT_LED =
            initiatives(Filter.all(), Filter.equalTo("lead", "residents"), false);

    private static Proportion initiatives(Filter population, Filter condition, boolean weighted) {
        return Proportion.builder()
                .factType(FactType.INITIATIVES)
                .mode(CountMode.STOCK)
                .population(population)
                .condition(condition)
                .weighted(weighted)
                .build();
    }

    private static final Count INDIVIDUAL_EPISODES =
            Count.of(FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "individual"));

    /** A definition of {@code kind} computed by {@code measure}, counting persons. */
    static Validation<Seq<Violation>, IndicatorDefinition> define(IndicatorKind kind, Measure measure) {
        return define(kind, StatisticalUnit.PERSONS, measure);
    }

    static Validation<Seq<Violation>, IndicatorDefinition> define(
            IndicatorKind kind, StatisticalUnit unit, Measure measure) {
        return IndicatorDefinition.validate(
                ID,
                "My indicator",
                "What it counts.",
                java.util.List.of(GoalId.of("participation")),
                "share",
                Polarity.HIGHER_IS_BETTER,
                unit,
                kind,
                measure);
    }

    @Test
    @DisplayName("is built from its fields and says what it needs")
    void built() {
        IndicatorDefinition d =
                define(IndicatorKind.RATE, Rate.of(INDIVIDUAL_EPISODES, 1000)).get();
        assertEquals(ID, d.id());
        assertEquals(java.util.List.of(GoalId.of("participation")), d.goals());
        assertTrue(d.requiresPopulation());
        assertEquals(LinkedHashSet.of(FactType.SUPPORT_EPISODES), d.factTypes());
        assertEquals("my-indicator", d.toString());
        assertFalse(define(IndicatorKind.PROPORTION, StatisticalUnit.OTHER, RESIDENT_LED)
                .get()
                .requiresPopulation());
    }

    @Test
    @DisplayName("names the cohorts its filters test")
    void cohorts() {
        CohortName shelter = CohortName.of("shelter-pilot");
        IndicatorDefinition d = define(
                        IndicatorKind.TRANSITION,
                        Transition.of(
                                FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.memberOfCohort(shelter), "rung"))
                .get();
        assertEquals(LinkedHashSet.of(shelter), d.cohorts());
    }

    @Test
    @DisplayName("refuses a blank name and a blank unit")
    void blank() {
        Validation<Seq<Violation>, IndicatorDefinition> result = IndicatorDefinition.validate(
                ID,
                " ",
                "",
                java.util.List.of(),
                "",
                Polarity.NEUTRAL,
                StatisticalUnit.OTHER,
                IndicatorKind.PROPORTION,
                RESIDENT_LED);
        assertEquals(
                HashSet.of(IndicatorDefinition.NAME_BLANK, IndicatorDefinition.UNIT_BLANK),
                result.getError().map(Violation::rule).toSet());
        assertEquals(List.of("name", "unit"), result.getError().map(Violation::field));
    }

    @Test
    @DisplayName("refuses a kind that is not its measure's")
    void kindMismatch() {
        assertBreaksOnly(
                IndicatorDefinition.KIND_MISMATCH,
                "kind",
                define(IndicatorKind.COUNT, StatisticalUnit.OTHER, RESIDENT_LED));
        assertBreaksOnly(
                IndicatorDefinition.KIND_MISMATCH, define(IndicatorKind.COUNT, Rate.of(INDIVIDUAL_EPISODES, 1000)));
    }

    @Test
    @DisplayName("refuses a proportion whose condition adds nothing to its population")
    void conditionIsAll() {
        assertBreaksOnly(
                IndicatorDefinition.CONDITION_IS_ALL,
                "condition",
                define(
                        IndicatorKind.PROPORTION,
                        StatisticalUnit.OTHER,
                        initiatives(Filter.all(), Filter.all(), false)));
        assertBreaksOnly(
                IndicatorDefinition.CONDITION_IS_ALL,
                define(
                        IndicatorKind.PROPORTION,
                        LatestAssessment.builder()
                                .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
                                .mode(CountMode.FLOW)
                                .population(Filter.all())
                                .condition(Filter.all())
                                .build()));
    }

    @Test
    @DisplayName("reports the violations of its filters under the field that holds them")
    void filterViolations() {
        Validation<Seq<Violation>, IndicatorDefinition> result = define(
                IndicatorKind.PROPORTION,
                StatisticalUnit.OTHER,
                initiatives(Filter.equalTo("lede", "x"), Filter.equalTo("lead", "boss"), false));
        assertEquals(
                List.of(Filter.UNKNOWN_ATTRIBUTE, Filter.UNKNOWN_CODE),
                result.getError().map(Violation::rule));
        assertEquals(List.of("population", "condition"), result.getError().map(Violation::field));
        Validation<Seq<Violation>, IndicatorDefinition> ratio = define(
                IndicatorKind.RATIO,
                Ratio.of(
                        Count.of(FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "group")),
                        INDIVIDUAL_EPISODES));
        assertBreaksOnly(Filter.UNKNOWN_CODE, "numerator.filter", ratio);
        assertBreaksOnly(
                Filter.TYPE_MISMATCH,
                "count.filter",
                define(
                        IndicatorKind.RATE,
                        Rate.of(
                                Count.of(
                                        FactType.SUPPORT_EPISODES,
                                        CountMode.STOCK,
                                        Filter.equalTo("kind", Literal.integer(1))),
                                1000)));
    }

    @Test
    @DisplayName("refuses a fact type whose facts belong to no area, also inside a rate")
    void factTypeWithoutArea() {
        assertBreaksOnly(
                IndicatorDefinition.FACT_TYPE_WITHOUT_AREA,
                "count.fact_type",
                define(
                        IndicatorKind.RATE,
                        StatisticalUnit.OTHER,
                        Rate.of(Count.of(FactType.INITIATIVE_LINKS, CountMode.STOCK, Filter.all()), 1000)));
        assertBreaksOnly(
                IndicatorDefinition.FACT_TYPE_WITHOUT_AREA,
                "fact_type",
                define(
                        IndicatorKind.COUNT,
                        StatisticalUnit.OTHER,
                        Count.of(FactType.INITIATIVE_LINKS, CountMode.FLOW, Filter.all())));
    }

    @Test
    @DisplayName("refuses a flow of a fact type without a date")
    void flowWithoutDate() {
        assertBreaksOnly(
                IndicatorDefinition.FLOW_WITHOUT_DATE,
                "mode",
                define(
                        IndicatorKind.COUNT,
                        StatisticalUnit.OTHER,
                        Count.of(FactType.ACTIVITIES, CountMode.FLOW, Filter.all())));
    }

    @Test
    @DisplayName("refuses a stock of a fact type without an active span")
    void stockWithoutSpan() {
        assertBreaksOnly(
                IndicatorDefinition.STOCK_WITHOUT_SPAN,
                "mode",
                define(
                        IndicatorKind.DISTINCT_COUNT,
                        DistinctCount.of(FactType.PARTICIPATIONS, CountMode.STOCK, Filter.all())));
    }

    @Test
    @DisplayName("refuses a distinct count of a fact type without persons")
    void distinctWithoutPerson() {
        assertBreaksOnly(
                IndicatorDefinition.DISTINCT_WITHOUT_PERSON,
                "fact_type",
                define(
                        IndicatorKind.DISTINCT_COUNT,
                        DistinctCount.of(FactType.PROVISIONS, CountMode.STOCK, Filter.all())));
    }

    @Test
    @DisplayName("refuses a mean of an attribute that is not a number")
    void meanOfNonNumber() {
        assertBreaksOnly(
                IndicatorDefinition.MEAN_OF_NON_NUMBER,
                "value_attribute",
                define(IndicatorKind.MEAN, mean(FactType.SURVEY_RESPONSES, "question", true)));
        assertBreaksOnly(
                IndicatorDefinition.MEAN_OF_NON_NUMBER,
                define(IndicatorKind.MEAN, mean(FactType.SURVEY_RESPONSES, "date", false)));
        assertTrue(define(IndicatorKind.MEAN, mean(FactType.SURVEY_RESPONSES, "weight", false))
                .isValid());
    }

    @Test
    @DisplayName("refuses a mean or transition of an attribute its fact type does not have")
    void unknownValueAttribute() {
        assertBreaksOnly(
                IndicatorDefinition.UNKNOWN_VALUE_ATTRIBUTE,
                "value_attribute",
                define(IndicatorKind.MEAN, mean(FactType.SURVEY_RESPONSES, "score", true)));
        assertBreaksOnly(
                IndicatorDefinition.UNKNOWN_VALUE_ATTRIBUTE,
                define(
                        IndicatorKind.TRANSITION,
                        Transition.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "step")));
    }

    @Test
    @DisplayName("refuses a weighted share or mean of a fact type without weights")
    void weightedWithoutWeight() {
        assertBreaksOnly(
                IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT,
                "weighted",
                define(
                        IndicatorKind.PROPORTION,
                        StatisticalUnit.OTHER,
                        initiatives(Filter.all(), Filter.equalTo("lead", "joint"), true)));
        assertBreaksOnly(
                IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT,
                define(IndicatorKind.MEAN, mean(FactType.LADDER_ASSESSMENTS, "rung", true)));
    }

    @Test
    @DisplayName("refuses a transition of a fact type without persons")
    void transitionWithoutPerson() {
        // no fact type without persons has a numeric attribute, so the value attribute is refused as well
        Validation<Seq<Violation>, IndicatorDefinition> result = define(
                IndicatorKind.TRANSITION,
                StatisticalUnit.OTHER,
                Transition.of(FactType.INITIATIVES, CountMode.STOCK, Filter.all(), "started"));
        assertEquals(
                List.of(IndicatorDefinition.TRANSITION_WITHOUT_PERSON, IndicatorDefinition.TRANSITION_OF_NON_NUMBER),
                result.getError().map(Violation::rule));
        assertEquals("fact_type", result.getError().get(0).field());
    }

    @Test
    @DisplayName("refuses a transition of an attribute that is not a number")
    void transitionOfNonNumber() {
        assertBreaksOnly(
                IndicatorDefinition.TRANSITION_OF_NON_NUMBER,
                "value_attribute",
                define(
                        IndicatorKind.TRANSITION,
                        Transition.of(FactType.SELF_RELIANCE_ASSESSMENTS, CountMode.FLOW, Filter.all(), "domain")));
    }

    @Test
    @DisplayName("refuses a latest-assessment share of a fact type without persons")
    void latestWithoutPerson() {
        assertBreaksOnly(
                IndicatorDefinition.LATEST_WITHOUT_PERSON,
                "fact_type",
                define(
                        IndicatorKind.PROPORTION,
                        StatisticalUnit.OTHER,
                        LatestAssessment.builder()
                                .factType(FactType.PROVISIONS)
                                .mode(CountMode.STOCK)
                                .population(Filter.all())
                                .condition(Filter.equalTo("kind", "collective"))
                                .build()));
    }

    @Test
    @DisplayName("refuses to count facts about persons as other things, which would escape disclosure control")
    void unitHidesPersons() {
        assertBreaksOnly(
                IndicatorDefinition.UNIT_HIDES_PERSONS,
                "statistical_unit",
                define(IndicatorKind.RATE, StatisticalUnit.OTHER, Rate.of(INDIVIDUAL_EPISODES, 1000)));
        assertTrue(define(IndicatorKind.PROPORTION, StatisticalUnit.PERSONS, RESIDENT_LED)
                .isValid());
    }

    @Test
    @DisplayName("refuses a threshold share or change of itself")
    void refersToItself() {
        assertBreaksOnly(
                IndicatorDefinition.REFERS_TO_ITSELF, "base", define(IndicatorKind.CHANGE, Measure.Change.of(ID)));
        assertBreaksOnly(
                IndicatorDefinition.REFERS_TO_ITSELF,
                define(
                        IndicatorKind.THRESHOLD_SHARE,
                        StatisticalUnit.OTHER,
                        Measure.ThresholdShare.of(ID, AreaLevel.DISTRICT, 0.8)));
        assertTrue(define(IndicatorKind.CHANGE, Measure.Change.of(IndicatorId.of("feels-safe")))
                .isValid());
    }

    @Test
    @DisplayName("lists every violation at once")
    void everyViolation() {
        Validation<Seq<Violation>, IndicatorDefinition> result = IndicatorDefinition.validate(
                ID,
                "",
                "",
                java.util.List.of(),
                "share",
                Polarity.HIGHER_IS_BETTER,
                StatisticalUnit.OTHER,
                IndicatorKind.COUNT,
                Proportion.builder()
                        .factType(FactType.PARTICIPATIONS)
                        .mode(CountMode.STOCK)
                        .population(Filter.equalTo("role", "boss"))
                        .condition(Filter.all())
                        .weighted(true)
                        .build());
        assertEquals(
                List.of(
                        IndicatorDefinition.NAME_BLANK,
                        IndicatorDefinition.KIND_MISMATCH,
                        IndicatorDefinition.STOCK_WITHOUT_SPAN,
                        Filter.UNKNOWN_CODE,
                        IndicatorDefinition.CONDITION_IS_ALL,
                        IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT,
                        IndicatorDefinition.UNIT_HIDES_PERSONS),
                result.getError().map(Violation::rule));
    }

    @Test
    @DisplayName("cannot be built invalid")
    void throwsWhenBuiltInvalid() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> IndicatorDefinition.builder()
                        .id(ID)
                        .name("x")
                        .description("")
                        .unit("share")
                        .polarity(Polarity.NEUTRAL)
                        .statisticalUnit(StatisticalUnit.OTHER)
                        .kind(IndicatorKind.NETWORK)
                        .measure(RESIDENT_LED)
                        .build());
        assertBreaksOnly(IndicatorDefinition.KIND_MISMATCH, e.violations());
    }

    private static Mean mean(FactType type, String attribute, boolean weighted) {
        return Mean.builder()
                .factType(type)
                .mode(CountMode.FLOW)
                .filter(Filter.all())
                .valueAttribute(attribute)
                .weighted(weighted)
                .build();
    }
}
