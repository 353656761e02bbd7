package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Indicator definitions and targets from the generators")
class IndicatorGeneratorsProperties {

    /** Many values of {@code gen} from a fixed seed, for the tests that look at what a generator covers. */
    private static <T> List<T> sample(Gen<T> gen, int size) {
        java.util.List<T> seen = new java.util.ArrayList<>();
        qt().withFixedSeed(20_180_522L).withExamples(size).forAll(gen).checkAssert(seen::add);
        return List.ofAll(seen);
    }

    @Test
    @DisplayName("are valid: a definition validates to itself")
    void definitionsValidate() {
        qt().forAll(IndicatorGenerators.definitions()).checkAssert(d -> {
            Validation<Seq<Violation>, IndicatorDefinition> again = IndicatorDefinition.validate(
                    d.id(),
                    d.name(),
                    d.description(),
                    d.goals(),
                    d.unit(),
                    d.polarity(),
                    d.statisticalUnit(),
                    d.kind(),
                    d.measure());
            assertTrue(again.isValid(), () -> d.measure() + ": " + again.getError());
            assertEquals(d, again.get());
        });
    }

    @Test
    @DisplayName("that name an attribute are valid and compare an attribute in a filter, for every kind that filters")
    void definitionsNamingAnAttribute() {
        qt().withExamples(500)
                .forAll(IndicatorGenerators.definitionsNamingAnAttribute())
                .checkAssert(d -> {
                    Validation<Seq<Violation>, IndicatorDefinition> again = IndicatorDefinition.validate(
                            d.id(),
                            d.name(),
                            d.description(),
                            d.goals(),
                            d.unit(),
                            d.polarity(),
                            d.statisticalUnit(),
                            d.kind(),
                            d.measure());
                    assertTrue(again.isValid(), () -> d.measure() + ": " + again.getError());
                    Seq<String> compared = filtersOf(d.measure())
                            .flatMap(f -> f.nodes())
                            .map(f -> f.getClass().getSuperclass().getSimpleName())
                            .filter(n -> n.equals("Equals") || n.equals("In") || n.equals("Range"));
                    assertTrue(compared.nonEmpty(), () -> "no comparison in " + d.measure());
                });
        List<IndicatorDefinition> many = sample(IndicatorGenerators.definitionsNamingAnAttribute(), 1000);
        assertEquals(
                HashSet.of(
                        Measure.Count.class,
                        Measure.DistinctCount.class,
                        Measure.Proportion.class,
                        Measure.LatestAssessment.class,
                        Measure.Rate.class,
                        Measure.Ratio.class,
                        Measure.Mean.class,
                        Measure.Transition.class),
                HashSet.ofAll(many.map(d -> d.measure().getClass().getSuperclass())));
    }

    @Test
    @DisplayName("count persons under the statistical unit persons, and refer to a base other than themselves")
    void definitionsKeepTheirCrossFieldRules() {
        qt().forAll(IndicatorGenerators.definitions()).checkAssert(d -> {
            assertTrue(!d.measure().countsPersons() || d.statisticalUnit() == StatisticalUnit.PERSONS);
            assertTrue(!d.measure().base().contains(d.id()));
            assertEquals(d.kind(), d.measure().kind());
        });
    }

    @Test
    @DisplayName("cover every kind of measure, every kind of filter node and every fact type a measure can read")
    void definitionsCoverEveryKind() {
        List<IndicatorDefinition> many = sample(IndicatorGenerators.definitions(), 2000);
        Set<Class<?>> specs = HashSet.ofAll(many.map(d -> d.measure().getClass().getSuperclass()));
        assertEquals(
                HashSet.of(
                        Measure.Count.class,
                        Measure.DistinctCount.class,
                        Measure.Proportion.class,
                        Measure.LatestAssessment.class,
                        Measure.Rate.class,
                        Measure.Ratio.class,
                        Measure.Mean.class,
                        Measure.Transition.class,
                        Measure.Network.class,
                        Measure.ThresholdShare.class,
                        Measure.Change.class),
                specs);
        Set<FactType> read = HashSet.ofAll(many.flatMap(d -> d.factTypes()));
        assertEquals(
                HashSet.of(FactType.values()).remove(FactType.ACTIVITIES).remove(FactType.RESIDENTS),
                read,
                "every fact type with an area and a date or span, and initiative links through the network");
        Set<String> nodes = HashSet.ofAll(many.flatMap(d -> filtersOf(d.measure()))
                .flatMap(f -> f.nodes())
                .map(f -> f.getClass().getSuperclass().getSimpleName()));
        assertEquals(
                HashSet.of(
                        "Equals",
                        "In",
                        "Range",
                        "And",
                        "Or",
                        "Not",
                        "DateWithinPeriod",
                        "ActiveInPeriod",
                        "MemberOfCohort",
                        "All"),
                nodes);
    }

