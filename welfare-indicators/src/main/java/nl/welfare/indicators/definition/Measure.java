package nl.welfare.indicators.definition;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * How an indicator is computed (rekenregel): one spec per {@link IndicatorKind}, all data, no lambdas.
 *
 * <p>Not SDMX's measure: there a measure is the observed value of a cell ({@code OBS_VALUE} in the SDMX-CSV the
 * results are written as); here it is the rule that computes the value, named like the {@code measure} key of the
 * definitions file. Each kind is a nested class named after it ({@code Measure.Count}, {@code Measure.Rate}, ...).
 *
 * <table>
 *   <caption>Specs and the kinds they implement</caption>
 *   <tr><th>spec</th><th>kind</th><th>computes</th></tr>
 *   <tr><td>{@link Count}</td><td>COUNT</td><td>facts of the period passing a filter</td></tr>
 *   <tr><td>{@link DistinctCount}</td><td>DISTINCT_COUNT</td><td>distinct persons among them</td></tr>
 *   <tr><td>{@link Proportion}</td><td>PROPORTION</td><td>facts of a population that meet a condition</td></tr>
 *   <tr><td>{@link LatestAssessment}</td><td>PROPORTION</td><td>persons whose latest facts all meet a
 *       condition</td></tr>
 *   <tr><td>{@link Rate}</td><td>RATE</td><td>a count per N inhabitants</td></tr>
 *   <tr><td>{@link Ratio}</td><td>RATIO</td><td>one count over another</td></tr>
 *   <tr><td>{@link Mean}</td><td>MEAN</td><td>the (weighted) mean of a numeric attribute</td></tr>
 *   <tr><td>{@link Transition}</td><td>TRANSITION</td><td>persons whose last value beats their first</td></tr>
 *   <tr><td>{@link Network}</td><td>NETWORK</td><td>active initiatives linked to another active one</td></tr>
 *   <tr><td>{@link ThresholdShare}</td><td>THRESHOLD_SHARE</td><td>areas where another indicator achieves a
 *       threshold</td></tr>
 *   <tr><td>{@link Change}</td><td>CHANGE</td><td>another indicator now minus at a baseline</td></tr>
 * </table>
 *
 * <p>Every spec over facts ({@link OverFacts}) names a {@link FactType}, a {@link CountMode} and a filter: the facts it
 * starts from are those of the area that belong to the period by the mode (a flow: dated in it; a stock: active in
 * it) and pass the filter, so a filter does not repeat the period.
 *
 * <pre>{@code
 * Measure residentLed = Measure.Proportion.builder()
 *         .factType(FactType.INITIATIVES)
 *         .mode(CountMode.STOCK)
 *         .population(Filter.all())
 *         .condition(Filter.equalTo("lead", "residents"))
 *         .build();
 * residentLed.kind();       // PROPORTION
 * residentLed.violations(); // []: it suits its fact type
 * }</pre>
 *
 * <p>A spec checks its own shape when it is built ({@link #PER_INHABITANTS_NOT_POSITIVE},
 * {@link #THRESHOLD_NOT_FINITE}); whether it suits its fact types is {@link #violations()}, which
 * {@link IndicatorDefinition} checks with every other rule of a definition.
 */
@Value.Enclosing
public abstract sealed class Measure
        permits Measure.Counted,
                Measure.Proportion,
                Measure.LatestAssessment,
                Measure.Rate,
                Measure.Ratio,
                Measure.Mean,
                Measure.Transition,
                Measure.Network,
                Measure.ThresholdShare,
                Measure.Change {

    /** Rule: a rate per zero or fewer inhabitants. */
    public static final Rule PER_INHABITANTS_NOT_POSITIVE =
            Rule.of("measure.per-inhabitants-not-positive", "must be a rate per at least 1 inhabitant");

    /** Rule: a threshold that is not a finite number. */
    public static final Rule THRESHOLD_NOT_FINITE = Rule.of("measure.threshold-not-finite", "must be a finite number");

    Measure() {}

    /** The kind of indicator this spec computes. */
    public abstract IndicatorKind kind();

    /** Calls the method of {@code visitor} for this spec. */
    public abstract <R> R accept(Visitor<R> visitor);

    /** The fact types the spec reads; none for a spec over another indicator. */
    public abstract Set<FactType> factTypes();

    /**
     * Every violation of the rules that need the fact types (the {@code definition.*} rules of
     * {@link IndicatorDefinition} and the {@code filter.*} rules of {@link Filter}), with fields relative to the spec:
     * {@code filter}, {@code condition}, {@code count.fact_type}, {@code numerator.filter}.
     */
    public abstract Seq<Violation> violations();

    /** The indicator this spec is computed from ({@link ThresholdShare}, {@link Change}); none otherwise. */
    public Option<IndicatorId> base() {
        return Option.none();
    }

    /** Whether the spec counts facts about persons, so that its results go through disclosure control. */
    public boolean countsPersons() {
        return factTypes().exists(f -> f.person().isDefined());
    }

    /** The cohorts the spec's filters test membership of. */
    public Set<CohortName> cohorts() {
        return LinkedHashSet.empty();
    }

    // Each kind answers the questions below itself, so that a new kind of spec must.

    /** Whether computing the spec needs the population (inhabitants) of each area: a {@link Rate}'s denominator. */
    public abstract boolean requiresPopulation();

    /**
     * Whether the spec's value is a difference from the baseline period given when computing ({@link Change}): it
     * needs a baseline, its results carry the change and its trend, and no indicator may be computed from it.
     */
    public abstract boolean comparesWithBaseline();

    /**
     * The parts of the spec that start from facts: the spec itself when it is {@link OverFacts}, the counts a
     * {@link Rate} or {@link Ratio} divides; none for {@link Network} (which reads initiatives and their links) and for
     * a spec over another indicator.
     */
    public abstract Seq<OverFacts> overFacts();

    // ---- shared checks ----

    private static Seq<Violation> selectionViolations(
            String prefix, FactType factType, CountMode mode, Filter filter, String filterField) {
        return Violations.of("measure")
                .check(factType.hasArea(), prefix + "fact_type", IndicatorDefinition.FACT_TYPE_WITHOUT_AREA, factType)
                .check(
                        mode != CountMode.FLOW || factType.date().isDefined(),
                        prefix + "mode",
                        IndicatorDefinition.FLOW_WITHOUT_DATE,
                        factType + " flow")
                .check(
                        mode != CountMode.STOCK || factType.hasSpan(),
                        prefix + "mode",
                        IndicatorDefinition.STOCK_WITHOUT_SPAN,
                        factType + " stock")
                .addAll(filter.violations(factType, prefix + filterField))
                .toSeq();
    }

    private static Seq<Violation> prefixed(String prefix, Seq<Violation> violations) {
        return violations.map(v -> Violation.of(prefix + v.field(), v.rule(), v.rejectedValue()));
    }

    private static String where(FactType factType, CountMode mode, Filter filter) {
        return factType.code() + " (" + mode.code() + ")" + (filter.isAll() ? "" : " where " + filter);
    }

    /** A spec that starts from the facts of one type in the period (by its mode) that pass a filter. */
    public interface OverFacts {
        /** The fact type read ({@code fact_type}). */
        FactType factType();

        /** Whether facts dated in the period or facts active in it are taken ({@code mode}). */
        CountMode mode();

        /** The filter the facts must pass before anything is counted: the spec's filter or population. */
        Filter selection();
    }

    /** What to do with each spec: the engine and the SQL compiler implement one. */
    public interface Visitor<R> {
        /** A {@link Count}. */
        R onCount(Count measure);

        /** A {@link DistinctCount}. */
        R onDistinctCount(DistinctCount measure);

        /** A {@link Proportion}. */
        R onProportion(Proportion measure);

        /** A {@link LatestAssessment}. */
        R onLatestAssessment(LatestAssessment measure);

        /** A {@link Rate}. */
        R onRate(Rate measure);

        /** A {@link Ratio}. */
        R onRatio(Ratio measure);

        /** A {@link Mean}. */
        R onMean(Mean measure);

        /** A {@link Transition}. */
        R onTransition(Transition measure);

        /** A {@link Network}. */
        R onNetwork(Network measure);

        /** A {@link ThresholdShare}. */
        R onThresholdShare(ThresholdShare measure);

        /** A {@link Change}. */
        R onChange(Change measure);
    }

    /** A count of facts or of distinct persons: what a {@link Rate} or {@link Ratio} divides. */
    public abstract static sealed class Counted extends Measure implements OverFacts permits Count, DistinctCount {

        Counted() {}

        /** The fact type counted ({@code fact_type}). */
        @Override
        public abstract FactType factType();

        /** Flow or stock ({@code mode}). */
        @Override
        public abstract CountMode mode();

        /** The facts counted ({@code filter}). */
        public abstract Filter filter();

        /** The {@link #filter()}. */
        @Override
        public Filter selection() {
            return filter();
        }

        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.of(factType());
        }

        @Override
        public Set<CohortName> cohorts() {
            return filter().cohorts();
        }

        /** Whether distinct persons ({@link DistinctCount}) rather than facts ({@link Count}) are counted. */
        public abstract boolean distinctPersons();

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(this);
        }
    }

    /**
     * COUNT: the facts of the period passing the filter, such as the collective provisions active in it.
     *
     * <pre>{@code
     * Measure.Count.of(FactType.PROVISIONS, CountMode.STOCK, Filter.equalTo("kind", "collective"));
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class Count extends Counted {

        Count() {}

        /** The facts of {@code factType} of the period by {@code mode} that pass {@code filter}. */
        public static Count of(FactType factType, CountMode mode, Filter filter) {
            return ImmutableMeasure.Count.builder()
                    .factType(factType)
                    .mode(mode)
                    .filter(filter)
                    .build();
        }

        /** {@link IndicatorKind#COUNT}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.COUNT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onCount(this);
        }

        /** False: facts are counted. */
        @Override
        public boolean distinctPersons() {
            return false;
        }

        @Override
        public Seq<Violation> violations() {
            return selectionViolations("", factType(), mode(), filter(), "filter");
        }

        /** {@code count of provisions (stock) where kind = 'collective'}. */
        @Override
        public String toString() {
            return "count of " + where(factType(), mode(), filter());
        }
    }

    /**
     * DISTINCT_COUNT: the distinct persons ({@link FactType#person()}) among the facts of the period passing the
     * filter; facts without a person (anonymous collective support) are left out.
     *
     * <pre>{@code
     * Measure.DistinctCount.of(FactType.PARTICIPATIONS, CountMode.FLOW, Filter.equalTo("role", "volunteer"));
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class DistinctCount extends Counted {

        DistinctCount() {}

        /** The distinct persons among the facts of {@code factType} of the period that pass {@code filter}. */
        public static DistinctCount of(FactType factType, CountMode mode, Filter filter) {
            return ImmutableMeasure.DistinctCount.builder()
                    .factType(factType)
                    .mode(mode)
                    .filter(filter)
                    .build();
        }

        /** {@link IndicatorKind#DISTINCT_COUNT}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.DISTINCT_COUNT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onDistinctCount(this);
        }

        /** True: distinct persons are counted. */
        @Override
        public boolean distinctPersons() {
            return true;
        }

        @Override
        public Seq<Violation> violations() {
            return Violations.of("measure")
                    .check(
                            factType().person().isDefined(),
                            "fact_type",
                            IndicatorDefinition.DISTINCT_WITHOUT_PERSON,
                            factType())
                    .addAll(selectionViolations("", factType(), mode(), filter(), "filter"))
                    .toSeq();
        }

        /** {@code distinct resident_id of participations (flow) where role = 'volunteer'}. */
        @Override
        public String toString() {
            return "distinct " + factType().person().map(Attribute::name).getOrElse("persons") + " of "
                    + where(factType(), mode(), filter());
        }
    }

    /**
     * PROPORTION of facts: among the facts of the period passing {@link #population()} (the denominator), those that
     * also pass {@link #condition()} (the numerator). The numerator is the population and the condition, so it lies
     * inside the denominator by construction; a condition of {@link Filter.All} would make every share 1 and is
     * refused ({@link IndicatorDefinition#CONDITION_IS_ALL}). Weighted: sums of {@link FactType#weight()}.
     *
     * <pre>{@code
     * Measure.Proportion feelsSafe = Measure.Proportion.builder()
     *         .factType(FactType.SURVEY_RESPONSES)
     *         .mode(CountMode.FLOW)
     *         .population(Filter.and(Filter.equalTo("question", "wl04"), Filter.between("answer", 1, 5)))
     *         .condition(Filter.in("answer", Literal.integer(1), Literal.integer(2)))
     *         .weighted(true)
     *         .build();
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class Proportion extends Measure implements OverFacts {

        Proportion() {}

        /** The fact type read ({@code fact_type}). */
        @Override
        public abstract FactType factType();

        /** Flow or stock ({@code mode}). */
        @Override
        public abstract CountMode mode();

        /** The facts of the denominator ({@code population}). */
        public abstract Filter population();

        /** What a fact of the population must also pass to count in the numerator ({@code condition}). */
        public abstract Filter condition();

        /** Whether the share is of sums of weights rather than of numbers of facts ({@code weighted}). */
        @Value.Default
        public boolean weighted() {
            return false;
        }

        /** A staged builder: fact type, mode, population and condition, then optionally weighted. */
        public static ImmutableMeasure.Proportion.FactTypeBuildStage builder() {
            return ImmutableMeasure.Proportion.builder();
        }

        /** The {@link #population()}. */
        @Override
        public Filter selection() {
            return population();
        }

        /** {@link IndicatorKind#PROPORTION}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.PROPORTION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onProportion(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(this);
        }

        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.of(factType());
        }

        @Override
        public Set<CohortName> cohorts() {
            return population().cohorts().addAll(condition().cohorts());
        }

        @Override
        public Seq<Violation> violations() {
            return Violations.of("measure")
                    .addAll(selectionViolations("", factType(), mode(), population(), "population"))
                    .addAll(condition().violations(factType(), "condition"))
                    .check(!condition().isAll(), "condition", IndicatorDefinition.CONDITION_IS_ALL, condition())
                    .check(
                            !weighted() || factType().weight().isDefined(),
                            "weighted",
                            IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT,
                            factType())
                    .toSeq();
        }

        /** {@code share of initiatives (stock) that have lead = 'residents'}. */
        @Override
        public String toString() {
            return (weighted() ? "weighted share of " : "share of ") + where(factType(), mode(), population())
                    + " that have " + condition();
        }
    }

    /**
     * PROPORTION of persons by their latest assessment: among the persons with at least one fact of the period
     * passing {@link #population()}, those whose facts of that kind on their latest date (in the period) all pass
     * {@link #condition()}. It expresses what a filter on single facts cannot: "the latest self-reliance assessment
     * scores every assessed domain 4 or 5", where an assessment is one row per domain.
     *
     * <pre>{@code
     * Measure.LatestAssessment.builder()
     *         .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
     *         .mode(CountMode.FLOW)
     *         .population(Filter.all())
     *         .condition(Filter.between("score", 4, 5))
     *         .build();
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class LatestAssessment extends Measure implements OverFacts {

        LatestAssessment() {}

        /** The fact type read, one with a person and a date ({@code fact_type}). */
        @Override
        public abstract FactType factType();

        /** Flow or stock ({@code mode}). */
        @Override
        public abstract CountMode mode();

        /** The facts that put a person in the denominator ({@code population}). */
        public abstract Filter population();

        /** What every fact of a person's latest date must pass to count the person in the numerator. */
        public abstract Filter condition();

        /** A staged builder: fact type, mode, population and condition. */
        public static ImmutableMeasure.LatestAssessment.FactTypeBuildStage builder() {
            return ImmutableMeasure.LatestAssessment.builder();
        }

        /** The {@link #population()}. */
        @Override
        public Filter selection() {
            return population();
        }

        /** {@link IndicatorKind#PROPORTION}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.PROPORTION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onLatestAssessment(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(this);
        }

        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.of(factType());
        }

        @Override
        public Set<CohortName> cohorts() {
            return population().cohorts().addAll(condition().cohorts());
        }

        @Override
        public Seq<Violation> violations() {
            return Violations.of("measure")
                    .check(
                            factType().person().isDefined(),
                            "fact_type",
                            IndicatorDefinition.LATEST_WITHOUT_PERSON,
                            factType())
                    .addAll(selectionViolations("", factType(), mode(), population(), "population"))
                    .addAll(condition().violations(factType(), "condition"))
                    .check(!condition().isAll(), "condition", IndicatorDefinition.CONDITION_IS_ALL, condition())
                    .toSeq();
        }

        /** {@code share of persons whose latest self_reliance_assessments (flow) all have score between 4 and 5}. */
        @Override
        public String toString() {
            return "share of persons whose latest " + where(factType(), mode(), population()) + " all have "
                    + condition();
        }
    }

    /**
     * RATE: a count per {@link #perInhabitants()} inhabitants of the area in the period's year.
     *
     * <pre>{@code
     * Measure.Rate.of(
     *         Measure.Count.of(FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "individual")),
     *         1000);
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class Rate extends Measure {

        Rate() {}

        /** What is counted ({@code count}). */
        public abstract Counted count();

        /** The number of inhabitants the rate is expressed per, such as 1,000 ({@code per_inhabitants}). */
        public abstract int perInhabitants();

        /** {@code count} per {@code perInhabitants} inhabitants; throws if {@code perInhabitants} is not positive. */
        public static Rate of(Counted count, int perInhabitants) {
            return ImmutableMeasure.Rate.builder()
                    .count(count)
                    .perInhabitants(perInhabitants)
                    .build();
        }

        /** The rate, or the violation of {@link #PER_INHABITANTS_NOT_POSITIVE}. */
        public static Validation<Seq<Violation>, Rate> validate(Counted count, int perInhabitants) {
            return Violations.attempt(() -> of(count, perInhabitants));
        }

        @Value.Check
        final void check() {
            Violations.of("rate")
                    .check(perInhabitants() > 0, "per_inhabitants", PER_INHABITANTS_NOT_POSITIVE, perInhabitants())
                    .throwIfAny();
        }

        /** {@link IndicatorKind#RATE}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.RATE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onRate(this);
        }

        @Override
        public boolean requiresPopulation() {
            return true;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(count());
        }

        @Override
        public Set<FactType> factTypes() {
            return count().factTypes();
        }

        @Override
        public Set<CohortName> cohorts() {
            return count().cohorts();
        }

        @Override
        public Seq<Violation> violations() {
            return prefixed("count.", count().violations());
        }

        /** {@code count of support_episodes (stock) where kind = 'individual' per 1000 inhabitants}. */
        @Override
        public String toString() {
            return count() + " per " + perInhabitants() + " inhabitants";
        }
    }

    /**
     * RATIO: one count over another that is not its superset, such as active collective over active individual
     * support episodes.
     */
    @Value.Immutable
    public abstract static non-sealed class Ratio extends Measure {

        Ratio() {}

        /** The count above the line ({@code numerator}). */
        @Value.Parameter
        public abstract Counted numerator();

        /** The count below the line ({@code denominator}). */
        @Value.Parameter
        public abstract Counted denominator();

        /** {@code numerator} over {@code denominator}. */
        public static Ratio of(Counted numerator, Counted denominator) {
            return ImmutableMeasure.Ratio.of(numerator, denominator);
        }

        /** {@link IndicatorKind#RATIO}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.RATIO;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onRatio(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(numerator(), denominator());
        }

        @Override
        public Set<FactType> factTypes() {
            return numerator().factTypes().addAll(denominator().factTypes());
        }

        @Override
        public Set<CohortName> cohorts() {
            return numerator().cohorts().addAll(denominator().cohorts());
        }

        @Override
        public Seq<Violation> violations() {
            return prefixed("numerator.", numerator().violations())
                    .appendAll(prefixed("denominator.", denominator().violations()));
        }

        /** {@code (count of ...) over (count of ...)}. */
        @Override
        public String toString() {
            return "(" + numerator() + ") over (" + denominator() + ")";
        }
    }

    /**
     * MEAN: the (weighted) mean of a numeric attribute over the facts of the period passing the filter; facts
     * without a value (an answer that is not a number) are left out.
     *
     * <pre>{@code
     * Measure.Mean.builder()
     *         .factType(FactType.SURVEY_RESPONSES)
     *         .mode(CountMode.FLOW)
     *         .filter(Filter.and(Filter.equalTo("question", "wl01"), Filter.between("answer", 1, 10)))
     *         .valueAttribute("answer")
     *         .weighted(true)
     *         .build();
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class Mean extends Measure implements OverFacts {

        Mean() {}

        /** The fact type read ({@code fact_type}). */
        @Override
        public abstract FactType factType();

        /** Flow or stock ({@code mode}). */
        @Override
        public abstract CountMode mode();

        /** The facts averaged over ({@code filter}). */
        public abstract Filter filter();

        /** The numeric attribute averaged ({@code value_attribute}). */
        public abstract String valueAttribute();

        /** Whether each value counts with the fact's weight ({@code weighted}). */
        @Value.Default
        public boolean weighted() {
            return false;
        }

        /** A staged builder: fact type, mode, filter and value attribute, then optionally weighted. */
        public static ImmutableMeasure.Mean.FactTypeBuildStage builder() {
            return ImmutableMeasure.Mean.builder();
        }

        /** The {@link #filter()}. */
        @Override
        public Filter selection() {
            return filter();
        }

        /** {@link IndicatorKind#MEAN}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.MEAN;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onMean(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(this);
        }

        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.of(factType());
        }

        @Override
        public Set<CohortName> cohorts() {
            return filter().cohorts();
        }

        @Override
        public Seq<Violation> violations() {
            Option<Attribute> value = factType().attribute(valueAttribute());
            return Violations.of("measure")
                    .addAll(selectionViolations("", factType(), mode(), filter(), "filter"))
                    .check(
                            value.isDefined(),
                            "value_attribute",
                            IndicatorDefinition.UNKNOWN_VALUE_ATTRIBUTE,
                            valueAttribute())
                    .check(
                            value.map(a -> a.type().isNumeric()).getOrElse(true),
                            "value_attribute",
                            IndicatorDefinition.MEAN_OF_NON_NUMBER,
                            valueAttribute())
                    .check(
                            !weighted() || factType().weight().isDefined(),
                            "weighted",
                            IndicatorDefinition.WEIGHTED_WITHOUT_WEIGHT,
                            factType())
                    .toSeq();
        }

        /** {@code weighted mean answer of survey_responses (flow) where ...}. */
        @Override
        public String toString() {
            return (weighted() ? "weighted mean " : "mean ") + valueAttribute() + " of "
                    + where(factType(), mode(), filter());
        }
    }

    /**
     * TRANSITION: among the persons with at least two facts of the period passing the filter, the share whose last
     * value (by {@link FactType#date()}) is higher than their first. A person's facts on one date that disagree count
     * by their highest value on the first date and their lowest on the last, so that a tie never counts as progress.
     *
     * <pre>{@code
     * Measure.Transition.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "rung");
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class Transition extends Measure implements OverFacts {

        Transition() {}

        /** The fact type read, one with a person ({@code fact_type}). */
        @Override
        public abstract FactType factType();

        /** Flow or stock ({@code mode}). */
        @Override
        public abstract CountMode mode();

        /** The facts compared ({@code filter}). */
        public abstract Filter filter();

        /** The numeric attribute whose first and last values are compared ({@code value_attribute}). */
        public abstract String valueAttribute();

        /** The transition of {@code valueAttribute} among the facts of {@code factType} passing {@code filter}. */
        public static Transition of(FactType factType, CountMode mode, Filter filter, String valueAttribute) {
            return ImmutableMeasure.Transition.builder()
                    .factType(factType)
                    .mode(mode)
                    .filter(filter)
                    .valueAttribute(valueAttribute)
                    .build();
        }

        /** The {@link #filter()}. */
        @Override
        public Filter selection() {
            return filter();
        }

        /** {@link IndicatorKind#TRANSITION}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.TRANSITION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onTransition(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.of(this);
        }

        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.of(factType());
        }

        @Override
        public Set<CohortName> cohorts() {
            return filter().cohorts();
        }

        @Override
        public Seq<Violation> violations() {
            Option<Attribute> value = factType().attribute(valueAttribute());
            return Violations.of("measure")
                    .check(
                            factType().person().isDefined(),
                            "fact_type",
                            IndicatorDefinition.TRANSITION_WITHOUT_PERSON,
                            factType())
                    .addAll(selectionViolations("", factType(), mode(), filter(), "filter"))
                    .check(
                            value.isDefined(),
                            "value_attribute",
                            IndicatorDefinition.UNKNOWN_VALUE_ATTRIBUTE,
                            valueAttribute())
                    .check(
                            value.map(a -> a.type().isNumeric()).getOrElse(true),
                            "value_attribute",
                            IndicatorDefinition.TRANSITION_OF_NON_NUMBER,
                            valueAttribute())
                    .toSeq();
        }

        /** {@code transition of rung among ladder_assessments (flow)}. */
        @Override
        public String toString() {
            return "transition of " + valueAttribute() + " among " + where(factType(), mode(), filter());
        }
    }

    /**
     * NETWORK: among the initiatives active in the period, those with at least one link active in the period to
     * another initiative (a different id) active in the period. By default ({@link NetworkScope#ANYWHERE}) the other
     * initiative may be anywhere: being connected is a property of the initiative, the same in every area and group
     * that holds it, so an initiative linked across a neighbourhood border is connected in its neighbourhood too, and
     * the numerator adds up over areas like the denominator. {@link NetworkScope#WITHIN_AREA} counts only links whose
     * two initiatives are both in the area.
     *
     * <pre>{@code
     * Measure.Network.of();                          // the catalogue's meaning
     * Measure.Network.of(NetworkScope.WITHIN_AREA);  // links within the area only
     * }</pre>
     */
    @Value.Immutable(singleton = true, builder = false)
    public abstract static non-sealed class Network extends Measure {

        Network() {}

        /** Where the other end of a link may be ({@code scope}); {@link NetworkScope#ANYWHERE} by default. */
        @Value.Default
        public NetworkScope scope() {
            return NetworkScope.ANYWHERE;
        }

        /** The network spec with the default scope, {@link NetworkScope#ANYWHERE}. */
        public static Network of() {
            return ImmutableMeasure.Network.of();
        }

        /** The network spec with the scope {@code scope}. */
        public static Network of(NetworkScope scope) {
            return ImmutableMeasure.Network.of().withScope(scope);
        }

        /** {@link IndicatorKind#NETWORK}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.NETWORK;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onNetwork(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.empty();
        }

        /** Initiatives and their links. */
        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.of(FactType.INITIATIVES, FactType.INITIATIVE_LINKS);
        }

        @Override
        public Seq<Violation> violations() {
            return List.empty();
        }

        /**
         * {@code network of initiatives active in period}, and with {@link NetworkScope#WITHIN_AREA}
         * {@code network of initiatives active in period, links within the area only}.
         */
        @Override
        public String toString() {
            return "network of initiatives active in period"
                    + (scope() == NetworkScope.WITHIN_AREA ? ", links within the area only" : "");
        }
    }

    /**
     * THRESHOLD_SHARE: among the areas of {@link #level()}, the share where the {@link #base()} indicator achieves
     * {@link #threshold()}: its interval (or, without one, its value) lies wholly on the good side of the threshold
     * by the base's polarity, as a target is assessed {@code ACHIEVED}.
     *
     * <pre>{@code
     * // share of districts where at least 80% of initiatives are resident-led
     * Measure.ThresholdShare.of(IndicatorId.of("resident-led-initiatives"), AreaLevel.DISTRICT, 0.8);
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class ThresholdShare extends Measure {

        ThresholdShare() {}

        /** The indicator assessed in each area ({@code base}). */
        @Value.Parameter
        public abstract IndicatorId baseIndicator();

        /** The level of the areas counted ({@code level}). */
        @Value.Parameter
        public abstract AreaLevel level();

        /** The value the base must achieve ({@code threshold}). */
        @Value.Parameter
        public abstract double threshold();

        /** The share of areas of {@code level} where {@code base} achieves {@code threshold}; throws if not finite. */
        public static ThresholdShare of(IndicatorId base, AreaLevel level, double threshold) {
            return ImmutableMeasure.ThresholdShare.of(base, level, threshold);
        }

        /** The spec, or the violation of {@link #THRESHOLD_NOT_FINITE}. */
        public static Validation<Seq<Violation>, ThresholdShare> validate(
                IndicatorId base, AreaLevel level, double threshold) {
            return Violations.attempt(() -> of(base, level, threshold));
        }

        @Value.Check
        final void check() {
            Violations.of("threshold share")
                    .check(Double.isFinite(threshold()), "threshold", THRESHOLD_NOT_FINITE, threshold())
                    .throwIfAny();
        }

        /** {@link IndicatorKind#THRESHOLD_SHARE}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.THRESHOLD_SHARE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onThresholdShare(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return false;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.empty();
        }

        /** The {@link #baseIndicator()}. */
        @Override
        public Option<IndicatorId> base() {
            return Option.some(baseIndicator());
        }

        /** None: the base's facts are read by the base. */
        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.empty();
        }

        @Override
        public Seq<Violation> violations() {
            return List.empty();
        }

        /** {@code share of district areas where resident-led-initiatives achieves 0.8}. */
        @Override
        public String toString() {
            return "share of " + level().code() + " areas where " + baseIndicator() + " achieves " + threshold();
        }
    }

    /**
     * CHANGE: the {@link #base()} indicator in the evaluated period minus its value in the baseline period given when
     * computing ({@code --baseline}), the two periods treated as independent samples.
     *
     * <pre>{@code
     * Measure.Change.of(IndicatorId.of("feels-safe"));
     * }</pre>
     */
    @Value.Immutable
    public abstract static non-sealed class Change extends Measure {

        Change() {}

        /** The indicator whose change is computed ({@code base}). */
        @Value.Parameter
        public abstract IndicatorId baseIndicator();

        /** The change of {@code base}. */
        public static Change of(IndicatorId base) {
            return ImmutableMeasure.Change.of(base);
        }

        /** {@link IndicatorKind#CHANGE}. */
        @Override
        public IndicatorKind kind() {
            return IndicatorKind.CHANGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onChange(this);
        }

        @Override
        public boolean requiresPopulation() {
            return false;
        }

        @Override
        public boolean comparesWithBaseline() {
            return true;
        }

        @Override
        public Seq<OverFacts> overFacts() {
            return List.empty();
        }

        /** The {@link #baseIndicator()}. */
        @Override
        public Option<IndicatorId> base() {
            return Option.some(baseIndicator());
        }

        /** None: the base's facts are read by the base. */
        @Override
        public Set<FactType> factTypes() {
            return LinkedHashSet.empty();
        }

        @Override
        public Seq<Violation> violations() {
            return List.empty();
        }

        /** {@code change of feels-safe since baseline}. */
        @Override
        public String toString() {
            return "change of " + baseIndicator() + " since baseline";
        }
    }
}
