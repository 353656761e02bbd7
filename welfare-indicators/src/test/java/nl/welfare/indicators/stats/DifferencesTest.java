package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.MeansTest.SLEEP_GROUP_1;
import static nl.welfare.indicators.stats.MeansTest.SLEEP_GROUP_2;
import static nl.welfare.indicators.stats.MeansTest.unweighted;
import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.FOUR_DECIMALS;
import static nl.welfare.indicators.stats.StatsAssertions.REFERENCE;
import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.assertInterval;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A difference")
class DifferencesTest {

    @Test
    @DisplayName("of shares has Newcombe's hybrid score interval: 56/70 - 48/80 gives 0.0524-0.3339 at 95%")
    void newcombePublished() {
        Difference d = Differences.ofProportions(56, 70, 48, 80, C95).get();
        assertEquals(0.2, d.value(), 1e-15);
        assertInterval(0.0524, 0.3339, d.interval(), FOUR_DECIMALS);
        assertTrue(d.significant());
    }

    /* Newcombe's method 10 evaluated independently (SciPy) at 90% and 99%. */
    @ParameterizedTest(name = "at {0}%: {1} to {2}")
    @CsvSource({"90, 0.076564, 0.313645", "95, 0.052431, 0.333873", "99, 0.005371, 0.371808"})
    @DisplayName("of shares has Newcombe's interval at 90%, 95% and 99%")
    void newcombeLevels(int percent, double lower, double upper) {
        assertInterval(
                lower,
                upper,
                Differences.ofProportions(56, 70, 48, 80, level(percent)).get().interval(),
                REFERENCE);
    }

    @Test
    @DisplayName("of shares at the edges: none and all, one answer, and no answers")
    void shareEdges() {
        Difference allVersusNone = Differences.ofProportions(20, 20, 0, 20, C95).get();
        assertEquals(1, allVersusNone.value());
        assertTrue(allVersusNone.significant());
        assertTrue(allVersusNone.interval().upper() <= 1);
        Difference single = Differences.ofProportions(1, 1, 0, 1, C95).get();
        assertFalse(single.significant());
        assertEquals(Option.none(), Differences.ofProportions(0, 0, 3, 10, C95));
        assertEquals(Option.none(), Differences.ofProportions(3, 10, 0, 0, C95));
        assertEquals(Option.none(), Differences.ofWeightedProportions(WeightedSums.EMPTY, WeightedSums.EMPTY, C95));
        assertBreaks(Proportions.NUMERATOR_RANGE, () -> Differences.ofProportions(11, 10, 3, 10, C95));
    }

    @Test
    @DisplayName("of weighted shares with equal weights is Newcombe's on n - 1, the design-based effective sizes")
    void weightedShares() {
        WeightedSums now = WeightedSums.EMPTY;
        for (int i = 0; i < 70; i++) {
            now = now.addAnswer(2, i < 56);
        }
        WeightedSums baseline = WeightedSums.EMPTY;
        for (int i = 0; i < 80; i++) {
            baseline = baseline.addAnswer(0.5, i < 48);
        }
        Difference weighted =
                Differences.ofWeightedProportions(now, baseline, C95).get();
        Interval now69 = Proportions.wilsonInterval(0.8, 69, C95.z());
        Interval then79 = Proportions.wilsonInterval(0.6, 79, C95.z());
        double lower = 0.2 - Math.hypot(0.8 - now69.lower(), then79.upper() - 0.6);
        double upper = 0.2 + Math.hypot(now69.upper() - 0.8, 0.6 - then79.lower());
        assertEquals(0.2, weighted.value(), 1e-12);
        assertInterval(lower, upper, weighted.interval(), 1e-12);
    }

    /*
     * R: t.test(extra ~ group, data = sleep) (Welch) gives -1.58 with the 95% interval -3.3654832 0.2054832 on
     * df = 17.776; with conf.level = 0.9 and 0.99: -3.0533815 -0.1066185 and -4.0276329 0.8676329.
     */
    @ParameterizedTest(name = "at {0}%: {1} to {2}")
    @CsvSource({
        "90, -3.0533815, -0.1066185, true",
        "95, -3.3654832, 0.2054832, false",
        "99, -4.0276329, 0.8676329, false"
    })
    @DisplayName("of means has Welch's interval on the Welch-Satterthwaite degrees of freedom")
    void welch(int percent, double lower, double upper, boolean significant) {
        Difference d = Differences.ofMeans(unweighted(SLEEP_GROUP_1), unweighted(SLEEP_GROUP_2), level(percent))
                .get();
        assertEquals(-1.58, d.value(), 1e-12);
        assertInterval(lower, upper, d.interval(), REFERENCE);
        assertEquals(significant, d.significant());
    }