    private static List<nl.welfare.indicators.definition.Filter> filtersOf(Measure m) {
        if (m instanceof Measure.Counted c) {
            return List.of(c.filter());
        }
        if (m instanceof Measure.Proportion p) {
            return List.of(p.population(), p.condition());
        }
        if (m instanceof Measure.LatestAssessment p) {
            return List.of(p.population(), p.condition());
        }
        if (m instanceof Measure.Rate r) {
            return filtersOf(r.count());
        }
        if (m instanceof Measure.Ratio r) {
            return filtersOf(r.numerator()).appendAll(filtersOf(r.denominator()));
        }
        if (m instanceof Measure.Mean mean) {
            return List.of(mean.filter());
        }
        if (m instanceof Measure.Transition t) {
            return List.of(t.filter());
        }
        return List.empty();
    }

    @Test
    @DisplayName("give lists with distinct ids, which make a catalogue where no base is outside it")
    void definitionListsHaveDistinctIds() {
        qt().forAll(IndicatorGenerators.definitionLists()).checkAssert(list -> {
            assertEquals(
                    list.size(),
                    List.ofAll(list).map(IndicatorDefinition::id).distinct().size());
            List<IndicatorDefinition> withoutBases =
                    List.ofAll(list).filter(d -> d.measure().base().isEmpty());
            assertTrue(IndicatorCatalogue.validate(withoutBases).isValid());
        });
    }

    @Test
    @DisplayName("give filter trees that suit their fact type")
    void filtersSuitTheirFactType() {
        for (FactType type : FactType.values()) {
            qt().forAll(IndicatorGenerators.filters(type))
                    .checkAssert(f -> assertTrue(f.validate(type).isValid(), () -> type + ": " + f));
            qt().forAll(IndicatorGenerators.narrowingFilters(type)).checkAssert(f -> assertTrue(!f.isAll()));
        }
    }

    @Test
    @DisplayName("give definitions that break exactly their rule, for every rule of a definition but one")
    void definitionBreachesBreakExactlyTheirRule() {
        qt().forAll(IndicatorGenerators.definitionBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        Set<Rule> covered = HashSet.ofAll(sample(IndicatorGenerators.definitionBreaches(), 600))
                .map(Breach::rule);
        assertEquals(
                HashSet.of(
                        IndicatorDefinition.NAME_BLANK,
                        IndicatorDefinition.UNIT_BLANK,
                        IndicatorDefinition.KIND_MISMATCH,
                        IndicatorDefinition.CONDITION_IS_ALL,
                        IndicatorDefinition.FACT_TYPE_WITHOUT_AREA,
                        IndicatorDefinition.FLOW_WITHOUT_DATE,
                        IndicatorDefinition.STOCK_WITHOUT_SPAN,
                        IndicatorDefinition.MEAN_OF_NON_NUMBER,
                        IndicatorDefinition.TRANSITION_OF_NON_NUMBER,
                        IndicatorDefinition.UNKNOWN_VALUE_ATTRIBUTE,
                        IndicatorDefinition.DISTINCT_WITHOUT_PERSON,
                        IndicatorDefinition.LATEST_WITHOUT_PERSON,
                        IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT,
                        IndicatorDefinition.UNIT_HIDES_PERSONS,
                        IndicatorDefinition.REFERS_TO_ITSELF),
                covered);
    }

    @Test
    @DisplayName("give targets that validate to themselves, of every kind of scope")
    void targetsValidate() {
        qt().forAll(IndicatorGenerators.targets())
                .checkAssert(t -> assertEquals(
                        t,
                        Target.validate(t.indicator().value(), t.scope(), t.period(), t.value())
                                .get()));
        Set<Class<?>> scopes = HashSet.ofAll(sample(IndicatorGenerators.targetScopes(), 200))
                .map(s -> (Class<?>) s.getClass().getSuperclass());
        assertEquals(
                HashSet.of(
                        TargetScope.OneArea.class,
                        TargetScope.AllOfLevel.class,
                        TargetScope.OneGroup.class,
                        TargetScope.AllOfGrouping.class),
                scopes);
    }

    @Test
    @DisplayName("give collections of targets with at most one per indicator, scope and period")
    void targetListsValidate() {
        qt().forAll(IndicatorGenerators.targetLists())
                .checkAssert(
                        ts -> assertEquals(ts, Targets.validate(ts.targets()).get()));
    }

    @Test
    @DisplayName("give targets that break exactly their rule")
    void targetBreachesBreakExactlyTheirRule() {
        qt().forAll(IndicatorGenerators.targetBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        Set<Rule> covered =
                HashSet.ofAll(sample(IndicatorGenerators.targetBreaches(), 200)).map(Breach::rule);
        assertEquals(
                HashSet.of(
                        Target.VALUE_NOT_FINITE,
                        TargetScope.GROUPING_BLANK,
                        TargetScope.GROUPING_IS_LEVEL,
                        TargetScope.GROUP_CODE_FORMAT,
                        Targets.DUPLICATE),
                covered);
    }
}
