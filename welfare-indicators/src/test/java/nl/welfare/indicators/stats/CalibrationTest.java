package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calibration on simulated data with a fixed seed, so every run draws the same samples.
 *
 * <p>Tolerances: with {@value #REPETITIONS} repetitions, a rate near 0.95 (or 0.05) has a Monte Carlo standard error
 * of sqrt(0.95·0.05/4000) = 0.0034. The true rates of the chosen cases were computed exactly (by summing binomial
 * probabilities over every outcome) and lie within 0.007 of the nominal rate; the bounds 0.93-0.97 and 0.03-0.07 then
 * leave at least 0.013 between the true rate and a bound: more than 3.8 standard errors, so a correct method passes
 * whatever the seed (failing by chance at under 1 in 10,000 per case), while a wrong quantile (such as a one-sided z,
 * which gives about 90% coverage) fails by far.
 */
@DisplayName("On simulated data")
class CalibrationTest {

    private static final int REPETITIONS = 4_000;

    private static final long SEED = 20_180_101L;

    private static int binomial(SplittableRandom random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /*
     * Exact coverage of the 95% Wilson interval, Σ over k of P(K = k) for the k whose interval contains p:
     * p = 0.5, n = 30: 0.9572; p = 0.2, n = 50: 0.9507; p = 0.3, n = 200: 0.9466; p = 0.05, n = 400: 0.9502.
     */
    @ParameterizedTest(name = "p = {0}, n = {1}")
    @CsvSource({"0.5, 30", "0.2, 50", "0.3, 200", "0.05, 400"})
    @DisplayName("about 95% of Wilson intervals contain the true share")
    void wilsonCoverage(double p, int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        int covered = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            int k = binomial(random, n, p);
            if (Proportions.wilson(k, n, C95).get().interval().get().contains(p)) {
                covered++;
            }
        }
        double coverage = (double) covered / REPETITIONS;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
    }

    /*
     * Exact size of Newcombe's method 10 at 95% when both periods have the same p, Σ over (k1, k2) of
     * P(k1)·P(k2) for the pairs whose interval excludes 0: p = 0.3, 200 and 200: 0.0502; p = 0.5, 100 and 150: 0.0527;
     * p = 0.2, 60 and 90: 0.0479.
     */
    @ParameterizedTest(name = "p = {0}, n = {1} and {2}")
    @CsvSource({"0.3, 200, 200", "0.5, 100, 150", "0.2, 60, 90"})
    @DisplayName("with no change, about 5% of Newcombe differences of shares are significant at 95%")
    void newcombeSize(double p, int n1, int n2) {
        SplittableRandom random = new SplittableRandom(SEED);
        int significant = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            int k1 = binomial(random, n1, p);
            int k2 = binomial(random, n2, p);
            if (Differences.ofProportions(k1, n1, k2, n2, C95).get().significant()) {
                significant++;
            }
        }
        double rate = (double) significant / REPETITIONS;
        assertTrue(rate >= 0.03 && rate <= 0.07, "share significant " + rate);
    }

    /*
     * Welch's test on normal samples has a size close to nominal: 200,000 simulated pairs (NumPy) gave 0.0492 for
     * n = 20 (sd 1) against n = 40 (sd 3), 0.0511 for n = 10 (sd 2) against n = 30 (sd 1), 0.0505 for 50 against 50.
     */
    @ParameterizedTest(name = "n = {0} (sd {1}) and n = {2} (sd {3})")
    @CsvSource({"20, 1, 40, 3", "10, 2, 30, 1", "50, 1, 50, 1"})
    @DisplayName("with no change, about 5% of Welch differences of means are significant at 95%")
    void welchSize(int n1, double sd1, int n2, double sd2) {
        SplittableRandom random = new SplittableRandom(SEED);
        int significant = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            WeightedSums a = WeightedSums.EMPTY;
            for (int i = 0; i < n1; i++) {
                a = a.add(1, 5 + sd1 * random.nextGaussian());
            }
            WeightedSums b = WeightedSums.EMPTY;
            for (int i = 0; i < n2; i++) {
                b = b.add(1, 5 + sd2 * random.nextGaussian());
            }
            if (Differences.ofMeans(a, b, C95).get().significant()) {
                significant++;
            }
        }
        double rate = (double) significant / REPETITIONS;
        assertTrue(rate >= 0.03 && rate <= 0.07, "share significant " + rate);
    }
}
