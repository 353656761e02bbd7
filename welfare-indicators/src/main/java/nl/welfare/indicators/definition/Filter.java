package nl.welfare.indicators.definition;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * Which facts an indicator counts (selectie): an expression tree over the named, typed {@link Attribute}s of a
 * {@link FactType}, never a Java lambda, so that one definition can be evaluated in memory, compiled to SQL and written
 * to JSON.
 *
 * <pre>{@code
 * Filter safe = Filter.and(
 *         Filter.equalTo("question", "wl04"),
 *         Filter.between("answer", 1, 5));
 * safe.toString();                                // (question = 'wl04' and answer between 1 and 5)
 * safe.validate(FactType.SURVEY_RESPONSES);       // Valid
 * safe.validate(FactType.INITIATIVES);            // Invalid(filter.unknown-attribute, twice)
 * Filter.in("answer", Literal.integer(1), Literal.integer(2)).attributes(); // [answer]
 * }</pre>
 *
 * <p>The nodes:
 *
 * <ul>
 *   <li>{@link Equals}, {@link In}, {@link Range} (inclusive, numbers or dates, either bound optional) compare an
 *       attribute with {@link Literal}s;
 *   <li>{@link And}, {@link Or}, {@link Not} combine filters;
 *   <li>{@link DateWithinPeriod}: the named date attribute lies in the evaluated period;
 *   <li>{@link ActiveInPeriod}: the fact's active span ({@link FactType#spanStart()}, {@link FactType#spanEnd()})
 *       overlaps the evaluated period: it started on or before the period's last day and has no end or ended on or
 *       after its first day;
 *   <li>{@link MemberOfCohort}: the fact's resident ({@link FactType#person()}) belongs to the named cohort on at
 *       least one day of the evaluated period (joined on or before its last day, and has not left or left on or after
 *       its first day);
 *   <li>{@link All}: every fact.
 * </ul>
 *
 * <p>Meaning of a missing value (an empty optional column, a survey answer that is not a whole number): a comparison
 * with it ({@code Equals}, {@code In}, {@code Range}, {@code DateWithinPeriod}) is false, and {@code Not} negates
 * plainly, so {@code not(equalTo("theme", "play"))} holds for an initiative without a theme. The logic has two values:
 * an SQL compiler must write {@code (x IS NOT NULL AND x = ...)} so that {@code NOT} agrees with the in-memory engine.
 *
 * <p>The rules of a node's own shape (an empty {@code In}, a range with no bound or with its minimum above its
 * maximum, an {@code And} or {@code Or} without operands) are checked when it is built; the rules that need the fact
 * type are checked by {@link #validate(FactType)}, which lists every violation of the whole tree at once.
 */
@Value.Enclosing
public abstract sealed class Filter
        permits Filter.Equals,
                Filter.In,
                Filter.Range,
                Filter.Junction,
                Filter.Not,
                Filter.DateWithinPeriod,
                Filter.ActiveInPeriod,
                Filter.MemberOfCohort,
                Filter.All {

    /** Rule: the filter names an attribute the fact type does not have. */
    public static final Rule UNKNOWN_ATTRIBUTE =
            Rule.of("filter.unknown-attribute", "must name only attributes of the fact type");

    /** Rule: a literal's kind does not suit its attribute's type (see {@link AttributeType#accepts}). */
    public static final Rule TYPE_MISMATCH = Rule.of(
            "filter.type-mismatch",
            "must compare an attribute with literals of its type (a text for text, enum, id and area; an integer for"
                    + " integer; a number for decimal; a date for date), ids well-formed and area codes CBS codes");

    /** Rule: a text compared with an enum attribute is none of its codes. */
    public static final Rule UNKNOWN_CODE =
            Rule.of("filter.unknown-code", "must compare an enum attribute only with its codes");

    /** Rule: a range on an attribute that is neither a number nor a date. */
    public static final Rule RANGE_NOT_ORDERED =
            Rule.of("filter.range-not-ordered", "must take a range only of a number or date attribute");

    /** Rule: a date-only operator ({@link DateWithinPeriod}) on an attribute that is not a date. */
    public static final Rule NOT_A_DATE =
            Rule.of("filter.not-a-date", "must test 'within period' only on a date attribute");

    /** Rule: {@link ActiveInPeriod} on a fact type without an active span. */
    public static final Rule NO_SPAN =
            Rule.of("filter.no-span", "must test 'active in period' only on a fact type with a start and an end");

    /** Rule: {@link MemberOfCohort} on a fact type that does not identify residents. */
    public static final Rule COHORT_WITHOUT_RESIDENT = Rule.of(
            "filter.cohort-without-resident", "must test cohort membership only on a fact type that names residents");

    /** Rule: an {@link In} without values. */
    public static final Rule EMPTY_IN = Rule.of("filter.empty-in", "must list at least one value after 'in'");

    /** Rule: a {@link Range} with neither a minimum nor a maximum. */
    public static final Rule RANGE_WITHOUT_BOUNDS =
            Rule.of("filter.range-without-bounds", "must give a range a minimum, a maximum or both");

    /** Rule: a {@link Range} whose minimum lies above its maximum. */
    public static final Rule RANGE_MIN_ABOVE_MAX =
            Rule.of("filter.range-min-above-max", "must not give a range a minimum above its maximum");

    /** Rule: an {@link And} or {@link Or} without operands. */
    public static final Rule NO_OPERANDS =
            Rule.of("filter.no-operands", "must give 'and' and 'or' at least one operand");

    Filter() {}

    /** Calls the method of {@code visitor} for this kind of node. */
    public abstract <R> R accept(Visitor<R> visitor);

    /**
     * Every violation of the rules that need the fact type, in the whole tree, each in field {@code field} with the
     * offending node as its rejected value.
     */
    public abstract Seq<Violation> violations(FactType factType, String field);

    /** This filter when it suits {@code factType}, else every violation in field {@code filter}. */
    public final Validation<Seq<Violation>, Filter> validate(FactType factType) {
        Seq<Violation> found = violations(factType, "filter");
        return found.isEmpty() ? Validation.valid(this) : Validation.invalid(found);
    }

    /** The attributes the filter names explicitly, in order of appearance. */
    public final Set<String> attributes() {
        return LinkedHashSet.ofAll(nodes().flatMap(Filter::named));
    }

    /**
     * The attributes of {@code factType} that evaluating the filter reads: those it names that the fact type has, the
     * span of {@link ActiveInPeriod} and the person of {@link MemberOfCohort}.
     */
    public final Set<Attribute> reads(FactType factType) {
        return LinkedHashSet.ofAll(nodes().flatMap(node -> node.readsItself(factType)));
    }

    /** The cohorts the filter tests membership of. */
    public final Set<CohortName> cohorts() {
        return LinkedHashSet.ofAll(nodes().flatMap(Filter::cohortTested));
    }

    /** Whether this is {@link All}, the filter that keeps every fact. */
    public final boolean isAll() {
        return equals(all());
    }

    /** This node and every node below it, depth first. */
    public final Seq<Filter> nodes() {
        return List.<Filter>of(this).appendAll(children().flatMap(Filter::nodes));
    }

    /** The operands of {@link And}, {@link Or} and {@link Not}; none for the other nodes, the leaves of a tree. */
    public abstract Seq<Filter> children();

    // Each kind answers the questions below about itself alone (not its operands), so that a new kind of node must.

    /**
     * The attribute this node names itself: that of {@link Equals}, {@link In}, {@link Range} or
     * {@link DateWithinPeriod}.
     */
    abstract Option<String> named();

    /**
     * The attributes of {@code factType} evaluating this node itself reads: the one it names, if the fact type has it,
     * the span for {@link ActiveInPeriod} and the person for {@link MemberOfCohort}.
     */
    abstract Seq<Attribute> readsItself(FactType factType);

    /** The cohort this node tests membership of itself: that of {@link MemberOfCohort}. */
    abstract Option<CohortName> cohortTested();

    /**
     * Whether {@link #toString()} writes this node in parentheses: an {@code and} or {@code or} of two or more
     * operands, or of one operand that is written in parentheses.
     */
    abstract boolean parenthesised();

    // ---- factories ----

    /** The filter {@code attribute = value}. */
    public static Equals equalTo(String attribute, Literal value) {
        return ImmutableFilter.Equals.of(attribute, value);
    }

    /** The filter {@code attribute = 'text'}: for text, enum, id and area attributes. */
    public static Equals equalTo(String attribute, String text) {
        return equalTo(attribute, Literal.text(text));
    }

    /** The filter {@code attribute in (values)}; throws if there is no value. */
    public static In in(String attribute, Literal... values) {
        return in(attribute, Arrays.asList(values));
    }

    /** The filter {@code attribute in (values)}; throws if there is no value. */
    public static In in(String attribute, java.util.List<? extends Literal> values) {
        return ImmutableFilter.In.builder()
                .attribute(attribute)
                .addAllValues(values)
                .build();
    }

    /** The filter {@code min <= attribute <= max}, either bound optional; throws if neither is given or min > max. */
    public static Range range(String attribute, Optional<? extends Literal> min, Optional<? extends Literal> max) {
        return ImmutableFilter.Range.builder()
                .attribute(attribute)
                .min(min.map(Literal.class::cast))
                .max(max.map(Literal.class::cast))
                .build();
    }

    /** The filter {@code min <= attribute <= max}. */
    public static Range between(String attribute, Literal min, Literal max) {
        return range(attribute, Optional.of(min), Optional.of(max));
    }

    /** The filter {@code min <= attribute <= max} for whole numbers. */
    public static Range between(String attribute, long min, long max) {
        return between(attribute, Literal.integer(min), Literal.integer(max));
    }

    /** The filter {@code attribute >= min}. */
    public static Range atLeast(String attribute, Literal min) {
        return range(attribute, Optional.of(min), Optional.empty());
    }

    /** The filter {@code attribute <= max}. */
    public static Range atMost(String attribute, Literal max) {
        return range(attribute, Optional.empty(), Optional.of(max));
    }

    /** The filter that holds when every operand holds; throws without operands. */
    public static And and(Filter... operands) {
        return and(Arrays.asList(operands));
    }

    /** The filter that holds when every operand holds; throws without operands. */
    public static And and(java.util.List<? extends Filter> operands) {
        return ImmutableFilter.And.builder().addAllOperands(operands).build();
    }

    /** The filter that holds when at least one operand holds; throws without operands. */
    public static Or or(Filter... operands) {
        return or(Arrays.asList(operands));
    }

    /** The filter that holds when at least one operand holds; throws without operands. */
    public static Or or(java.util.List<? extends Filter> operands) {
        return ImmutableFilter.Or.builder().addAllOperands(operands).build();
    }

    /** The filter that holds when {@code operand} does not. */
    public static Not not(Filter operand) {
        return ImmutableFilter.Not.of(operand);
    }

    /** The filter that holds when the date {@code attribute} lies in the evaluated period. */
    public static DateWithinPeriod dateWithinPeriod(String attribute) {
        return ImmutableFilter.DateWithinPeriod.of(attribute);
    }

    /** The filter that holds when the fact is active on at least one day of the evaluated period. */
    public static ActiveInPeriod activeInPeriod() {
        return ImmutableFilter.ActiveInPeriod.of();
    }

    /** The filter that holds when the fact's resident belongs to {@code cohort} during the evaluated period. */
    public static MemberOfCohort memberOfCohort(CohortName cohort) {
        return ImmutableFilter.MemberOfCohort.of(cohort);
    }

    /** The filter that keeps every fact. */
    public static All all() {
        return ImmutableFilter.All.of();
    }

    // ---- shared checks ----

    private static Seq<Violation> literalViolations(Attribute attribute, Literal literal, String field, Filter node) {
        if (!attribute.type().accepts(literal.kind())) {
            return List.of(Violation.of(field, TYPE_MISMATCH, node));
        }
        String text = literal.asText().orElse("");
        switch (attribute.type()) {
            case ENUM:
                return attribute.allows(text) ? List.empty() : List.of(Violation.of(field, UNKNOWN_CODE, node));
            case ID:
                return Identifier.isWellFormed(text) ? List.empty() : List.of(Violation.of(field, TYPE_MISMATCH, node));
            case AREA:
                return AreaCode.isWellFormed(text) ? List.empty() : List.of(Violation.of(field, TYPE_MISMATCH, node));
            default:
                return List.empty();
        }
    }

    private static Option<Attribute> known(FactType factType, String attribute) {
        return factType.attribute(attribute);
    }

    /** What to do with each kind of node: the engine and the SQL compiler implement one. */
    public interface Visitor<R> {
        /** An {@link Equals} node. */
        R onEquals(Equals filter);

        /** An {@link In} node. */
        R onIn(In filter);

        /** A {@link Range} node. */
        R onRange(Range filter);

        /** An {@link And} node. */
        R onAnd(And filter);

        /** An {@link Or} node. */
        R onOr(Or filter);

        /** A {@link Not} node. */
        R onNot(Not filter);

        /** A {@link DateWithinPeriod} node. */
        R onDateWithinPeriod(DateWithinPeriod filter);

        /** An {@link ActiveInPeriod} node. */
        R onActiveInPeriod(ActiveInPeriod filter);

        /** A {@link MemberOfCohort} node. */
        R onMemberOfCohort(MemberOfCohort filter);

        /** An {@link All} node. */
        R onAll(All filter);
    }

    /** {@code attribute = value}. */
    @Value.Immutable
    public abstract static non-sealed class Equals extends Filter {

        Equals() {}

        /** The attribute compared, by its column name. */
        @Value.Parameter
        public abstract String attribute();

        /** The value it must equal. */
        @Value.Parameter
        public abstract Literal value();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onEquals(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.some(attribute());
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return known(factType, attribute()).toList();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            return known(factType, attribute())
                    .map(a -> literalViolations(a, value(), field, this))
                    .getOrElse(() -> List.of(Violation.of(field, UNKNOWN_ATTRIBUTE, this)));
        }

        /** {@code lead = 'residents'}. */
        @Override
        public String toString() {
            return attribute() + " = " + value();
        }
    }

    /** {@code attribute in (values)}: equal to at least one of the values. */
    @Value.Immutable
    public abstract static non-sealed class In extends Filter {

        In() {}

        /** The attribute compared, by its column name. */
        public abstract String attribute();

        /** The values it may equal, at least one. */
        public abstract java.util.List<Literal> values();

        /** The filter {@code attribute in (values)}, or the violation of {@link #EMPTY_IN}. */
        public static Validation<Seq<Violation>, In> validate(
                String attribute, java.util.List<? extends Literal> values) {
            return Violations.attempt(() -> in(attribute, values));
        }

        @Value.Check
        final void check() {
            Violations.of("filter")
                    .check(!values().isEmpty(), "filter", EMPTY_IN, this)
                    .throwIfAny();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onIn(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.some(attribute());
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return known(factType, attribute()).toList();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            Option<Attribute> attribute = known(factType, attribute());
            if (attribute.isEmpty()) {
                return List.of(Violation.of(field, UNKNOWN_ATTRIBUTE, this));
            }
            return List.ofAll(values())
                    .flatMap(v -> literalViolations(attribute.get(), v, field, this))
                    .distinct();
        }

        /** {@code answer in (1, 2)}. */
        @Override
        public String toString() {
            return attribute() + " in (" + List.ofAll(values()).mkString(", ") + ")";
        }
    }

    /** {@code min <= attribute <= max}, both inclusive, either optional: numbers or dates. */
    @Value.Immutable
    public abstract static non-sealed class Range extends Filter {

        Range() {}

        /** The attribute compared, by its column name. */
        public abstract String attribute();

        /** The least value kept, if bounded below. */
        public abstract Optional<Literal> min();

        /** The greatest value kept, if bounded above. */
        public abstract Optional<Literal> max();

        /** The range, or every violation of {@link #RANGE_WITHOUT_BOUNDS} and {@link #RANGE_MIN_ABOVE_MAX}. */
        public static Validation<Seq<Violation>, Range> validate(
                String attribute, Optional<? extends Literal> min, Optional<? extends Literal> max) {
            return Violations.attempt(() -> range(attribute, min, max));
        }

        @Value.Check
        final void check() {
            OptionalInt order =
                    min().isPresent() && max().isPresent() ? min().get().compare(max().get()) : OptionalInt.empty();
            Violations.of("filter")
                    .check(min().isPresent() || max().isPresent(), "filter", RANGE_WITHOUT_BOUNDS, attribute())
                    .check(order.isEmpty() || order.getAsInt() <= 0, "filter", RANGE_MIN_ABOVE_MAX, this)
                    .throwIfAny();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onRange(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.some(attribute());
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return known(factType, attribute()).toList();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            Option<Attribute> attribute = known(factType, attribute());
            if (attribute.isEmpty()) {
                return List.of(Violation.of(field, UNKNOWN_ATTRIBUTE, this));
            }
            if (!attribute.get().type().isOrdered()) {
                return List.of(Violation.of(field, RANGE_NOT_ORDERED, this));
            }
            return Option.ofOptional(min())
                    .toList()
                    .appendAll(Option.ofOptional(max()))
                    .flatMap(v -> literalViolations(attribute.get(), v, field, this))
                    .distinct();
        }

        /** {@code answer between 1 and 5}, {@code score >= 4}, {@code rung <= 2}. */
        @Override
        public String toString() {
            if (min().isPresent() && max().isPresent()) {
                return attribute() + " between " + min().get() + " and " + max().get();
            }
            return min().isPresent() ? attribute() + " >= " + min().get() : attribute() + " <= " + max().get();
        }
    }

    /**
     * A node that joins operands with one word: {@link And} or {@link Or}. Holds their shared shape: at least one
     * operand ({@link #NO_OPERANDS}), the operands as children, and the violations of every operand.
     */
    public abstract static sealed class Junction extends Filter permits And, Or {

        Junction() {}

        /** The operands, at least one. */
        public abstract java.util.List<Filter> operands();

        /** The word that joins the operands in {@link #toString()}: {@code and} or {@code or}. */
        abstract String word();

        @Value.Check
        final void check() {
            Violations.of("filter")
                    .check(!operands().isEmpty(), "filter", NO_OPERANDS, word() + " ()")
                    .throwIfAny();
        }

        @Override
        public Seq<Filter> children() {
            return List.ofAll(operands());
        }

        @Override
        Option<String> named() {
            return Option.none();
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return List.empty();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return operands().size() > 1
                    || (operands().size() == 1 && operands().get(0).parenthesised());
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            return List.ofAll(operands()).flatMap(f -> f.violations(factType, field));
        }

        /** {@code (a and b)} or {@code (a or b)}; a single operand as itself. */
        @Override
        public String toString() {
            return operands().size() == 1
                    ? operands().get(0).toString()
                    : "(" + List.ofAll(operands()).mkString(" " + word() + " ") + ")";
        }
    }

    /** Holds when every operand holds. */
    @Value.Immutable
    public abstract static non-sealed class And extends Junction {

        And() {}

        /** The conjunction, or the violation of {@link #NO_OPERANDS}. */
        public static Validation<Seq<Violation>, And> validate(java.util.List<? extends Filter> operands) {
            return Violations.attempt(() -> and(operands));
        }

        @Override
        String word() {
            return "and";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onAnd(this);
        }
    }

    /** Holds when at least one operand holds. */
    @Value.Immutable
    public abstract static non-sealed class Or extends Junction {

        Or() {}

        /** The disjunction, or the violation of {@link #NO_OPERANDS}. */
        public static Validation<Seq<Violation>, Or> validate(java.util.List<? extends Filter> operands) {
            return Violations.attempt(() -> or(operands));
        }

        @Override
        String word() {
            return "or";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onOr(this);
        }
    }

    /** Holds when its operand does not. */
    @Value.Immutable
    public abstract static non-sealed class Not extends Filter {

        Not() {}

        /** The negated filter. */
        @Value.Parameter
        public abstract Filter operand();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onNot(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.of(operand());
        }

        @Override
        Option<String> named() {
            return Option.none();
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return List.empty();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            return operand().violations(factType, field);
        }

        /** {@code not (lead = 'residents')}, {@code not (a and b)}. */
        @Override
        public String toString() {
            String inner = operand().toString();
            return operand().parenthesised() ? "not " + inner : "not (" + inner + ")";
        }
    }

    /** Holds when the named date attribute lies in the evaluated period. */
    @Value.Immutable
    public abstract static non-sealed class DateWithinPeriod extends Filter {

        DateWithinPeriod() {}

        /** The date attribute, by its column name. */
        @Value.Parameter
        public abstract String attribute();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onDateWithinPeriod(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.some(attribute());
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return known(factType, attribute()).toList();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            Option<Attribute> attribute = known(factType, attribute());
            if (attribute.isEmpty()) {
                return List.of(Violation.of(field, UNKNOWN_ATTRIBUTE, this));
            }
            return attribute.get().type() == AttributeType.DATE
                    ? List.empty()
                    : List.of(Violation.of(field, NOT_A_DATE, this));
        }

        /** {@code ended within period}. */
        @Override
        public String toString() {
            return attribute() + " within period";
        }
    }

    /** Holds when the fact is active on at least one day of the evaluated period (see the class comment). */
    @Value.Immutable(singleton = true, builder = false)
    public abstract static non-sealed class ActiveInPeriod extends Filter {

        ActiveInPeriod() {}

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onActiveInPeriod(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.none();
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return factType.spanStart().toList().appendAll(factType.spanEnd());
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            return factType.hasSpan() ? List.empty() : List.of(Violation.of(field, NO_SPAN, this));
        }

        /** {@code active in period}. */
        @Override
        public String toString() {
            return "active in period";
        }
    }

    /** Holds when the fact's resident belongs to the cohort during the evaluated period (see the class comment). */
    @Value.Immutable
    public abstract static non-sealed class MemberOfCohort extends Filter {

        MemberOfCohort() {}

        /** The cohort, as the {@code cohort} column of {@code cohorts} names it. */
        @Value.Parameter
        public abstract CohortName cohort();

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onMemberOfCohort(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.none();
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return factType.person().toList();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.some(cohort());
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            return factType.personIsResident()
                    ? List.empty()
                    : List.of(Violation.of(field, COHORT_WITHOUT_RESIDENT, this));
        }

        /** {@code member of cohort shelter-pilot}. */
        @Override
        public String toString() {
            return "member of cohort " + cohort();
        }
    }

    /** Holds for every fact. */
    @Value.Immutable(singleton = true, builder = false)
    public abstract static non-sealed class All extends Filter {

        All() {}

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onAll(this);
        }

        @Override
        public Seq<Filter> children() {
            return List.empty();
        }

        @Override
        Option<String> named() {
            return Option.none();
        }

        @Override
        Seq<Attribute> readsItself(FactType factType) {
            return List.empty();
        }

        @Override
        Option<CohortName> cohortTested() {
            return Option.none();
        }

        @Override
        boolean parenthesised() {
            return false;
        }

        @Override
        public Seq<Violation> violations(FactType factType, String field) {
            return List.empty();
        }

        /** {@code all}. */
        @Override
        public String toString() {
            return "all";
        }
    }
}
