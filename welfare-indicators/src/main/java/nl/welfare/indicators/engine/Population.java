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
        String where = filter instanceof Filter.All ? "" : " where " + FilterLogic.canonical(filter);
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
            if (filter instanceof Filter.And and) {
                TreeSet<String> parts = new TreeSet<>();
                conjuncts(and).forEach(f -> parts.add(canonical(f)));
                return parts.size() == 1 ? parts.first() : "(" + String.join(" and ", parts) + ")";
            }
            if (filter instanceof Filter.Or or) {
                TreeSet<String> parts = new TreeSet<>();
                disjuncts(or).forEach(f -> parts.add(canonical(f)));
                return parts.size() == 1 ? parts.first() : "(" + String.join(" or ", parts) + ")";
            }
            if (filter instanceof Filter.Not not) {
                return "not (" + canonical(not.operand()) + ")";
            }
            return filter.toString();
        }

        private static List<Filter> conjuncts(Filter filter) {
            List<Filter> all = new ArrayList<>();
            if (filter instanceof Filter.And and) {
                and.operands().forEach(f -> all.addAll(conjuncts(f)));
            } else if (!(filter instanceof Filter.All)) {
                all.add(filter);
            }
            return all;
        }

        private static List<Filter> disjuncts(Filter filter) {
            List<Filter> all = new ArrayList<>();
            if (filter instanceof Filter.Or or) {
                or.operands().forEach(f -> all.addAll(disjuncts(f)));
            } else {
                all.add(filter);
            }
            return all;
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
                    .anyMatch(f -> attributeOf(f).filter(attribute::equals).isPresent());
        }

        private static Optional<String> attributeOf(Filter f) {
            if (f instanceof Filter.Equals e) {
                return Optional.of(e.attribute());
            }
            if (f instanceof Filter.In in) {
                return Optional.of(in.attribute());
            }
            if (f instanceof Filter.Range r) {
                return Optional.of(r.attribute());
            }
            return Optional.empty();
        }

        private static boolean atomImplies(Filter a, Filter b) {
            if (canonical(a).equals(canonical(b))) {
                return true;
            }
            Optional<String> attribute = attributeOf(a);
            if (attribute.isEmpty() || !attribute.equals(attributeOf(b))) {
                return false;
            }
            Optional<List<Literal>> values = values(a);
            if (values.isPresent()) {
                return values.get().stream().allMatch(v -> admits(b, v));
            }
            if (a instanceof Filter.Range ra && b instanceof Filter.Range rb) {
                return atLeast(ra.min(), rb.min()) && atMost(ra.max(), rb.max());
            }
            return false;
        }

        /** The values a filter admits, when it lists them. */
        private static Optional<List<Literal>> values(Filter f) {
            if (f instanceof Filter.Equals e) {
                return Optional.of(List.of(e.value()));
            }
            if (f instanceof Filter.In in) {
                return Optional.of(in.values());
            }
            return Optional.empty();
        }

        private static boolean admits(Filter f, Literal v) {
            if (f instanceof Filter.Equals e) {
                return same(e.value(), v);
            }
            if (f instanceof Filter.In in) {
                return in.values().stream().anyMatch(x -> same(x, v));
            }
            if (f instanceof Filter.Range r) {
                return r.min().map(m -> order(v, m) >= 0).orElse(true)
                        && r.max().map(m -> order(m, v) >= 0).orElse(true);
            }
            return false;
        }

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
