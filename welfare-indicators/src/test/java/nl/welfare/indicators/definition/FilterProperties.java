package nl.welfare.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random filters: every well-typed tree over a fact type's attributes validates, and one corrupted leaf anywhere in
 * it is reported once, with exactly its rule.
 */
@DisplayName("Random filters")
class FilterProperties {

    private static final LocalDate EPOCH = LocalDate.of(2015, 1, 1);

    /** A fact type and a filter over it. */
    static final class Typed {
        final FactType type;
        final Filter filter;

        Typed(FactType type, Filter filter) {
            this.type = type;
            this.filter = filter;
        }

        @Override
        public String toString() {
            return type + ": " + filter;
        }
    }

    /** A filter with one corrupted leaf, and the rule the corruption breaks. */
    static final class Corrupted {
        final FactType type;
        final Filter filter;
        final Rule rule;

        Corrupted(FactType type, Filter filter, Rule rule) {
            this.type = type;
            this.filter = filter;
            this.rule = rule;
        }

        @Override
        public String toString() {
            return type + ": " + filter + " breaks " + rule;
        }
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static <T> T pick(RandomnessSource in, Seq<T> options) {
        return options.get(between(in, 0, options.size() - 1));
    }

    /** A literal of the attribute's type and, for an enum, one of its codes. */
    private static Literal literalFor(Attribute attribute, RandomnessSource in) {
        int n = between(in, 0, 40);
        switch (attribute.type()) {
            case INTEGER:
                return Literal.integer(n);
            case DECIMAL:
                return between(in, 0, 1) == 0 ? Literal.integer(n) : Literal.decimal(n / 4.0);
            case DATE:
                return Literal.date(EPOCH.plusDays(n * 30L));
            case ENUM:
                return Literal.text(pick(in, List.ofAll(attribute.codes())));
            case ID:
                return Literal.text("id-" + n);
            case AREA:
                return Literal.text(String.format("BU0153%04d", n));
            default:
                return Literal.text(n % 3 == 0 ? "" : "text " + n);
        }
    }

    /** A literal whose kind the attribute's type does not accept. */
    private static Literal wrongLiteralFor(Attribute attribute, RandomnessSource in) {
        Seq<Literal> candidates = List.of(
                        Literal.text("x"), Literal.integer(3), Literal.decimal(2.5), Literal.date(EPOCH))
                .filter(l -> !attribute.type().accepts(l.kind()));
        return pick(in, candidates);
    }

    /** A leaf that suits {@code type}. */
    private static Filter leaf(FactType type, RandomnessSource in) {
        Seq<Attribute> ordered = type.attributes().filter(a -> a.type().isOrdered());
        Seq<Attribute> dates = type.attributes().filter(a -> a.type() == AttributeType.DATE);
        int kind = between(in, 0, 6);
        Attribute attribute = pick(in, type.attributes());
        switch (kind) {
            case 0:
                return Filter.equalTo(attribute.name(), literalFor(attribute, in));
            case 1:
                int size = between(in, 1, 3);
                java.util.List<Literal> values = new java.util.ArrayList<>();
                for (int i = 0; i < size; i++) {
                    values.add(literalFor(attribute, in));
                }
                return Filter.in(attribute.name(), values);
            case 2:
                if (ordered.isEmpty()) {
                    return Filter.all();
                }
                Attribute a = pick(in, ordered);
                Literal x = literalFor(a, in);
                Literal y = literalFor(a, in);
                boolean xFirst = x.compare(y).getAsInt() <= 0;
                Literal min = xFirst ? x : y;
                Literal max = xFirst ? y : x;
                int bounds = between(in, 0, 2);
                return Filter.range(
                        a.name(),
                        bounds == 1 ? Optional.empty() : Optional.of(min),
                        bounds == 2 ? Optional.empty() : Optional.of(max));
            case 3:
                return dates.isEmpty()
                        ? Filter.all()
                        : Filter.dateWithinPeriod(pick(in, dates).name());
            case 4:
                return type.hasSpan() ? Filter.activeInPeriod() : Filter.all();
            case 5:
                return type.personIsResident() ? Filter.memberOfCohort(CohortName.of("shelter-pilot")) : Filter.all();
            default:
                return Filter.all();
        }
    }

    /** A leaf that breaks exactly one rule for {@code type}: an unknown attribute or a literal of the wrong kind. */
    private static Corrupted corruptLeaf(FactType type, RandomnessSource in) {
        if (between(in, 0, 1) == 0) {
            Filter unknown = between(in, 0, 1) == 0
                    ? Filter.equalTo("no_such_column", Literal.integer(1))
                    : Filter.dateWithinPeriod("no_such_date");
            return new Corrupted(type, unknown, Filter.UNKNOWN_ATTRIBUTE);
        }
        Attribute attribute = pick(in, type.attributes());
        Literal wrong = wrongLiteralFor(attribute, in);
        Filter leaf = between(in, 0, 1) == 0
                ? Filter.equalTo(attribute.name(), wrong)
                : Filter.in(attribute.name(), literalFor(attribute, in), wrong);
        return new Corrupted(type, leaf, Filter.TYPE_MISMATCH);
    }

