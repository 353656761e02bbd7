package nl.welfare.indicators.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The reference catalogue")
class ReferenceCatalogueTest {

    /** One row of the catalogue's table in docs/indicators.md, with the polarity and unit text the definitions carry. */
    private static final class Row {
        final int goal;
        final String id;
        final IndicatorKind kind;
        final StatisticalUnit unit;
        final Polarity polarity;
        final String unitText;

        Row(int goal, String id, IndicatorKind kind, StatisticalUnit unit, Polarity polarity, String unitText) {
            this.goal = goal;
            this.id = id;
            this.kind = kind;
            this.unit = unit;
            this.polarity = polarity;
            this.unitText = unitText;
        }
    }

    private static final Polarity UP = Polarity.HIGHER_IS_BETTER;
    private static final Polarity DOWN = Polarity.LOWER_IS_BETTER;
    private static final StatisticalUnit PERSONS = StatisticalUnit.PERSONS;
    private static final StatisticalUnit OTHER = StatisticalUnit.OTHER;
    private static final String PER_1000 = "per 1,000 inhabitants";

    private static final List<Row> TABLE = List.of(
            new Row(1, "resident-led-initiatives", IndicatorKind.PROPORTION, OTHER, UP, "share"),
            new Row(1, "self-reliance-sufficient", IndicatorKind.PROPORTION, PERSONS, UP, "share"),
            new Row(2, "participation-ladder-progress", IndicatorKind.TRANSITION, PERSONS, UP, "share"),
            new Row(2, "residents-participating-per-1000", IndicatorKind.RATE, PERSONS, UP, PER_1000),
            new Row(2, "volunteers", IndicatorKind.DISTINCT_COUNT, PERSONS, UP, "residents"),
            new Row(3, "life-satisfaction-mean", IndicatorKind.MEAN, PERSONS, UP, "mark (1-10)"),
            new Row(3, "loneliness", IndicatorKind.PROPORTION, PERSONS, DOWN, "share"),
            new Row(4, "feels-safe", IndicatorKind.PROPORTION, PERSONS, UP, "share"),
            new Row(4, "pleasant-to-live-mean", IndicatorKind.MEAN, PERSONS, UP, "mark (1-10)"),
            new Row(4, "social-cohesion", IndicatorKind.PROPORTION, PERSONS, UP, "share"),
            new Row(4, "initiative-network-connectedness", IndicatorKind.NETWORK, OTHER, UP, "share"),
            new Row(5, "individual-support-per-1000", IndicatorKind.RATE, PERSONS, DOWN, PER_1000),
            new Row(5, "new-individual-cases-per-1000", IndicatorKind.RATE, PERSONS, DOWN, PER_1000),
            new Row(5, "collective-support-per-1000", IndicatorKind.RATE, PERSONS, UP, PER_1000),
            new Row(
                    5,
                    "collective-to-individual-ratio",
                    IndicatorKind.RATIO,
                    PERSONS,
                    UP,
                    "collective episodes per individual episode"),
            new Row(5, "collective-provisions-offered", IndicatorKind.COUNT, OTHER, UP, "provisions"),
            new Row(5, "provision-awareness", IndicatorKind.PROPORTION, PERSONS, UP, "share"));

    private static final List<GoalId> GOALS = List.of(
            ReferenceCatalogue.SELF_AND_MUTUAL_RELIANCE,
            ReferenceCatalogue.PARTICIPATION,
            ReferenceCatalogue.QUALITY_OF_LIFE,
            ReferenceCatalogue.LIVEABLE_NEIGHBOURHOODS,
            ReferenceCatalogue.SPECIALIST_TO_PREVENTION);

    @Test
    @DisplayName("has the seventeen ids of the table, in its order")
    void ids() {
        assertEquals(
                TABLE.map(r -> r.id),
                ReferenceCatalogue.all().map(d -> d.id().value()).toList());
    }

    @Test
    @DisplayName("gives each the goal, kind, statistical unit, polarity and unit of the table")
    void table() {
        TABLE.zip(ReferenceCatalogue.all()).forEach(pair -> {
            Row row = pair._1;
            IndicatorDefinition d = pair._2;
            assertEquals(row.kind, d.kind(), row.id);
            assertEquals(row.unit, d.statisticalUnit(), row.id);
            assertEquals(row.polarity, d.polarity(), row.id);
            assertEquals(row.unitText, d.unit(), row.id);
            assertEquals(java.util.List.of(GOALS.get(row.goal - 1)), d.goals(), row.id);
            assertFalse(d.name().isBlank(), row.id);
            assertFalse(d.description().isBlank(), row.id);
        });
    }

    @Test
    @DisplayName("holds definitions that each validate again from their fields")
    void everyDefinitionValidates() {
        ReferenceCatalogue.all().forEach(d -> {
            assertEquals(io.vavr.collection.List.empty(), d.measure().violations(), d::toString);
            assertTrue(
                    IndicatorDefinition.validate(
                                    d.id(),
                                    d.name(),
                                    d.description(),
                                    d.goals(),
                                    d.unit(),
                                    d.polarity(),
                                    d.statisticalUnit(),
                                    d.kind(),
                                    d.measure())
                            .isValid(),
                    d::toString);
        });
        assertEquals(ReferenceCatalogue.all(), ReferenceCatalogue.catalogue().all());
    }

