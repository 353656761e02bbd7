package nl.welfare.indicators.attack;

import java.util.Optional;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;

/**
 * An unknown number of the data package that published rows reveal or hide, per area and period: what the attacker
 * makes one LP variable of for every (area, period). Two indicators that count the same thing name the same quantity
 * (a quantity is its fact type, mode and filter, compared structurally), so that what one publishes the other cannot
 * hide: {@code individual-support-per-1000}'s count is {@code collective-to-individual-ratio}'s denominator.
 *
 * <p>Each quantity says how its values over areas and over periods relate, read from docs/indicators.md ("What belongs
 * to a period, and to an area", the catalogue's meanings), not from the engine's code:
 *
 * <table>
 *   <caption>Quantities and how they combine</caption>
 *   <tr><th>quantity</th><th>over areas</th><th>over periods</th></tr>
 *   <tr><td>{@link Facts}: facts (responses, episodes, assessments)</td><td>add up: a fact has one area, its own or
 *       its resident's</td><td>a flow adds up (a fact has one date); a stock is bounded (an episode active in two
 *       quarters is one episode of the year)</td></tr>
 *   <tr><td>{@link Persons}: distinct persons with a fact</td><td>add up when the area is the resident's; bounded when
 *       facts carry their own area (a volunteer in two neighbourhoods)</td><td>bounded</td></tr>
 *   <tr><td>{@link TwiceAssessed}: persons with two facts (a transition's base)</td><td>add up through the resident;
 *       else a part is at most its parent</td><td>a part is at most the longer period</td></tr>
 *   <tr><td>{@link Progressed}: persons whose last value beats their first</td><td>add up through the resident</td>
 *       <td>none: progress over a year says nothing of progress within a quarter</td></tr>
 *   <tr><td>{@link LatestPassing}: persons whose latest assessment passes</td><td>add up through the resident</td>
 *       <td>{@link PeriodRule#LATEST}</td></tr>
 * </table>
 */
