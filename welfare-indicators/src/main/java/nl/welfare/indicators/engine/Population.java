package nl.welfare.indicators.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;

/**
 * What one count of a definition counts, in one area and period: facts of a type in the period (by the mode) passing a
 * filter, counted as facts, as distinct persons, or as persons with a property (assessed twice, progressed, latest
 * assessment passing a condition), or a mean's sum of distances from the ends of its scale. Two definitions whose counts
 * have the same population count the same thing; its {@link #text()} names the disclosure quantity, and the relations
 * of disclosure control follow from its {@link Counting} and the fact type's area.
 *
 * @param type the facts read
 * @param mode flow (dated in the period) or stock (active in it)
 * @param filter the filter the facts pass
 * @param counting what is counted of them
 * @param attribute the value attribute of a transition or a mean's sums, or the attribute a mean needs a value of
 * @param condition the condition of a latest assessment, where {@link Counting#LATEST}
 */
record Population(
        FactType type,
        CountMode mode,
        Filter filter,
        Counting counting,
        Optional<String> attribute,
        Optional<Filter> condition) {

    /** What is counted of the facts. */
    enum Counting {
        /** The facts. */
        FACTS("facts"),
        /** Distinct persons among them. */
        PERSONS("persons"),
        /** Persons with at least two facts with a value. */
        TWICE("persons assessed twice"),
        /** Persons assessed twice whose last value beats their first. */
        PROGRESSED("persons progressed"),
        /** Persons whose facts on their latest date all pass a condition. */
        LATEST("persons whose latest facts pass"),
        /** The sum over facts of (largest value - value) x weight. */
        TOP("distance from the top"),
        /** The sum over facts of (value - smallest value) x weight. */
        BOTTOM("distance from the bottom");

        private final String words;

        Counting(String words) {
            this.words = words;
        }
    }

    /** How the counts of areas (or of periods) relate to the count of the area (or period) they make up. */
    enum Additivity {
        /** The whole is the sum of its parts (and of what is recorded at the whole itself). */
        EXACT,
        /** The whole is at least each part and at most their sum. */
        BOUNDED,
        /** The whole is at least each part. */
        LOWER,
        /** No relation that holds in all data. */
        NONE
    }

    static Population facts(FactType type, CountMode mode, Filter filter) {
        return new Population(type, mode, filter, Counting.FACTS, Optional.empty(), Optional.empty());
    }

    static Population persons(FactType type, CountMode mode, Filter filter) {
        return new Population(type, mode, filter, Counting.PERSONS, Optional.empty(), Optional.empty());
    }

    /** The facts passing {@code filter} that have a value of {@code attribute} (the answers a mean averages). */
    static Population valued(FactType type, CountMode mode, Filter filter, String attribute) {
        Optional<String> needs = FilterLogic.compares(filter, attribute) ? Optional.empty() : Optional.of(attribute);
        return new Population(type, mode, filter, Counting.FACTS, needs, Optional.empty());
    }

    static Population of(FactType type, CountMode mode, Filter filter, Counting counting, String attribute) {
        return new Population(type, mode, filter, counting, Optional.of(attribute), Optional.empty());
    }

    static Population latest(FactType type, CountMode mode, Filter population, Filter condition) {
        return new Population(type, mode, population, Counting.LATEST, Optional.empty(), Optional.of(condition));
    }

    /** The population's name: fact type, mode, filter, and what is counted. */
    String text() {
        String where = filter.isAll() ? "" : " where " + FilterLogic.canonical(filter);
        String value = attribute
                .map(a -> counting == Counting.FACTS ? " with a value of " + a : " of " + a)
                .orElse("");
        String passing = condition.map(c -> " " + FilterLogic.canonical(c)).orElse("");
        return type.code() + " (" + mode.code() + ")" + where + value + ": " + counting.words + passing;
    }

    /** How the counts of an area's parts relate to the area's count. */
    Additivity overAreas() {
        boolean oneArea = type.areaThroughResident();
        return switch (counting) {
            case FACTS, TOP, BOTTOM -> Additivity.EXACT;
            case PERSONS -> oneArea ? Additivity.EXACT : Additivity.BOUNDED;
            case TWICE -> oneArea ? Additivity.EXACT : Additivity.LOWER;
            case PROGRESSED, LATEST -> oneArea ? Additivity.EXACT : Additivity.NONE;
        };
    }

    /** How the counts of a period's parts (its years, quarters or months) relate to the period's count. */
    Additivity overPeriods() {
        boolean flow = mode == CountMode.FLOW;
        return switch (counting) {
            case FACTS, TOP, BOTTOM -> flow ? Additivity.EXACT : Additivity.BOUNDED;
            case PERSONS -> Additivity.BOUNDED;
            case TWICE -> Additivity.LOWER;
            case PROGRESSED, LATEST -> Additivity.NONE;
        };
    }

    /**
     * Whether every fact or person this population counts, in any area and period, is counted by {@code other} too:
     * provable from the two definitions alone (the filter implies the other's; facts that started in a period are
     * active in it; distinct persons are at most the facts they have).
     */
    boolean within(Population other) {
        if (type != other.type || equals(other) || condition.isPresent() || other.condition.isPresent()) {
            return false;
        }
        boolean modes = mode == other.mode || (mode == CountMode.FLOW && startsWhenActive());
        if (!modes || !FilterLogic.implies(filter, other.filter)) {
            return false;
        }
        boolean values = other.attribute.isEmpty() || attribute.equals(other.attribute);
        return switch (counting) {
            case FACTS -> other.counting == Counting.FACTS && values;
            case PERSONS ->
                other.counting == Counting.PERSONS || (other.counting == Counting.FACTS && other.attribute.isEmpty());
            case TWICE -> other.counting == Counting.PERSONS;
            case PROGRESSED -> other.counting == Counting.TWICE && attribute.equals(other.attribute);
            case LATEST, TOP, BOTTOM -> false;
        };
    }

    /** Whether a fact dated in a period (its flow date is the start of its span) is active in it. */
    private boolean startsWhenActive() {
        return type.hasSpan()
                && type.date().isDefined()
                && type.date().get().name().equals(type.spanStart().get().name());
    }

    /** Canonical texts of filters, and implication between them where it can be proven from their nodes. */
    static final class FilterLogic {

        private FilterLogic() {}

        /** The filter's text with nested {@code and}s and {@code or}s flattened, their operands sorted and unique. */
        static String canonical(Filter filter) {
            return filter.accept(CANONICAL);
        }

        private static final Filter.Visitor<String> CANONICAL = new Filter.Visitor<>() {
            @Override
            public String onEquals(Filter.Equals filter) {
                return filter.toString();
            }

            @Override
            public String onIn(Filter.In filter) {
                return filter.toString();
            }

            @Override
            public String onRange(Filter.Range filter) {
                return filter.toString();
            }

            @Override
            public String onAnd(Filter.And filter) {
                return joined(conjuncts(filter), "and");
            }

            @Override
            public String onOr(Filter.Or filter) {
                return joined(disjuncts(filter), "or");
            }

            @Override
            public String onNot(Filter.Not filter) {
                return "not (" + canonical(filter.operand()) + ")";
            }

            @Override
            public String onDateWithinPeriod(Filter.DateWithinPeriod filter) {
                return filter.toString();
            }

            @Override
            public String onActiveInPeriod(Filter.ActiveInPeriod filter) {
                return filter.toString();
            }

            @Override
            public String onMemberOfCohort(Filter.MemberOfCohort filter) {
                return filter.toString();
            }

            @Override
            public String onAll(Filter.All filter) {
                return filter.toString();
            }

            private String joined(List<Filter> operands, String word) {
                TreeSet<String> parts = new TreeSet<>();
                operands.forEach(f -> parts.add(canonical(f)));
                return parts.size() == 1 ? parts.first() : "(" + String.join(" " + word + " ", parts) + ")";
            }
        };

        /** The filters whose conjunction {@code filter} is: nested {@code and}s flattened, {@code all} left out. */
        private static List<Filter> conjuncts(Filter filter) {
            return filter.accept(new Operands(true));
        }

        /** The filters whose disjunction {@code filter} is: nested {@code or}s flattened. */
        private static List<Filter> disjuncts(Filter filter) {
            return filter.accept(new Operands(false));
        }

        /** The operands of nested {@code and}s ({@code all} left out: every fact passes it) or of nested {@code or}s. */
        private static final class Operands implements Filter.Visitor<List<Filter>> {

            /** Whether the operands of {@code and}s are sought, else those of {@code or}s. */
            private final boolean and;

            Operands(boolean and) {
                this.and = and;
            }

            @Override
            public List<Filter> onEquals(Filter.Equals filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onIn(Filter.In filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onRange(Filter.Range filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onAnd(Filter.And filter) {
                return and ? flattened(filter.operands()) : List.of(filter);
            }

            @Override
            public List<Filter> onOr(Filter.Or filter) {
                return and ? List.of(filter) : flattened(filter.operands());
            }

            @Override
            public List<Filter> onNot(Filter.Not filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onDateWithinPeriod(Filter.DateWithinPeriod filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onActiveInPeriod(Filter.ActiveInPeriod filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onMemberOfCohort(Filter.MemberOfCohort filter) {
                return List.of(filter);
            }

            @Override
            public List<Filter> onAll(Filter.All filter) {
                return and ? List.of() : List.of(filter);
            }

            private List<Filter> flattened(List<Filter> operands) {
                List<Filter> all = new ArrayList<>();
                operands.forEach(f -> all.addAll(f.accept(this)));
                return all;
            }
        }

        /** Whether a fact passing {@code a} always passes {@code b}: each conjunct of b follows from one of a. */
        static boolean implies(Filter a, Filter b) {
            List<Filter> have = conjuncts(a);
            for (Filter need : conjuncts(b)) {
                if (have.stream().noneMatch(h -> atomImplies(h, need))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code filter} has a conjunct comparing {@code attribute}, which a missing value never passes. */
        static boolean compares(Filter filter, String attribute) {
            return conjuncts(filter).stream()
                    .anyMatch(f -> comparison(f)
                            .map(Comparison::attribute)
                            .filter(attribute::equals)
                            .isPresent());
        }

        private static boolean atomImplies(Filter a, Filter b) {
            if (canonical(a).equals(canonical(b))) {
                return true;
            }
            Optional<Comparison> ca = comparison(a);
            Optional<Comparison> cb = comparison(b);
            if (ca.isEmpty()
                    || cb.isEmpty()
                    || !ca.get().attribute().equals(cb.get().attribute())) {
                return false;
            }
            if (ca.get().values().isPresent()) {
                return ca.get().values().get().stream().allMatch(v -> cb.get().admits(v));
            }
            Optional<Filter.Range> ra = ca.get().range();
            Optional<Filter.Range> rb = cb.get().range();
            if (ra.isPresent() && rb.isPresent()) {
                return atLeast(ra.get().min(), rb.get().min())
                        && atMost(ra.get().max(), rb.get().max());
            }
            return false;
        }

        /**
         * What an {@code equals}, {@code in} or {@code range} node admits of its attribute: the values it lists, or its
         * range.
         *
         * @param attribute the attribute compared
         * @param values the values listed by {@code equals} and {@code in}
         * @param range the node, for a {@code range}
         */
        private record Comparison(String attribute, Optional<List<Literal>> values, Optional<Filter.Range> range) {

            /** Whether a fact with value {@code v} passes the node. */
            boolean admits(Literal v) {
                if (values.isPresent()) {
                    return values.get().stream().anyMatch(x -> same(x, v));
                }
                return range.map(r -> r.min().map(m -> order(v, m) >= 0).orElse(true)
                                && r.max().map(m -> order(m, v) >= 0).orElse(true))
                        .orElse(false);
            }
        }

        /** The comparison of an {@code equals}, {@code in} or {@code range} node; none for the other nodes. */
        private static Optional<Comparison> comparison(Filter filter) {
            return filter.accept(COMPARISON);
        }

        private static final Filter.Visitor<Optional<Comparison>> COMPARISON = new Filter.Visitor<>() {
            @Override
            public Optional<Comparison> onEquals(Filter.Equals filter) {
                return Optional.of(
                        new Comparison(filter.attribute(), Optional.of(List.of(filter.value())), Optional.empty()));
            }

            @Override
            public Optional<Comparison> onIn(Filter.In filter) {
                return Optional.of(new Comparison(filter.attribute(), Optional.of(filter.values()), Optional.empty()));
            }

            @Override
            public Optional<Comparison> onRange(Filter.Range filter) {
                return Optional.of(new Comparison(filter.attribute(), Optional.empty(), Optional.of(filter)));
            }

            @Override
            public Optional<Comparison> onAnd(Filter.And filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Comparison> onOr(Filter.Or filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Comparison> onNot(Filter.Not filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Comparison> onDateWithinPeriod(Filter.DateWithinPeriod filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Comparison> onActiveInPeriod(Filter.ActiveInPeriod filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Comparison> onMemberOfCohort(Filter.MemberOfCohort filter) {
                return Optional.empty();
            }

            @Override
            public Optional<Comparison> onAll(Filter.All filter) {
                return Optional.empty();
            }
        };

        private static boolean same(Literal a, Literal b) {
            OptionalInt c = a.compare(b);
            return c.isPresent() ? c.getAsInt() == 0 : a.equals(b);
        }

        /** {@code a} compared with {@code b}; -1 when they do not compare (so that nothing is implied). */
        private static int order(Literal a, Literal b) {
            OptionalInt c = a.compare(b);
            return c.isPresent() ? c.getAsInt() : -1;
        }

        /** Whether a lower bound {@code a} is at least {@code b} (an absent bound is no bound). */
        private static boolean atLeast(Optional<Literal> a, Optional<Literal> b) {
            if (b.isEmpty()) {
                return true;
            }
            if (a.isEmpty()) {
                return false;
            }
            OptionalInt c = a.get().compare(b.get());
            return c.isPresent() && c.getAsInt() >= 0;
        }

        /** Whether an upper bound {@code a} is at most {@code b}. */
        private static boolean atMost(Optional<Literal> a, Optional<Literal> b) {
            if (b.isEmpty()) {
                return true;
            }
            if (a.isEmpty()) {
                return false;
            }
            OptionalInt c = a.get().compare(b.get());
            return c.isPresent() && c.getAsInt() <= 0;
        }
    }
}
