package nl.welfare.indicators.definition;

import static nl.welfare.indicators.definition.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.indicators.definition.Measure.Change;
import nl.welfare.indicators.definition.Measure.Count;
import nl.welfare.indicators.definition.Measure.DistinctCount;
import nl.welfare.indicators.definition.Measure.LatestAssessment;
import nl.welfare.indicators.definition.Measure.Mean;
import nl.welfare.indicators.definition.Measure.Network;
import nl.welfare.indicators.definition.Measure.Proportion;
import nl.welfare.indicators.definition.Measure.Rate;
import nl.welfare.indicators.definition.Measure.Ratio;
import nl.welfare.indicators.definition.Measure.ThresholdShare;
import nl.welfare.indicators.definition.Measure.Transition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A measure")
class MeasureTest {

    private static final Count COLLECTIVE =
            Count.of(FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "collective"));
    private static final Count INDIVIDUAL =
            Count.of(FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "individual"));
    private static final DistinctCount VOLUNTEERS =
            DistinctCount.of(FactType.PARTICIPATIONS, CountMode.FLOW, Filter.equalTo("role", "volunteer"));
    private static final Proportion FEELS_SAFE = Proportion.builder()
            .factType(FactType.SURVEY_RESPONSES)
            .mode(CountMode.FLOW)
            .population(Filter.and(Filter.equalTo("question", "wl04"), Filter.between("answer", 1, 5)))
            .condition(Filter.in("answer", Literal.integer(1), Literal.integer(2)))
            .weighted(true)
            .build();
    private static final LatestAssessment SUFFICIENT = LatestAssessment.builder()
            .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
            .mode(CountMode.FLOW)
            .population(Filter.all())
            .condition(Filter.between("score", 4, 5))
            .build();
    private static final Mean PLEASANT = Mean.builder()
            .factType(FactType.SURVEY_RESPONSES)
            .mode(CountMode.FLOW)
            .filter(Filter.and(Filter.equalTo("question", "wl01"), Filter.between("answer", 1, 10)))
            .valueAttribute("answer")
            .weighted(true)
            .build();
    private static final Transition LADDER =
            Transition.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "rung");
    private static final ThresholdShare DISTRICTS =
            ThresholdShare.of(IndicatorId.of("resident-led-initiatives"), AreaLevel.DISTRICT, 0.8);
    private static final Change SAFER = Change.of(IndicatorId.of("feels-safe"));

    static final List<Measure> ALL = List.of(
            COLLECTIVE,
            VOLUNTEERS,
            FEELS_SAFE,
            SUFFICIENT,
            Rate.of(INDIVIDUAL, 1000),
            Ratio.of(COLLECTIVE, INDIVIDUAL),
            PLEASANT,
            LADDER,
            Network.of(),
            DISTRICTS,
            SAFER);

    @Test
    @DisplayName("of each kind suits its fact types")
    void valid() {
        ALL.forEach(m -> assertEquals(List.empty(), m.violations(), m::toString));
    }

    @Test
    @DisplayName("implements the kind of its spec")
    void kinds() {
        assertEquals(
                List.of(
                        IndicatorKind.COUNT,
                        IndicatorKind.DISTINCT_COUNT,
                        IndicatorKind.PROPORTION,
                        IndicatorKind.PROPORTION,
                        IndicatorKind.RATE,
                        IndicatorKind.RATIO,
                        IndicatorKind.MEAN,
                        IndicatorKind.TRANSITION,
                        IndicatorKind.NETWORK,
                        IndicatorKind.THRESHOLD_SHARE,
                        IndicatorKind.CHANGE),
                ALL.map(Measure::kind));
    }

    @Test
    @DisplayName("reads like what it computes")
    void readsLikeWhatItComputes() {
        assertEquals(
                List.of(
                        "count of support_episodes (stock) where kind = 'collective'",
                        "distinct resident_id of participations (flow) where role = 'volunteer'",
                        "weighted share of survey_responses (flow) where (question = 'wl04' and answer between 1 and 5)"
                                + " that have answer in (1, 2)",
                        "share of persons whose latest self_reliance_assessments (flow) all have score between 4 and 5",
                        "count of support_episodes (stock) where kind = 'individual' per 1000 inhabitants",
                        "(count of support_episodes (stock) where kind = 'collective') over (count of support_episodes"
                                + " (stock) where kind = 'individual')",
                        "weighted mean answer of survey_responses (flow) where (question = 'wl01' and answer between 1"
                                + " and 10)",
                        "transition of rung among ladder_assessments (flow)",
                        "network of initiatives active in period",
                        "share of district areas where resident-led-initiatives achieves 0.8",
                        "change of feels-safe since baseline"),
                ALL.map(Measure::toString));
    }

    @Test
    @DisplayName("names the fact types it reads and whether they are about persons")
    void factTypes() {
        assertEquals(
                LinkedHashSet.of(FactType.INITIATIVES, FactType.INITIATIVE_LINKS),
                Network.of().factTypes());
        assertEquals(
                LinkedHashSet.of(FactType.SUPPORT_EPISODES),
                Ratio.of(COLLECTIVE, INDIVIDUAL).factTypes());
        assertTrue(DISTRICTS.factTypes().isEmpty());
        assertTrue(VOLUNTEERS.countsPersons());
        assertFalse(Network.of().countsPersons());
        assertFalse(SAFER.countsPersons());
        assertEquals(Option.some(IndicatorId.of("feels-safe")), SAFER.base());
        assertEquals(Option.none(), FEELS_SAFE.base());
    }

    @Test
    @DisplayName("over facts names its fact type, mode and selecting filter")
    void overFacts() {
        List<Measure.OverFacts> over = List.of(COLLECTIVE, VOLUNTEERS, FEELS_SAFE, SUFFICIENT, PLEASANT, LADDER);
        assertEquals(
                List.of(
                        FactType.SUPPORT_EPISODES,
                        FactType.PARTICIPATIONS,
                        FactType.SURVEY_RESPONSES,
                        FactType.SELF_RELIANCE_ASSESSMENTS,
                        FactType.SURVEY_RESPONSES,
                        FactType.LADDER_ASSESSMENTS),
                over.map(Measure.OverFacts::factType));
        assertEquals(FEELS_SAFE.population(), FEELS_SAFE.selection());
        assertEquals(SUFFICIENT.population(), SUFFICIENT.selection());
        assertEquals(PLEASANT.filter(), PLEASANT.selection());
        assertEquals(LADDER.filter(), LADDER.selection());
        assertEquals(COLLECTIVE.filter(), COLLECTIVE.selection());
        assertFalse(Proportion.builder()
                .factType(FactType.INITIATIVES)
                .mode(CountMode.STOCK)
                .population(Filter.all())
                .condition(Filter.equalTo("lead", "joint"))
                .build()
                .weighted());
    }

    @Test
    @DisplayName("of each kind says what it starts from, whether it needs inhabitants and whether it needs a baseline")
    void answersOfEachKind() {
        Rate rate = Rate.of(INDIVIDUAL, 1000);
        Ratio ratio = Ratio.of(COLLECTIVE, INDIVIDUAL);
        List<Measure> all = List.of(
                COLLECTIVE,
                VOLUNTEERS,
                FEELS_SAFE,
                SUFFICIENT,
                rate,
                ratio,
                PLEASANT,
                LADDER,
                Network.of(),
                DISTRICTS,
                SAFER);
        assertEquals(ALL, all);
        assertEquals(
                List.<List<Measure.OverFacts>>of(
                        List.of(COLLECTIVE),
                        List.of(VOLUNTEERS),
                        List.of(FEELS_SAFE),
                        List.of(SUFFICIENT),
                        List.of(INDIVIDUAL),
                        List.of(COLLECTIVE, INDIVIDUAL),
                        List.of(PLEASANT),
                        List.of(LADDER),
                        List.empty(),
                        List.empty(),
                        List.empty()),
                all.map(m -> m.overFacts().toList()));
        assertEquals(List.of(rate), all.filter(Measure::requiresPopulation));
        assertEquals(List.of(SAFER), all.filter(Measure::comparesWithBaseline));
        assertFalse(COLLECTIVE.distinctPersons());
        assertTrue(VOLUNTEERS.distinctPersons());
    }

    @Test
    @DisplayName("calls the visitor method of its spec")
    void visitor() {
        Measure.Visitor<String> name = new Measure.Visitor<>() {
            @Override
            public String onCount(Count measure) {
                return "count";
            }

            @Override
            public String onDistinctCount(DistinctCount measure) {
                return "distinct";
            }

            @Override
            public String onProportion(Proportion measure) {
                return "proportion";
            }

            @Override
            public String onLatestAssessment(LatestAssessment measure) {
                return "latest";
            }

            @Override
            public String onRate(Rate measure) {
                return "rate";
            }

            @Override
            public String onRatio(Ratio measure) {
                return "ratio";
            }

            @Override
            public String onMean(Mean measure) {
                return "mean";
            }

            @Override
            public String onTransition(Transition measure) {
                return "transition";
            }

            @Override
            public String onNetwork(Network measure) {
                return "network";
            }

            @Override
            public String onThresholdShare(ThresholdShare measure) {
                return "threshold";
            }

            @Override
            public String onChange(Change measure) {
                return "change";
            }
        };
        assertEquals(
                List.of(
                        "count",
                        "distinct",
                        "proportion",
                        "latest",
                        "rate",
                        "ratio",
                        "mean",
                        "transition",
                        "network",
                        "threshold",
                        "change"),
                ALL.map(m -> m.accept(name)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1000})
    @DisplayName("refuses a rate per fewer than one inhabitant")
    void perInhabitantsNotPositive(int per) {
        assertBreaksOnly(Measure.PER_INHABITANTS_NOT_POSITIVE, "per_inhabitants", Rate.validate(INDIVIDUAL, per));
        assertThrows(InvalidValueException.class, () -> Rate.of(INDIVIDUAL, per));
    }

    @Test
    @DisplayName("refuses a threshold that is not a finite number")
    void thresholdNotFinite() {
        assertBreaksOnly(
                Measure.THRESHOLD_NOT_FINITE,
                "threshold",
                ThresholdShare.validate(IndicatorId.of("feels-safe"), AreaLevel.DISTRICT, Double.NaN));
    }
}
