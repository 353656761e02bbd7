package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.FOUR_DECIMALS;
import static nl.welfare.indicators.stats.StatsAssertions.REFERENCE;
import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.assertInterval;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A share")
class ProportionsTest {

    @ParameterizedTest(name = "{0}/{1}: {2}-{3}")
    @CsvSource({"81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0, 0.1611", "1, 29, 0.0061, 0.1718"})
    @DisplayName("has the Wilson intervals of Newcombe (1998), Table I, at 95%")
    void newcombeTableOne(long k, long n, double lower, double upper) {
        Estimate share = Proportions.wilson(k, n, C95).get();
        assertEquals((double) k / n, share.value());
        assertInterval(lower, upper, share, FOUR_DECIMALS);
    }

    /*
     * References at 90%, 95% and 99%: the Wilson formula evaluated independently (SciPy 1.17, z from
     * scipy.stats.norm.ppf), e.g. for 81/263 at 90%: z = 1.644854, p = 0.307985,
     * (p + z²/526 ± z·sqrt(p(1-p)/263 + z²/276676)) / (1 + z²/263) = 0.263314, 0.356566.
     */
    @ParameterizedTest(name = "{0}/{1} at {2}%: {3}-{4}")
    @CsvSource({
        "81, 263, 90, 0.263314, 0.356566",
        "81, 263, 95, 0.255289, 0.366210",
        "81, 263, 99, 0.240137, 0.385283",
        "0, 20, 90, 0, 0.119158",
        "0, 20, 99, 0, 0.249105",
        "1, 29, 90, 0.007731, 0.140683",
        "1, 29, 99, 0.004061, 0.238254"
    })
    @DisplayName("has the Wilson interval at 90%, 95% and 99%")
    void levels(long k, long n, int percent, double lower, double upper) {
        assertInterval(lower, upper, Proportions.wilson(k, n, level(percent)).get(), REFERENCE);
    }

    @Test
    @DisplayName("of none starts its interval at exactly 0, and of all ends it at exactly 1")
    void noneAndAll() {
        Estimate none = Proportions.wilson(0, 20, C95).get();
        assertEquals(0, none.value());
        assertEquals(0, none.interval().get().lower());
        Estimate all = Proportions.wilson(5, 5, C95).get();
        assertEquals(1, all.value());
        assertEquals(1, all.interval().get().upper());
        assertInterval(0.565518, 1, all, REFERENCE);
    }

    @Test
    @DisplayName("of one answer still has an interval: z²/(1 + z²) wide")
    void single() {
        assertInterval(0, 0.793451, Proportions.wilson(0, 1, C95).get(), REFERENCE);
        assertInterval(0.206549, 1, Proportions.wilson(1, 1, C95).get(), REFERENCE);
        assertInterval(0.269866, 1, Proportions.wilson(1, 1, level(90)).get(), REFERENCE);
        assertInterval(0.130978, 1, Proportions.wilson(1, 1, level(99)).get(), REFERENCE);
    }

    @Test
    @DisplayName("of nobody is not computable")
    void empty() {
        assertEquals(Option.none(), Proportions.wilson(0, 0, C95));
        assertEquals(Option.none(), Proportions.weighted(WeightedSums.EMPTY, C95));
    }

    @Test
    @DisplayName("has a numerator between 0 and its denominator")
    void numeratorRange() {
        assertBreaks(Proportions.NUMERATOR_RANGE, () -> Proportions.wilson(-1, 10, C95));
        assertBreaks(Proportions.NUMERATOR_RANGE, () -> Proportions.wilson(11, 10, C95));
        assertBreaks(Proportions.NUMERATOR_RANGE, () -> Proportions.wilson(0, -1, C95));
    }

    /*
     * Weights 1, 1, 2, 2, 4 with "yes" on the weights 1, 2 and 4: p = 7/10 = 0.7, linearised variance 5/4 · 4.34 / 100
     * = 0.05425 (worked by hand in WeightedSumsTest), design-based effective size n* = 0.7 · 0.3 / 0.05425 = 3.870968;
     * Wilson on (0.7, 3.870968), evaluated independently with NumPy and SciPy from the data: 90% 0.312495-0.922947,
     * 95% 0.261972-0.938793, 99% 0.188234-0.959149.
     */
    @ParameterizedTest(name = "at {0}%: {1}-{2}")
    @CsvSource({"90, 0.312495, 0.922947", "95, 0.261972, 0.938793", "99, 0.188234, 0.959149"})
    @DisplayName("weighted has the Wilson interval on the design-based effective size p(1 - p) / v")
    void weighted(int percent, double lower, double upper) {
        WeightedSums sums = WeightedSums.EMPTY
                .addAnswer(1, true)
                .addAnswer(1, false)
                .addAnswer(2, true)
                .addAnswer(2, false)
                .addAnswer(4, true);
        Estimate share = Proportions.weighted(sums, level(percent)).get();
        assertEquals(0.7, share.value(), 1e-15);
        assertInterval(lower, upper, share, REFERENCE);
    }

    @Test
    @DisplayName("weighted with equal weights is Wilson's on n - 1, the design-based effective size")
    void equalWeights() {
        WeightedSums sums = WeightedSums.EMPTY;
        for (int i = 0; i < 263; i++) {
            sums = sums.addAnswer(1.5, i < 81);
        }
        Estimate weighted = Proportions.weighted(sums, C95).get();
        assertEquals(262, sums.shareEffectiveSize(), 1e-9);
        Interval onNMinusOne = Proportions.wilsonInterval(81.0 / 263, 262, C95.z());
        assertEquals(81.0 / 263, weighted.value(), 1e-12);
        assertInterval(onNMinusOne.lower(), onNMinusOne.upper(), weighted, 1e-12);
        // which is a little wider than the unweighted interval on n
        Interval plain = Proportions.wilson(81, 263, C95).get().interval().get();
        assertTrue(weighted.interval().get().lower() < plain.lower());
        assertTrue(weighted.interval().get().upper() > plain.upper());
    }
}
