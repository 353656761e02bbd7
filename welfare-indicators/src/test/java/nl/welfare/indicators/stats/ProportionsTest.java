package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.FOUR_DECIMALS;
import static nl.welfare.indicators.stats.StatsAssertions.REFERENCE;
import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.assertInterval;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
     * Weights 1, 1, 2, 2, 4 with "yes" on the weights 1, 2 and 4: p = 7/10 = 0.7, n_eff = 100/26 = 3.846154;
     * Wilson on (0.7, 3.846154), evaluated independently with SciPy: 90% 0.311564-0.923255, 95% 0.261057-0.939065,
     * 99% 0.187430-0.959355.
     */
    @ParameterizedTest(name = "at {0}%: {1}-{2}")
    @CsvSource({"90, 0.311564, 0.923255", "95, 0.261057, 0.939065", "99, 0.187430, 0.959355"})
    @DisplayName("weighted has the Wilson interval on Kish's effective sample size")
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
    @DisplayName("weighted with equal weights is the unweighted share")
    void equalWeights() {
        WeightedSums sums = WeightedSums.EMPTY;
        for (int i = 0; i < 263; i++) {
            sums = sums.addAnswer(1.5, i < 81);
        }
        Estimate weighted = Proportions.weighted(sums, C95).get();
        Estimate plain = Proportions.wilson(81, 263, C95).get();
        assertEquals(plain.value(), weighted.value(), 1e-12);
        assertInterval(plain.interval().get().lower(), plain.interval().get().upper(), weighted, 1e-12);
    }
}
