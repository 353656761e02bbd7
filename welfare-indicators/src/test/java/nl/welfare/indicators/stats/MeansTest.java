package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.REFERENCE;
import static nl.welfare.indicators.stats.StatsAssertions.assertInterval;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A mean")
class MeansTest {

    /** Student's sleep data (Cushny and Peebles 1905, in Student 1908 and R's {@code datasets::sleep}), group 1. */
    static final double[] SLEEP_GROUP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};

    /** The same data, group 2. */
    static final double[] SLEEP_GROUP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    static WeightedSums unweighted(double... values) {
        WeightedSums sums = WeightedSums.EMPTY;
        for (double v : values) {
            sums = sums.add(1, v);
        }
        return sums;
    }

    /*
     * R: t.test(sleep$extra[1:10]) gives mean 0.75 and the 95% interval -0.5297804 2.0297804; at 90% and 99%
     * (conf.level = 0.9, 0.99): -0.2870553 1.7870553 and -1.0885442 2.5885442. That is 0.75 ± t(1 - α/2; 9)·s/sqrt(10)
     * with s = 1.789010.
     */
    @ParameterizedTest(name = "at {0}%: {1} to {2}")
    @CsvSource({"90, -0.2870553, 1.7870553", "95, -0.5297804, 2.0297804", "99, -1.0885442, 2.5885442"})
    @DisplayName("of unweighted answers has Student's t interval on n - 1 degrees of freedom")
    void student(int percent, double lower, double upper) {
        Estimate mean = Means.mean(unweighted(SLEEP_GROUP_1), level(percent)).get();
        assertEquals(0.75, mean.value(), 1e-12);
        assertInterval(lower, upper, mean, REFERENCE);
    }

    /*
     * Weights 1, 1, 2, 2, 4 on the answers 5, 7, 6, 8, 9: mean 7.6 and the linearised variance 5/4 · 49.36 / 100 =
     * 0.617 (worked by hand in WeightedSumsTest), so 7.6 ± t(1 - α/2; 4)·sqrt(0.617); evaluated independently with
     * NumPy and SciPy from the data: 90% 5.925448-9.274552, 95% 5.419120-9.780880, 99% 3.983514-11.216486. (R's
     * confint(svymean(~y, design), df = degf(design)) on the same design.)
     */
    @ParameterizedTest(name = "at {0}%: {1} to {2}")
    @CsvSource({"90, 5.925448, 9.274552", "95, 5.419120, 9.780880", "99, 3.983514, 11.216486"})
    @DisplayName("of weighted answers has the t interval on the linearised variance and n - 1 degrees of freedom")
    void weighted(int percent, double lower, double upper) {
        WeightedSums sums =
                WeightedSums.EMPTY.add(1, 5).add(1, 7).add(2, 6).add(2, 8).add(4, 9);
        Estimate mean = Means.mean(sums, level(percent)).get();
        assertEquals(7.6, mean.value(), 1e-12);
        assertInterval(lower, upper, mean, REFERENCE);
    }

    @Test
    @DisplayName("of one answer has no interval, and of none is not computable")
    void tooFew() {
        assertEquals(Option.some(Estimate.withoutInterval(7)), Means.mean(WeightedSums.ofValue(2, 7), C95));
        assertEquals(Option.none(), Means.mean(WeightedSums.EMPTY, C95));
    }

    @Test
    @DisplayName("with nearly all weight on one answer has no interval (effective size 1.000002 once gave ±1e154)")
    void tooLittleInformation() {
        WeightedSums lopsided = WeightedSums.EMPTY.add(1e6, 7).add(1, 9);
        assertEquals(Option.some(Estimate.withoutInterval(lopsided.mean().get())), Means.mean(lopsided, C95));
        // two equal weights are two answers' worth: an interval
        assertTrue(Means.mean(WeightedSums.EMPTY.add(0.1, 7).add(0.1, 9), C95)
                .get()
                .interval()
                .isDefined());
    }

    @Test
    @DisplayName("of identical answers has an interval of width 0")
    void noSpread() {
        Estimate mean = Means.mean(unweighted(8, 8, 8), C95).get();
        assertEquals(Interval.of(8, 8), mean.interval().get());
    }
}