    @Test
    @DisplayName("of means needs two answers on each side and some spread")
    void meanEdges() {
        assertEquals(Option.none(), Differences.ofMeans(WeightedSums.ofValue(1, 7), unweighted(SLEEP_GROUP_2), C95));
        assertEquals(Option.none(), Differences.ofMeans(unweighted(SLEEP_GROUP_1), WeightedSums.EMPTY, C95));
        assertEquals(Option.none(), Differences.ofMeans(unweighted(7, 7), unweighted(8, 8, 8), C95));
        WeightedSums lopsided = WeightedSums.EMPTY.add(1e6, 7).add(1, 9);
        assertEquals(Option.none(), Differences.ofMeans(lopsided, unweighted(SLEEP_GROUP_2), C95));
        // one side without spread: Welch's df falls back to the other side's n - 1
        Difference oneSided = Differences.ofMeans(unweighted(SLEEP_GROUP_1), unweighted(8, 8, 8), C95)
                .get();
        double half =
                C95.t(9) * Math.sqrt(unweighted(SLEEP_GROUP_1).varianceOfMean().get());
        assertInterval(0.75 - 8 - half, 0.75 - 8 + half, oneSided.interval(), 1e-12);
    }

    /*
     * 120 per 10,000 now against 90 per 9,500 at baseline, per 1,000: d = 12 - 9.473684 = 2.526316 with the MOVER
     * interval on Byar's limits of each rate (both counts are 10 or more), evaluated independently with SciPy:
     * 90% 0.010128 to 5.047579 (significant), 95% -0.460429 to 5.520155, 99% -1.384265 to 6.448988.
     */
    @ParameterizedTest(name = "at {0}%: {1} to {2}")
    @CsvSource({"90, 0.010128, 5.047579, true", "95, -0.460429, 5.520155, false", "99, -1.384265, 6.448988, false"})
    @DisplayName("of rates has the MOVER interval on the rates' own Poisson limits")
    void rates(int percent, double lower, double upper, boolean significant) {
        Difference d = Differences.ofRates(120, 10_000, 90, 9_500, 1_000, level(percent))
                .get();
        assertEquals(2.526316, d.value(), REFERENCE);
        assertInterval(lower, upper, d.interval(), REFERENCE);
        assertEquals(significant, d.significant());
    }

    /*
     * 0 against 4 per 1,000 in populations of 1,000: the exact limits are [0, 3.688879] for 0 and [1.089865,
     * 10.241589] for 4, so d = -4 with -4 - sqrt(0² + 6.241589²) = -10.241589 to -4 + sqrt(3.688879² + 2.910135²) =
     * 0.698587 (SciPy): not significant. The Wald interval, -4 ± 1.96·sqrt(0 + 4/1,000²)·1,000 = -7.92 to -0.08, called
     * it significant, as if a count of 0 could not have been 3 by chance.
     */
    @Test
    @DisplayName("of rates counts a zero's own uncertainty: 0 against 4 per 1,000 is not significant")
    void rateWithZero() {
        Difference d = Differences.ofRates(0, 1_000, 4, 1_000, 1_000, C95).get();
        assertEquals(-4, d.value(), 1e-12);
        assertInterval(-10.241589, 0.698587, d.interval(), REFERENCE);
        assertFalse(d.significant());
    }

    @Test
    @DisplayName("of rates of two counts of 0 is 0 and not significant; without inhabitants it is not computable")
    void rateEdges() {
        Difference nothing = Differences.ofRates(0, 1_000, 0, 2_000, 1_000, C95).get();
        assertEquals(0, nothing.value());
        assertInterval(-3.688879 / 2, 3.688879, nothing.interval(), REFERENCE);
        assertFalse(nothing.significant());
        assertEquals(Option.none(), Differences.ofRates(3, 0, 3, 1_000, 1_000, C95));
        assertBreaks(Rates.POPULATION_NEGATIVE, () -> Differences.ofRates(3, 100, 3, -1, 1_000, C95));
    }

    /*
     * Counts as Poisson counts, MOVER on their limits (SciPy): 2,207 against 2,206 is 1 with -129.934356 to 131.934817,
     * not significant (its bare sign once read as a trend); 40 against 20 is 20 with 4.215230 to 36.433065.
     */
    @Test
    @DisplayName("of counts is tested as a change of Poisson counts: 2,207 against 2,206 is no change")
    void counts() {
        Difference tiny = Differences.ofCounts(2_207, 2_206, C95);
        assertEquals(1, tiny.value());
        assertInterval(-129.934356, 131.934817, tiny.interval(), REFERENCE);
        assertFalse(tiny.significant());
        Difference doubled = Differences.ofCounts(40, 20, C95);
        assertInterval(4.215230, 36.433065, doubled.interval(), REFERENCE);
        assertTrue(doubled.significant());
        assertBreaks(Rates.COUNT_NEGATIVE, () -> Differences.ofCounts(-1, 3, C95));
    }
}
