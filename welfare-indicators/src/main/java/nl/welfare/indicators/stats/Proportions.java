package nl.welfare.indicators.stats;

import io.vavr.control.Option;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;

/**
 * Shares (aandelen) and their Wilson score intervals: for {@code PROPORTION}, {@code TRANSITION}, {@code NETWORK} and
 * {@code THRESHOLD_SHARE} indicators, unweighted or weighted.
 *
 * <pre>{@code
 * Proportions.wilson(81, 263, ConfidenceLevel.DEFAULT);   // Some(0.308 [0.2553, 0.3662])
 * Proportions.wilson(0, 0, ConfidenceLevel.DEFAULT);      // None: no share of nobody
 * Proportions.weighted(sums, ConfidenceLevel.of(0.90));   // Wilson on the design-based effective size
 * }</pre>
 */
public final class Proportions {

    /** Rule: a numerator below zero or above its denominator (which is then negative or too small). */
    public static final Rule NUMERATOR_RANGE =
            Rule.of("proportion.numerator-range", "must lie between 0 and the denominator");

    private Proportions() {}

    /**
     * The share {@code p = k / n} with its Wilson score interval; none when {@code n = 0}.
     *
     * <p>With {@code z} the two-sided normal quantile of {@code level}, the interval is
     *
     * <pre>{@code
     * (p + z²/2n ± z·sqrt(p(1 - p)/n + z²/4n²)) / (1 + z²/n)
     * }</pre>
     *
     * <p>the set of true shares {@code π} with {@code |p - π| <= z·sqrt(π(1 - π)/n)}. It stays within [0, 1], has a
     * non-zero width at {@code k = 0} and {@code k = n}, and works for {@code n = 1}. Sources: Wilson, E.B. (1927)
     * "Probable inference, the law of succession, and statistical inference", <i>Journal of the American Statistical
     * Association</i> 22:209-212; Newcombe, R.G. (1998) "Two-sided confidence intervals for the single proportion:
     * comparison of seven methods", <i>Statistics in Medicine</i> 17:857-872, method 3 (Table I: 81/263 gives
     * 0.2553-0.3662 at 95%).
     *
     * @throws nl.welfare.domain.value.InvalidValueException if {@code k} breaks {@link #NUMERATOR_RANGE}
     */
    public static Option<Estimate> wilson(long k, long n, ConfidenceLevel level) {
        checkCounts(k, n);
        if (n == 0) {
            return Option.none();
        }
        double p = (double) k / n;
        return Option.some(Estimate.of(p, wilsonInterval(p, n, level.z())));
    }

    /**
     * The weighted share {@code p = Σw·yes / Σw} with the Wilson score interval of {@link #wilson} computed on the
     * share's design-based effective size {@code n* = p(1 - p) / v} in place of {@code n}, where {@code v} is the
     * linearised variance of the weighted share ({@link WeightedSums#varianceOfShare()}, {@code n/(n-1) · Σw²(yes -
     * p)² / (Σw)²}); where {@code p} is 0 or 1 that variance is 0 and Kish's effective size {@code (Σw)² / Σw²} stands
     * in ({@link WeightedSums#shareEffectiveSize()}). None without observations. The variance does not assume the
     * weights unrelated to the answers, as Kish's size alone would: survey weights from post-stratification by age, sex
     * and neighbourhood are related to them. With all weights equal, {@code n* = n - 1}, so the interval is a little
     * wider than the unweighted {@link #wilson} on {@code n}. Sources: Wilson (1927) as above; Korn, E.L. and
     * Graubard, B.I. (1998) "Confidence intervals for proportions with small expected number of positive counts
     * estimated from survey data", <i>Survey Methodology</i> 24:193-201 (the effective size {@code p(1 - p) / v}, used
     * there in Clopper-Pearson intervals); Wolter, K.M. (2007) <i>Introduction to Variance Estimation</i>, Springer,
     * chapter 6 (the linearised variance).
     */
    public static Option<Estimate> weighted(WeightedSums sums, ConfidenceLevel level) {
        return sums.share().map(p -> Estimate.of(p, wilsonInterval(p, sums.shareEffectiveSize(), level.z())));
    }

    static void checkCounts(long k, long n) {
        Violations.of("proportion")
                .check(k >= 0 && k <= n, "numerator", NUMERATOR_RANGE, k)
                .throwIfAny();
    }

    /**
     * The Wilson score interval for share {@code p} (in [0, 1]) on a sample of size {@code n > 0}, not necessarily
     * whole, at normal quantile {@code z}. The bounds are exactly 0 at {@code p = 0} and 1 at {@code p = 1}, and
     * always enclose {@code p}.
     */
    static Interval wilsonInterval(double p, double n, double z) {
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        double lower = p == 0 ? 0 : Math.min(p, Math.max(0, centre - half));
        double upper = p == 1 ? 1 : Math.max(p, Math.min(1, centre + half));
        return Interval.of(lower, upper);
    }
}
