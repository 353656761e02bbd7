package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.Polarity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A trend")
class TrendTest {

    @ParameterizedTest(name = "{0}: a change of {1} to {2} is {3}")
    @CsvSource({
        "HIGHER_IS_BETTER, 0.0524, 0.3339, IMPROVED", // Newcombe's 56/70 - 48/80
        "HIGHER_IS_BETTER, -0.3339, -0.0524, WORSENED",
        "HIGHER_IS_BETTER, -0.02, 0.11, NO_SIGNIFICANT_CHANGE",
        "HIGHER_IS_BETTER, 0.0, 0.11, NO_SIGNIFICANT_CHANGE", // touches zero
        "HIGHER_IS_BETTER, -0.11, 0.0, NO_SIGNIFICANT_CHANGE", // touches zero
        "HIGHER_IS_BETTER, 0.0, 0.0, NO_SIGNIFICANT_CHANGE",
        "HIGHER_IS_BETTER, 1e-12, 0.1, IMPROVED",
        "HIGHER_IS_BETTER, -Infinity, Infinity, NO_SIGNIFICANT_CHANGE",
        "LOWER_IS_BETTER, 0.0524, 0.3339, WORSENED",
        "LOWER_IS_BETTER, -4.2, -0.7, IMPROVED",
        "LOWER_IS_BETTER, -4.2, 0.0, NO_SIGNIFICANT_CHANGE", // touches zero
        "LOWER_IS_BETTER, 0.0, 4.1, NO_SIGNIFICANT_CHANGE", // touches zero
        "LOWER_IS_BETTER, -1.0, 1.0, NO_SIGNIFICANT_CHANGE",
    })
    @DisplayName("is significant when the change's interval excludes zero, and judged by the polarity")
    void trends(Polarity polarity, double low, double high, Trend expected) {
        assertEquals(Option.some(expected), Trend.of(polarity, low, high));
        assertEquals(expected != Trend.NO_SIGNIFICANT_CHANGE, Trend.isSignificant(low, high));
    }

    @ParameterizedTest(name = "a change of {0} to {1}")
    @CsvSource({"0.0524, 0.3339", "-0.3339, -0.0524", "-0.02, 0.11", "0.0, 0.0"})
    @DisplayName("is not given for a neutral indicator, significant or not")
    void neutral(double low, double high) {
        assertEquals(Option.none(), Trend.of(Polarity.NEUTRAL, low, high));
    }

    @Test
    @DisplayName("still says whether a neutral indicator's change is significant")
    void neutralSignificance() {
        assertTrue(Trend.isSignificant(0.0524, 0.3339));
        assertFalse(Trend.isSignificant(-0.02, 0.11));
    }

    @Test
    @DisplayName("rejects a change's interval whose upper bound lies below its lower bound")
    void intervalOrder() {
        assertBreaks(List.of(Trend.INTERVAL_ORDER), () -> Trend.of(Polarity.HIGHER_IS_BETTER, 0.3, 0.1));
        assertBreaks(List.of(Trend.INTERVAL_ORDER), () -> Trend.of(Polarity.NEUTRAL, 0.3, 0.1));
        assertBreaks(List.of(Trend.INTERVAL_ORDER), () -> Trend.isSignificant(0.3, 0.1));
    }

    @Test
    @DisplayName("rejects a bound of a change's interval that is not a number")
    void intervalNotANumber() {
        assertBreaks(List.of(Trend.INTERVAL_NOT_A_NUMBER), () -> Trend.of(Polarity.LOWER_IS_BETTER, Double.NaN, 0.1));
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> Trend.isSignificant(Double.NaN, Double.NaN));
        assertEquals(List.of("change_ci_low", "change_ci_high"), e.violations().map(Violation::field));
        assertEquals(
                List.of(Trend.INTERVAL_NOT_A_NUMBER, Trend.INTERVAL_NOT_A_NUMBER),
                e.violations().map(Violation::rule));
    }

    private static void assertBreaks(List<Rule> rules, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals(rules, e.violations().map(Violation::rule));
    }
}