sealed interface Quantity
        permits Quantity.Facts, Quantity.Persons, Quantity.TwiceAssessed, Quantity.Progressed, Quantity.LatestPassing {

    /** How the values of a quantity in an area and in the parts it is made of relate. */
    enum AreaRule {
        /** The parent is the sum of its parts (at least the sum when the parts do not cover it). */
        ADDITIVE,
        /** The parent lies between its largest part and the sum of its parts. */
        BOUNDED,
        /** The parent is at least each of its parts. */
        SUPERSET,
        /** No relation. */
        NONE
    }

    /** How the values of a quantity in a period and in the periods it is made of relate. */
    enum PeriodRule {
        /** The period is the sum of its parts. */
        ADDITIVE,
        /** The period lies between its largest part and the sum of its parts. */
        BOUNDED,
        /** The period is at least each of its parts. */
        SUPERSET,
        /**
         * Persons counted by their latest assessment (and those not counted, the complement): at most the sum of the
         * parts (a person's latest assessment of the period is their latest of the last part they were assessed in),
         * and at least the part that ends with the period (whoever was assessed in it has their latest there).
         */
        LATEST,
        /** No relation. */
        NONE
    }

    FactType factType();

    CountMode mode();

    AreaRule areaRule();

    PeriodRule periodRule();

    /** A short description for the dump of relations, when no indicator names the quantity. */
    String describe();

    /**
     * Facts of the period (a flow: dated in it; a stock: active in it) passing a filter; {@code valued}: only those
     * with a value of that attribute (a mean's observations) when the filter does not already ensure one.
     */
    record Facts(FactType factType, CountMode mode, Filter filter, Optional<String> valued) implements Quantity {
        @Override
        public AreaRule areaRule() {
            return AreaRule.ADDITIVE;
        }

        @Override
        public PeriodRule periodRule() {
            if (dependsOnPeriod(filter)) {
                return PeriodRule.NONE;
            }
            return mode == CountMode.FLOW ? PeriodRule.ADDITIVE : PeriodRule.BOUNDED;
        }

        @Override
        public String describe() {
            return "facts of " + factType.code() + " (" + mode.code() + ") where " + filter
                    + valued.map(v -> " with a " + v).orElse("");
        }
    }

    /** Distinct persons with at least one fact of the period passing a filter. */
    record Persons(FactType factType, CountMode mode, Filter filter) implements Quantity {
        @Override
        public AreaRule areaRule() {
            return factType.areaThroughResident() ? AreaRule.ADDITIVE : AreaRule.BOUNDED;
        }

        @Override
        public PeriodRule periodRule() {
            return dependsOnPeriod(filter) ? PeriodRule.NONE : PeriodRule.BOUNDED;
        }

        @Override
        public String describe() {
            return "persons of " + factType.code() + " (" + mode.code() + ") where " + filter;
        }
    }

    /** Persons with at least two facts of the period with a value of {@code attribute}: a transition's base. */
    record TwiceAssessed(FactType factType, CountMode mode, Filter filter, String attribute) implements Quantity {
        @Override
        public AreaRule areaRule() {
            return factType.areaThroughResident() ? AreaRule.ADDITIVE : AreaRule.SUPERSET;
        }

        @Override
        public PeriodRule periodRule() {
            return dependsOnPeriod(filter) ? PeriodRule.NONE : PeriodRule.SUPERSET;
        }

        @Override
        public String describe() {
            return "persons with two " + factType.code() + " where " + filter;
        }
    }

    /** Persons of {@link TwiceAssessed} whose last value of the period beats their first. */
    record Progressed(FactType factType, CountMode mode, Filter filter, String attribute) implements Quantity {
        @Override
        public AreaRule areaRule() {
            return factType.areaThroughResident() ? AreaRule.ADDITIVE : AreaRule.NONE;
        }

        @Override
        public PeriodRule periodRule() {
            return PeriodRule.NONE;
        }

        @Override
        public String describe() {
            return "persons whose last " + attribute + " beats the first, of " + factType.code() + " where " + filter;
        }
    }

    /** Persons with a fact passing {@code population} whose facts on their latest date all pass {@code condition}. */
    record LatestPassing(FactType factType, CountMode mode, Filter population, Filter condition) implements Quantity {
        @Override
        public AreaRule areaRule() {
            return factType.areaThroughResident() ? AreaRule.ADDITIVE : AreaRule.NONE;
        }

        @Override
        public PeriodRule periodRule() {
            return mode == CountMode.FLOW && !dependsOnPeriod(population) && !dependsOnPeriod(condition)
                    ? PeriodRule.LATEST
                    : PeriodRule.NONE;
        }

        @Override
        public String describe() {
            return "persons whose latest " + factType.code() + " all have " + condition;
        }
    }

    /** Whether a filter is evaluated against the period itself, so that a part's facts are not the whole's. */
    static boolean dependsOnPeriod(Filter filter) {
        return filter.nodes()
                .exists(n -> n instanceof Filter.DateWithinPeriod
                        || n instanceof Filter.ActiveInPeriod
                        || n instanceof Filter.MemberOfCohort);
    }

    /** Whether every fact passing {@code a} passes {@code b}, as far as the structure of the filters shows. */
    static boolean implies(Filter a, Filter b) {
        if (b.isAll() || a.equals(b)) {
            return true;
        }
        if (b instanceof Filter.And and) {
            return and.operands().stream().allMatch(op -> implies(a, op));
        }
        if (a instanceof Filter.And and) {
            return and.operands().stream().anyMatch(op -> implies(op, b));
        }
        return false;
    }

    /**
     * Whether, in every area and period, the facts or persons of {@code a} are among those of {@code b}: a share's
     * numerator within its denominator, new episodes (started in the period) within active ones, volunteers within
     * participants, persons assessed twice within persons assessed.
     */
    static boolean within(Quantity a, Quantity b) {
        if (a.equals(b) || a.factType() != b.factType()) {
            return false;
        }
        boolean sameOrNewWithinActive = a.mode() == b.mode() || newWithinActive(a, b);
        if (!sameOrNewWithinActive) {
            return false;
        }
        if (a instanceof Facts fa && b instanceof Facts fb) {
            return implies(fa.filter(), fb.filter())
                    && (fb.valued().isEmpty() || fb.valued().equals(fa.valued()));
        }
        if (a instanceof Persons pa && b instanceof Persons pb) {
            return implies(pa.filter(), pb.filter());
        }
        if (a instanceof Persons pa && b instanceof Facts fb) {
            // a person with a fact is at least one fact; facts without a person are not persons
            return fb.valued().isEmpty() && implies(pa.filter(), fb.filter());
        }
        if (a instanceof TwiceAssessed ta && b instanceof Persons pb) {
            return a.mode() == b.mode() && implies(ta.filter(), pb.filter());
        }
        if (a instanceof Progressed pa && b instanceof TwiceAssessed tb) {
            return a.mode() == b.mode()
                    && pa.filter().equals(tb.filter())
                    && pa.attribute().equals(tb.attribute());
        }
        if (a instanceof LatestPassing la && b instanceof Persons pb) {
            return a.mode() == b.mode() && implies(la.population(), pb.filter());
        }
        return false;
    }

    /**
     * Whether {@code a} is a flow and {@code b} a stock of a fact type whose flow date is the start of its span: a
     * fact that started in a period is active in it.
     */
    private static boolean newWithinActive(Quantity a, Quantity b) {
        FactType type = a.factType();
        return a.mode() == CountMode.FLOW
                && b.mode() == CountMode.STOCK
                && type.date().isDefined()
                && type.date().equals(type.spanStart());
    }
}
