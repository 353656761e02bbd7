package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static nl.welfare.indicators.stats.StatsAssertions.rulesBrokenBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The values of the statistics")
class ValuesTest {

    @Nested
    @DisplayName("A confidence level")
    class ConfidenceLevelValues {

        @Test
        @DisplayName("is 95% by default")
        void defaultLevel() {
            assertEquals(0.95, ConfidenceLevel.DEFAULT.value());
            assertEquals(0.05, ConfidenceLevel.DEFAULT.alpha(), 1e-15);
        }

        @ParameterizedTest
        @CsvSource({"90, 1.6448536269514722", "95, 1.959963984540054", "99, 2.5758293035489004"})
        @DisplayName("gives the two-sided normal quantile")
        void z(int percent, double z) {
            assertEquals(z, level(percent).z(), 1e-12);
        }

        @ParameterizedTest
        @CsvSource({"90, 9, 1.833112932656237", "95, 9, 2.262157162798205", "99, 9, 3.249835541592126"})
        @DisplayName("gives the two-sided t quantile")
        void t(int percent, double df, double t) {
            assertEquals(t, level(percent).t(df), 1e-9);
        }

        @ParameterizedTest
        @ValueSource(doubles = {0, 1, -0.5, 1.5, 95, Double.NaN, Double.POSITIVE_INFINITY})
        @DisplayName("lies strictly between 0 and 1")
        void range(double value) {
            assertBreaks(ConfidenceLevel.RANGE, () -> ConfidenceLevel.of(value));
            assertEquals(
                    ConfidenceLevel.RANGE,
                    ConfidenceLevel.validate(value).getError().single().rule());
        }
    }

    @Nested
    @DisplayName("An interval")
    class IntervalValues {

        @Test
        @DisplayName("contains its bounds and what lies between, and excludes the rest")
        void contains() {
            Interval i = Interval.of(0.25, 0.75);
            assertTrue(i.contains(0.25) && i.contains(0.5) && i.contains(0.75));
            assertTrue(i.excludes(0) && i.excludes(0.76));
            assertFalse(i.excludes(0.5));
            assertEquals(0.5, i.width());
            assertTrue(i.encloses(Interval.of(0.3, 0.75)));
            assertFalse(i.encloses(Interval.of(0.2, 0.5)));
            assertTrue(Interval.of(1, 1).contains(1));
        }

        @Test
        @DisplayName("has finite bounds")
        void finite() {
            assertEquals(
                    List.of(Interval.FINITE, Interval.FINITE),
                    rulesBrokenBy(() -> Interval.of(Double.NEGATIVE_INFINITY, Double.NaN)));
            assertEquals(
                    Interval.FINITE,
                    Interval.validate(0, Double.POSITIVE_INFINITY)
                            .getError()
                            .single()
                            .rule());
        }

        @Test
        @DisplayName("has its lower bound at or below its upper bound")
        void order() {
            assertBreaks(Interval.LOWER_ABOVE_UPPER, () -> Interval.of(0.5, 0.4));
        }
    }

    @Nested
    @DisplayName("An estimate")
    class EstimateValues {

        @Test
        @DisplayName("has a value and, where computable, an interval")
        void parts() {
            Estimate e = Estimate.of(0.3, Interval.of(0.2, 0.4));
            assertEquals(Option.some(Interval.of(0.2, 0.4)), e.interval());
            assertEquals(Option.none(), Estimate.withoutInterval(7).interval());
            assertEquals(
                    e,
                    Estimate.validate(0.3, Option.some(Interval.of(0.2, 0.4))).get());
        }

        @Test
        @DisplayName("has a finite value")
        void finite() {
            assertBreaks(Estimate.FINITE, () -> Estimate.withoutInterval(Double.NaN));
        }

        @Test
        @DisplayName("lies inside its interval")
        void inside() {
            assertBreaks(Estimate.OUTSIDE_INTERVAL, () -> Estimate.of(0.5, Interval.of(0.2, 0.4)));
        }
    }

    @Nested
    @DisplayName("A difference")
    class DifferenceValues {

        @Test
        @DisplayName("is significant when its interval excludes zero")
        void significant() {
            assertTrue(Difference.of(0.2, Interval.of(0.05, 0.33)).significant());
            assertTrue(Difference.of(-0.2, Interval.of(-0.33, -0.05)).significant());
            assertFalse(Difference.of(0.2, Interval.of(-0.01, 0.33)).significant());
            assertFalse(Difference.of(0, Interval.of(0, 0)).significant());
            assertEquals(
                    Estimate.of(0.2, Interval.of(0.05, 0.33)),
                    Difference.of(0.2, Interval.of(0.05, 0.33)).estimate());
        }

        @Test
        @DisplayName("has a finite value")
        void finite() {
            assertEquals(
                    List.of(Difference.FINITE, Difference.OUTSIDE_INTERVAL),
                    Difference.validate(Double.POSITIVE_INFINITY, Interval.of(0, 1))
                            .getError()
                            .map(v -> v.rule()));
        }

        @Test
        @DisplayName("lies inside its interval")
        void inside() {
            assertBreaks(Difference.OUTSIDE_INTERVAL, () -> Difference.of(-0.1, Interval.of(0, 1)));
        }
    }
}