    @Test
    @DisplayName("finds a definition by its id")
    void byId() {
        assertEquals(Option.some(ReferenceCatalogue.FEELS_SAFE), ReferenceCatalogue.byId(IndicatorId.of("feels-safe")));
        assertEquals(Option.none(), ReferenceCatalogue.byId(IndicatorId.of("happiness")));
    }

    @Test
    @DisplayName("counts resident-led initiatives among those active in the period, with a default target of 80%")
    void residentLed() {
        assertEquals(
                Measure.Proportion.builder()
                        .factType(FactType.INITIATIVES)
                        .mode(CountMode.STOCK)
                        .population(Filter.all())
                        .condition(Filter.equalTo("lead", "residents"))
                        .build(),
                ReferenceCatalogue.RESIDENT_LED_INITIATIVES.measure());
        assertEquals(0.8, ReferenceCatalogue.RESIDENT_LED_TARGET);
    }

    @Test
    @DisplayName("counts feeling safe among valid weighted answers to wl04 dated in the period")
    void feelsSafe() {
        assertEquals(
                Measure.Proportion.builder()
                        .factType(FactType.SURVEY_RESPONSES)
                        .mode(CountMode.FLOW)
                        .population(Filter.and(Filter.equalTo("question", "wl04"), Filter.between("answer", 1, 5)))
                        .condition(Filter.in("answer", Literal.integer(1), Literal.integer(2)))
                        .weighted(true)
                        .build(),
                ReferenceCatalogue.FEELS_SAFE.measure());
        assertEquals(
                "weighted share of survey_responses (flow) where (question = 'zw04' and answer between 1 and 4) that"
                        + " have answer in (3, 4)",
                ReferenceCatalogue.LONELINESS.measure().toString());
        assertEquals(
                "weighted share of survey_responses (flow) where (question = 'sc01' and answer between 1 and 5) that"
                        + " have answer in (1, 2)",
                ReferenceCatalogue.SOCIAL_COHESION.measure().toString());
        assertEquals(
                "weighted share of survey_responses (flow) where (question = 'aw01' and answer between 0 and 1) that"
                        + " have answer in (1)",
                ReferenceCatalogue.PROVISION_AWARENESS.measure().toString());
        assertEquals(
                "weighted mean answer of survey_responses (flow) where (question = 'wl01' and answer between 1 and"
                        + " 10)",
                ReferenceCatalogue.PLEASANT_TO_LIVE_MEAN.measure().toString());
        assertEquals(
                "weighted mean answer of survey_responses (flow) where (question = 'zw00' and answer between 1 and"
                        + " 10)",
                ReferenceCatalogue.LIFE_SATISFACTION_MEAN.measure().toString());
    }

    @Test
    @DisplayName("counts support episodes active in the period, and new cases started in it, per 1,000 inhabitants")
    void support() {
        assertEquals(
                "count of support_episodes (stock) where kind = 'individual' per 1000 inhabitants",
                ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000.measure().toString());
        assertEquals(
                "count of support_episodes (flow) where kind = 'individual' per 1000 inhabitants",
                ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000.measure().toString());
        assertEquals(
                "count of support_episodes (stock) where kind = 'collective' per 1000 inhabitants",
                ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000.measure().toString());
        assertEquals(
                "(count of support_episodes (stock) where kind = 'collective') over (count of support_episodes (stock)"
                        + " where kind = 'individual')",
                ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO.measure().toString());
        assertEquals(
                "count of provisions (stock) where kind = 'collective'",
                ReferenceCatalogue.COLLECTIVE_PROVISIONS_OFFERED.measure().toString());
        assertEquals(
                List.of(
                        "residents-participating-per-1000",
                        "individual-support-per-1000",
                        "new-individual-cases-per-1000",
                        "collective-support-per-1000"),
                ReferenceCatalogue.all()
                        .filter(IndicatorDefinition::requiresPopulation)
                        .map(d -> d.id().value())
                        .toList());
    }

    @Test
    @DisplayName("counts volunteers, participants, ladder progress, self-reliance and the network by their meanings")
    void persons() {
        assertEquals(
                "distinct resident_id of participations (flow) where role = 'volunteer'",
                ReferenceCatalogue.VOLUNTEERS.measure().toString());
        assertEquals(
                "distinct resident_id of participations (flow) per 1000 inhabitants",
                ReferenceCatalogue.RESIDENTS_PARTICIPATING_PER_1000.measure().toString());
        assertEquals(
                "transition of rung among ladder_assessments (flow)",
                ReferenceCatalogue.PARTICIPATION_LADDER_PROGRESS.measure().toString());
        assertEquals(
                "share of persons whose latest self_reliance_assessments (flow) all have score between 4 and 5",
                ReferenceCatalogue.SELF_RELIANCE_SUFFICIENT.measure().toString());
        assertEquals(Measure.Network.of(), ReferenceCatalogue.INITIATIVE_NETWORK_CONNECTEDNESS.measure());
    }
}
