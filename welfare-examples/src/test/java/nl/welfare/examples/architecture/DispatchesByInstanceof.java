package nl.welfare.examples.architecture;

import java.util.List;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;

/**
 * Dispatches over kinds of measure, filter and literal by {@code instanceof}, as no main class may: the sample on which
 * {@link ModuleArchitectureTest} proves that its instanceof rule fails, in a method, a pattern and a lambda, and that
 * it leaves an {@code instanceof} of any other type alone. A test class, so the rules over the main classes never see
 * it.
 */
final class DispatchesByInstanceof {

    private DispatchesByInstanceof() {}

    /** A kind and a grouping of kinds of filter. */
    static String word(Filter filter) {
        if (filter instanceof Filter.And) {
            return "and";
        }
        return filter instanceof Filter.Junction ? "or" : "";
    }

    /** An interface declared in Measure that groups kinds. */
    static boolean startsFromFacts(Measure measure) {
        return measure instanceof Measure.OverFacts;
    }

    /** A kind of literal, by a pattern. */
    static String text(Literal literal) {
        return literal instanceof Literal.OfText text ? text.value() : literal.toString();
    }

    /** A kind of filter, in a lambda. */
    static boolean negates(List<Filter> filters) {
        return filters.stream().anyMatch(f -> f instanceof Filter.Not);
    }

    /** Not a kind: left alone. */
    static boolean isText(Object value) {
        return value instanceof String;
    }
}
