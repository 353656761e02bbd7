package nl.welfare.indicators.definition;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.util.List;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * An indicator, defined as data (indicatordefinitie): a stable kebab-case id, a name and description, the goals it
 * serves, its unit, its {@link Polarity}, its {@link StatisticalUnit} and its {@link IndicatorKind}, computed by a
 * {@link Measure} of that kind.
 *
 * <pre>{@code
 * IndicatorDefinition residentLed = IndicatorDefinition.builder()
 *         .id(IndicatorId.of("resident-led-initiatives"))
 *         .name("Resident-led initiatives")
 *         .description("Among initiatives active in the period, the share led by residents.")
 *         .unit("share")
 *         .polarity(Polarity.HIGHER_IS_BETTER)
 *         .statisticalUnit(StatisticalUnit.OTHER)
 *         .kind(IndicatorKind.PROPORTION)
 *         .measure(Measure.Proportion.builder()
 *                 .factType(FactType.INITIATIVES)
 *                 .mode(CountMode.STOCK)
 *                 .population(Filter.all())
 *                 .condition(Filter.equalTo("lead", "residents"))
 *                 .build())
 *         .addGoals(GoalId.of("self-and-mutual-reliance"))
 *         .build();
 * residentLed.requiresPopulation(); // false: not a rate
 * }</pre>
 *
 * <p>Every rule of a definition is checked when it is built, and {@link #validate} lists every violation at once: its
 * own fields, the kind against the measure, and whether the measure and its filters suit its fact types (fields
 * relative to the measure: {@code population}, {@code condition}, {@code count.filter}, {@code numerator.filter},
 * {@code value_attribute}). Rules that need other definitions (a base indicator that exists) belong to the catalogue.
 * A rate needs the population of its areas: {@link #requiresPopulation()} lets the engine report a dataset without
 * it.
 */
@Value.Immutable
public abstract class IndicatorDefinition {

    /** Rule: the definition has no name. */
    public static final Rule NAME_BLANK = Rule.of("definition.name-blank", "must not be blank");

    /** Rule: the definition has no unit. */
    public static final Rule UNIT_BLANK = Rule.of("definition.unit-blank", "must not be blank");

    /** Rule: the measure is not a spec of the definition's kind. */
    public static final Rule KIND_MISMATCH =
            Rule.of("definition.kind-mismatch", "must be the kind of the measure (a count spec for count, ...)");

    /**
     * Rule: a proportion's condition is {@link Filter.All}. The numerator is the population and the condition, so it
     * always lies inside the denominator; a condition that adds nothing makes every share 1.
     */
    public static final Rule CONDITION_IS_ALL = Rule.of(
            "definition.condition-is-all",
            "must narrow the population: the numerator is the population and the condition, and 'all' makes every"
                    + " share 1");

    /** Rule: the measure reads a fact type whose facts belong to no area (initiative links). */
    public static final Rule FACT_TYPE_WITHOUT_AREA = Rule.of(
            "definition.fact-type-without-area",
            "must be a fact type whose facts belong to an area (their own area_code or their resident's)");

    /** Rule: a flow of a fact type without a date (activities, residents). */
    public static final Rule FLOW_WITHOUT_DATE =
            Rule.of("definition.flow-without-date", "must be stock, or a flow of a fact type with a date");

    /** Rule: a stock of a fact type without an active span (participations, assessments, responses). */
    public static final Rule STOCK_WITHOUT_SPAN =
            Rule.of("definition.stock-without-span", "must be flow, or a stock of a fact type with a start and end");

    /** Rule: a mean of an attribute that is not a number. */
    public static final Rule MEAN_OF_NON_NUMBER =
            Rule.of("definition.mean-of-non-number", "must name a numeric attribute (integer or decimal) to average");

    /** Rule: a transition of an attribute that is not a number. */
    public static final Rule TRANSITION_OF_NON_NUMBER = Rule.of(
            "definition.transition-of-non-number", "must name a numeric attribute (integer or decimal) to compare");

    /** Rule: the value attribute of a mean or transition is not an attribute of its fact type. */
    public static final Rule UNKNOWN_VALUE_ATTRIBUTE =
            Rule.of("definition.unknown-value-attribute", "must name an attribute of the fact type");

    /** Rule: a transition over a fact type that does not identify persons. */
    public static final Rule TRANSITION_WITHOUT_PERSON = Rule.of(
            "definition.transition-without-person", "must be a fact type that identifies persons to follow them");

    /** Rule: a distinct count over a fact type that does not identify persons. */
    public static final Rule DISTINCT_WITHOUT_PERSON = Rule.of(
            "definition.distinct-without-person", "must be a fact type that identifies persons to count them once");

    /** Rule: a latest-assessment share over a fact type that does not identify persons. */
    public static final Rule LATEST_WITHOUT_PERSON = Rule.of(
            "definition.latest-without-person",
            "must be a fact type that identifies persons to find each one's latest assessment");

    /** Rule: a weighted share or mean of a fact type without weights. */
    public static final Rule WEIGHTED_WITHOUT_WEIGHT =
            Rule.of("definition.weighted-without-weight", "must be false for a fact type without a weight");

    /**
     * Rule: the measure counts facts about persons but the statistical unit is {@code OTHER}, which would let its
     * results escape disclosure control.
     */
    public static final Rule UNIT_HIDES_PERSONS = Rule.of(
            "definition.unit-hides-persons",
            "must be persons when the indicator counts facts about persons (disclosure control applies)");

    /** Rule: a threshold share or change whose base is the definition itself. */
    public static final Rule REFERS_TO_ITSELF =
            Rule.of("definition.refers-to-itself", "must name another indicator as its base");

    IndicatorDefinition() {}

    /** The stable id ({@code id}). */
    public abstract IndicatorId id();

    /** A short name for people ({@code name}). */
    public abstract String name();

    /** What is counted, in a sentence or two ({@code description}). */
    public abstract String description();

    /** What one unit of the value is: {@code share}, {@code per 1,000 inhabitants}, {@code episodes} ({@code unit}). */
    public abstract String unit();

    /** Which direction is good ({@code polarity}). */
    public abstract Polarity polarity();

    /** Persons (disclosure control applies) or other things ({@code statistical_unit}). */
    public abstract StatisticalUnit statisticalUnit();

    /** The kind of indicator ({@code kind}). */
    public abstract IndicatorKind kind();

    /** How it is computed ({@code measure}). */
    public abstract Measure measure();

    /** The goals the indicator serves, possibly none ({@code goals}). */
    public abstract List<GoalId> goals();

    /** A staged builder: id, name, description, unit, polarity, statistical unit, kind and measure, then goals. */
    public static ImmutableIndicatorDefinition.IdBuildStage builder() {
        return ImmutableIndicatorDefinition.builder();
    }

    /** The definition with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, IndicatorDefinition> validate(
            IndicatorId id,
            String name,
            String description,
            List<GoalId> goals,
            String unit,
            Polarity polarity,
            StatisticalUnit statisticalUnit,
            IndicatorKind kind,
            Measure measure) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .description(description)
                .unit(unit)
                .polarity(polarity)
                .statisticalUnit(statisticalUnit)
                .kind(kind)
                .measure(measure)
                .addAllGoals(goals)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("indicator definition")
                .check(!name().isBlank(), "name", NAME_BLANK, name())
                .check(!unit().isBlank(), "unit", UNIT_BLANK, unit())
                .check(kind() == measure().kind(), "kind", KIND_MISMATCH, kind().code() + " computed by " + measure())
                .addAll(measure().violations())
                .check(
                        statisticalUnit() == StatisticalUnit.PERSONS
                                || !measure().countsPersons(),
                        "statistical_unit",
                        UNIT_HIDES_PERSONS,
                        statisticalUnit().code())
                .check(!measure().base().contains(id()), "base", REFERS_TO_ITSELF, id())
                .throwIfAny();
    }

    /** Whether computing the indicator needs the population of each area: a rate's denominator. */
    public boolean requiresPopulation() {
        return measure().requiresPopulation();
    }

    /** The fact types the measure reads (none for a threshold share or change: their base reads them). */
    public Set<FactType> factTypes() {
        return measure().factTypes();
    }

    /** The cohorts the measure's filters test membership of: the engine needs the {@code cohorts} resource. */
    public Set<CohortName> cohorts() {
        return measure().cohorts();
    }

    /** The id, so that messages name the indicator. */
    @Override
    public String toString() {
        return id().value();
    }
}