    /** A tree of depth at most {@code depth} whose leaves come from {@code leaves}. */
    private static Filter tree(RandomnessSource in, int depth, java.util.function.Supplier<Filter> leaves) {
        int shape = depth == 0 ? 0 : between(in, 0, 3);
        switch (shape) {
            case 1:
            case 2:
                int n = between(in, 1, 3);
                java.util.List<Filter> operands = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    operands.add(tree(in, depth - 1, leaves));
                }
                return shape == 1 ? Filter.and(operands) : Filter.or(operands);
            case 3:
                return Filter.not(tree(in, depth - 1, leaves));
            default:
                return leaves.get();
        }
    }

    /** Well-typed filters over a random fact type. */
    static Gen<Typed> wellTyped() {
        return in -> {
            FactType type = pick(in, List.of(FactType.values()));
            return new Typed(type, tree(in, between(in, 0, 3), () -> leaf(type, in)));
        };
    }

    /** Well-typed filters with one leaf, somewhere in the tree, replaced by a corrupted one. */
    static Gen<Corrupted> corrupted() {
        return in -> {
            FactType type = pick(in, List.of(FactType.values()));
            Corrupted bad = corruptLeaf(type, in);
            Filter good = tree(in, between(in, 0, 3), () -> leaf(type, in));
            Filter placed = Filter.and(
                    List.of(good, bad.filter).rotateLeft(between(in, 0, 1)).toJavaList());
            Filter nested = between(in, 0, 1) == 0 ? Filter.not(Filter.or(placed)) : placed;
            return new Corrupted(type, nested, bad.rule);
        };
    }

    @Test
    @DisplayName("that are well typed for their fact type validate")
    void wellTypedFiltersValidate() {
        qt().forAll(wellTyped())
                .checkAssert(t -> assertTrue(
                        t.filter.validate(t.type).isValid(),
                        () -> t + " -> " + t.filter.validate(t.type).getError()));
    }

    @Test
    @DisplayName("with one corrupted leaf report exactly its rule, once")
    void corruptionIsReportedWithItsRule() {
        qt().forAll(corrupted()).checkAssert(c -> {
            Seq<Violation> found = c.filter.violations(c.type, "filter");
            assertEquals(List.of(c.rule), found.map(Violation::rule), c::toString);
        });
    }

    @Test
    @DisplayName("name only attributes of their fact type")
    void attributesAreKnown() {
        qt().forAll(wellTyped())
                .checkAssert(t -> t.filter
                        .attributes()
                        .forEach(name -> assertTrue(t.type.attribute(name).isDefined(), t::toString)));
    }

    @Test
    @DisplayName("are equal to a copy built again from their parts")
    void structuralEquality() {
        qt().forAll(wellTyped()).checkAssert(t -> assertEquals(t.filter, rebuild(t.filter)));
    }

    private static Filter rebuild(Filter f) {
        return f.accept(new Filter.Visitor<Filter>() {
            @Override
            public Filter onEquals(Filter.Equals filter) {
                return Filter.equalTo(filter.attribute(), filter.value());
            }

            @Override
            public Filter onIn(Filter.In filter) {
                return Filter.in(filter.attribute(), filter.values());
            }

            @Override
            public Filter onRange(Filter.Range filter) {
                return Filter.range(filter.attribute(), filter.min(), filter.max());
            }

            @Override
            public Filter onAnd(Filter.And filter) {
                return Filter.and(
                        List.ofAll(filter.operands()).map(o -> o.accept(this)).toJavaList());
            }

            @Override
            public Filter onOr(Filter.Or filter) {
                return Filter.or(
                        List.ofAll(filter.operands()).map(o -> o.accept(this)).toJavaList());
            }

            @Override
            public Filter onNot(Filter.Not filter) {
                return Filter.not(filter.operand().accept(this));
            }

            @Override
            public Filter onDateWithinPeriod(Filter.DateWithinPeriod filter) {
                return Filter.dateWithinPeriod(filter.attribute());
            }

            @Override
            public Filter onActiveInPeriod(Filter.ActiveInPeriod filter) {
                return Filter.activeInPeriod();
            }

            @Override
            public Filter onMemberOfCohort(Filter.MemberOfCohort filter) {
                return Filter.memberOfCohort(filter.cohort());
            }

            @Override
            public Filter onAll(Filter.All filter) {
                return Filter.all();
            }
        });
    }
}
