package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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

    /**
     * A respondent of a survey weighted by post-stratification: a quarter come from a group that is under-represented
     * (weight 3) and answers higher and more spread (mean 8, sd 3; "yes" half of the time), the rest from an
     * over-represented group (weight 0.5; mean 6, sd 1; "yes" one time in ten). The weights are related to the answers,
     * as municipal survey weights by age, sex and neighbourhood are.
     */
    private static WeightedSums[] informativeSample(SplittableRandom random, int n) {
        WeightedSums means = WeightedSums.EMPTY;
        WeightedSums shares = WeightedSums.EMPTY;
        for (int i = 0; i < n; i++) {
            boolean scarce = random.nextDouble() < 0.25;
            double w = scarce ? 3 : 0.5;
            means = means.add(w, scarce ? 8 + 3 * random.nextGaussian() : 6 + random.nextGaussian());
            shares = shares.addAnswer(w, random.nextDouble() < (scarce ? 0.5 : 0.1));
        }
        return new WeightedSums[] {means, shares};
    }

    /** The weighted mean and share the informative samples estimate: E[wy] / E[w]. */
    private static final double INFORMATIVE_MEAN = (0.25 * 3 * 8 + 0.75 * 0.5 * 6) / (0.25 * 3 + 0.75 * 0.5);

    private static final double INFORMATIVE_SHARE = (0.25 * 3 * 0.5 + 0.75 * 0.5 * 0.1) / (0.25 * 3 + 0.75 * 0.5);

    /*
     * With weights related to the answers, the linearised variances keep the false alarms near 5%; Kish's effective
     * size with the reliability variance (this library's method before) assumes the weights unrelated and flags far
     * more. 4,000 simulated pairs of 150 answers (NumPy, another seed): Welch on the linearised variances 0.054, on
     * Kish's 0.076; Newcombe on the design-based effective sizes 0.050, on Kish's 0.064. Coverage of the single
     * mean 0.941, of the single share 0.962.
     */
    @Test
    @DisplayName("with weights related to the answers, about 5% of unchanged means and shares are called changed")
    void informativeWeights() {
        SplittableRandom random = new SplittableRandom(SEED);
        int means = 0;
        int shares = 0;
        int meanCovered = 0;
        int shareCovered = 0;
        for (int r = 0; r < REPETITIONS; r++) {
            WeightedSums[] now = informativeSample(random, 150);
            WeightedSums[] then = informativeSample(random, 150);
            if (Differences.ofMeans(now[0], then[0], C95).get().significant()) {
                means++;
            }
            if (Differences.ofWeightedProportions(now[1], then[1], C95).get().significant()) {
                shares++;
            }
            if (Means.mean(now[0], C95).get().interval().get().contains(INFORMATIVE_MEAN)) {
                meanCovered++;
            }
            if (Proportions.weighted(now[1], C95).get().interval().get().contains(INFORMATIVE_SHARE)) {
                shareCovered++;
            }
        }
        double meanRate = (double) means / REPETITIONS;
        double shareRate = (double) shares / REPETITIONS;
        assertTrue(meanRate >= 0.03 && meanRate <= 0.07, "means significant " + meanRate);
        assertTrue(shareRate >= 0.03 && shareRate <= 0.07, "shares significant " + shareRate);
        double meanCoverage = (double) meanCovered / REPETITIONS;
        double shareCoverage = (double) shareCovered / REPETITIONS;
        assertTrue(meanCoverage >= 0.93 && meanCoverage <= 0.97, "mean coverage " + meanCoverage);
        assertTrue(shareCoverage >= 0.93 && shareCoverage <= 0.975, "share coverage " + shareCoverage);
    }

    /**
     * The exact probability that two independent Poisson counts of means {@code mu1} and {@code mu2} are called
     * significantly different by {@code significant}: the sum of {@code P(k1)·P(k2)} over every pair it flags, with
     * counts up to 12 standard deviations from their means (what lies beyond weighs less than 1e-30).
     */
    private static double exactSize(double mu1, double mu2, BiPredicate<Long, Long> significant) {
        PoissonDistribution d1 = PoissonDistribution.of(mu1);
        PoissonDistribution d2 = PoissonDistribution.of(mu2);
        double size = 0;
        for (long k1 = 0; k1 <= mu1 + 12 * Math.sqrt(mu1) + 20; k1++) {
            double p1 = d1.probability((int) k1);
            for (long k2 = 0; k2 <= mu2 + 12 * Math.sqrt(mu2) + 20; k2++) {
                if (significant.test(k1, k2)) {
                    size += p1 * d2.probability((int) k2);
                }
            }
        }
        return size;
    }

    /*
     * Exact sizes of the MOVER difference of rates at 95% (evaluated independently with SciPy): 3 per 1,000 in 1,000
     * against 4,000 inhabitants (3 and 12 events expected): 0.0229, where the Wald interval had 0.0899; 20 per 1,000 in
     * 1,000 against 3,000: 0.0401 (Wald 0.0533); 50 per 1,000 in 1,000 against 4,000: 0.0431. The exact limits of
     * small counts make it conservative, never liberal: at most 5%, nearer 5% as the counts grow.
     */
    @ParameterizedTest(name = "{0} per 1,000 in {1} and {2} inhabitants: size {3}")
    @CsvSource({"3, 1000, 4000, 0.0229", "20, 1000, 3000, 0.0401", "50, 1000, 4000, 0.0431"})
    @DisplayName("with no change, at most about 5% of differences of rates are significant, zero counts and unequal"
            + " populations included")
    void ratesSize(double perThousand, long population1, long population2, double expected) {
        double size = exactSize(
                perThousand * population1 / 1000,
                perThousand * population2 / 1000,
                (k1, k2) -> Differences.ofRates(k1, population1, k2, population2, 1_000, C95)
                        .get()
                        .significant());
        assertEquals(expected, size, 0.0005);
        assertTrue(size <= 0.055, "size " + size);
    }

    /*
     * Exact sizes of the change of two Poisson counts with equal means (SciPy): mean 20: 0.0388; 200: 0.0461; 2,200:
     * 0.0488. A change judged by its bare sign was "significant" almost always.
     */
    @ParameterizedTest(name = "mean {0}: size {1}")
    @CsvSource({"20, 0.0388", "200, 0.0461", "2200, 0.0488"})
    @DisplayName("with no change, at most about 5% of changes of counts are significant")
    void countsSize(double mean, double expected) {
        double size = exactSize(
                mean, mean, (k1, k2) -> Differences.ofCounts(k1, k2, C95).significant());
        assertEquals(expected, size, 0.0005);
        Difference d = Differences.ofCounts(Math.round(mean), Math.round(mean) + 1, C95);
        assertTrue(!d.significant(), d::toString);
    }
}
