package nl.welfare.indicators.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.Seq;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the statistics tests. */
final class StatsAssertions {

    /** Half a unit in the 4th decimal: a value printed to 4 decimals in a paper matches within this. */
    static final double FOUR_DECIMALS = 0.00005;

    /** For references computed independently to full precision (SciPy, R). */
    static final double REFERENCE = 1e-6;

    static final ConfidenceLevel C90 = ConfidenceLevel.of(0.90);
    static final ConfidenceLevel C95 = ConfidenceLevel.DEFAULT;
    static final ConfidenceLevel C99 = ConfidenceLevel.of(0.99);

    private StatsAssertions() {}

    /** Asserts both bounds of {@code actual} within {@code tolerance}. */
    static void assertInterval(double lower, double upper, Interval actual, double tolerance) {
        assertEquals(lower, actual.lower(), tolerance, () -> "lower bound of " + actual);
        assertEquals(upper, actual.upper(), tolerance, () -> "upper bound of " + actual);
    }

    /** Asserts {@code actual} has an interval with both bounds within {@code tolerance}. */
    static void assertInterval(double lower, double upper, Estimate actual, double tolerance) {
        assertInterval(
                lower, upper, actual.interval().getOrElseThrow(() -> new AssertionError("no interval")), tolerance);
    }

    /** The rules broken by the invalid value {@code code} tries to make. */
    static Seq<Rule> rulesBrokenBy(Executable code) {
        return assertThrows(InvalidValueException.class, code).violations().map(Violation::rule);
    }

    /** Asserts {@code code} breaks exactly {@code rule}, once. */
    static void assertBreaks(Rule rule, Executable code) {
        assertEquals(io.vavr.collection.List.of(rule), rulesBrokenBy(code).toList());
    }

    /** The level of a test parameter given in percent: 90, 95 or 99. */
    static ConfidenceLevel level(int percent) {
        return ConfidenceLevel.of(percent / 100.0);
    }
}
