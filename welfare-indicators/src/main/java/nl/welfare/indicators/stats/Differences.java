package nl.welfare.indicators.stats;

import io.vavr.control.Option;

/**
 * Differences between two independent estimates (verschillen), now minus baseline, with their intervals: for
 * {@code CHANGE} indicators, which treat the two periods as independent samples (repeated cross-sectional surveys).
 * A difference is {@link Difference#significant()} when its interval excludes zero.
 *
 * <pre>{@code
 * Differences.ofProportions(56, 70, 48, 80, ConfidenceLevel.DEFAULT);   // Some(0.2 [0.0524, 0.3339]), significant
 * Differences.ofMeans(now, baseline, ConfidenceLevel.DEFAULT);          // Welch
 * Differences.ofRates(120, 10_000, 90, 9_500, 1_000, ConfidenceLevel.DEFAULT);
 * }</pre>
 */
public final class Differences {

    private Differences() {}

    /**
     * The difference of shares {@code d = k1/n1 - k2/n2} with Newcombe's hybrid score interval (method 10): with
     * {@code [l1, u1]} and {@code [l2, u2]} the Wilson intervals of the two shares ({@link Proportions#wilson}),
     *
     * <pre>{@code
     * L = d - sqrt((p1 - l1)² + (u2 - p2)²)
     * U = d + sqrt((u1 - p1)² + (p2 - l2)²)
     * }</pre>
     *
     * <p>None when either denominator is 0. Source: Newcombe, R.G. (1998) "Interval estimation for the difference
     * between independent proportions: comparison of eleven methods", <i>Statistics in Medicine</i> 17:873-890,
     * method 10 (56/70 - 48/80 gives 0.0524-0.3339 at 95%).
     *
     * @throws nl.welfare.domain.value.InvalidValueException if a numerator breaks {@link Proportions#NUMERATOR_RANGE}
     */
    public static Option<Difference> ofProportions(long k1, long n1, long k2, long n2, ConfidenceLevel level) {
        Proportions.checkCounts(k1, n1);
        Proportions.checkCounts(k2, n2);
        if (n1 == 0 || n2 == 0) {
            return Option.none();
        }
        return Option.some(newcombe((double) k1 / n1, n1, (double) k2 / n2, n2, level));
    }

    /**
     * The difference of weighted shares, with Newcombe's hybrid score interval as in {@link #ofProportions} built from
     * the weighted Wilson intervals of {@link Proportions#weighted} (each on its Kish effective sample size). None
     * when either side has no observations. Sources: Newcombe (1998), method 10; Kish (1965), section 11.7.
     */
    public static Option<Difference> ofWeightedProportions(
            WeightedSums now, WeightedSums baseline, ConfidenceLevel level) {
        return now.share()
                .flatMap(p1 -> baseline.share()
                        .map(p2 -> newcombe(p1, now.effectiveSize(), p2, baseline.effectiveSize(), level)));
    }

    private static Difference newcombe(double p1, double n1, double p2, double n2, ConfidenceLevel level) {
        Interval w1 = Proportions.wilsonInterval(p1, n1, level.z());
        Interval w2 = Proportions.wilsonInterval(p2, n2, level.z());
        double d = p1 - p2;
        double lower = d - Math.hypot(p1 - w1.lower(), w2.upper() - p2);
        double upper = d + Math.hypot(w1.upper() - p1, p2 - w2.lower());
        return Difference.of(d, Interval.of(lower, upper));
    }

    /**
     * The difference of (weighted) means {@code d = ȳ1 - ȳ2} with Welch's interval:
     *
     * <pre>{@code
     * v_i = s_i² / n_i
     * df  = (v1 + v2)² / (v1² / (n1 - 1) + v2² / (n2 - 1))     (Welch-Satterthwaite)
     * d ± t(1 - α/2; df) · sqrt(v1 + v2)
     * }</pre>
     *
     * <p>where {@code s_i²} is each side's {@link WeightedSums#variance()} and {@code n_i} its Kish effective size
     * (the plain {@code n} when unweighted); the t quantile is Commons Statistics'. None when a side has
     * {@code n_eff <= 1}, or when both sides have no spread at all ({@code v1 + v2 = 0}: the degrees of freedom are
     * undefined). Sources: Welch, B.L. (1947) "The generalization of 'Student's' problem when several different
     * population variances are involved", <i>Biometrika</i> 34:28-35; Satterthwaite, F.E. (1946) "An approximate
     * distribution of estimates of variance components", <i>Biometrics Bulletin</i> 2:110-114. For Student's sleep
     * data (R's {@code t.test(extra ~ group, data = sleep)}): -1.58, 95% interval -3.3655 to 0.2055, df 17.776.
     */
    public static Option<Difference> ofMeans(WeightedSums now, WeightedSums baseline, ConfidenceLevel level) {
        if (now.variance().isEmpty() || baseline.variance().isEmpty()) {
            return Option.none();
        }
        double n1 = now.effectiveSize();
        double n2 = baseline.effectiveSize();
        double v1 = now.variance().get() / n1;
        double v2 = baseline.variance().get() / n2;
        double v = v1 + v2;
        if (!(v > 0)) {
            return Option.none();
        }
        double df = v * v / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double d = now.mean().get() - baseline.mean().get();
        double half = level.t(df) * Math.sqrt(v);
        return Means.finite(d - half, d + half, d).map(i -> Difference.of(d, i));
    }

    /**
     * The difference of rates {@code d = per · (k1/N1 - k2/N2)} by the normal approximation with Poisson variances:
     *
     * <pre>{@code
     * var(d) = per² · (k1 / N1² + k2 / N2²)
     * d ± z · sqrt(var(d))
     * }</pre>
     *
     * <p>None when either population is 0. Two counts of 0 give {@code [0, 0]}, not significant. Source: Rothman,
     * K.J., Greenland, S. and Lash, T.L. (2008) <i>Modern Epidemiology</i>, 3rd edition, Lippincott Williams and
     * Wilkins, chapter 14 (the rate difference for person-time data).
     *
     * @throws nl.welfare.domain.value.InvalidValueException if an argument breaks {@link Rates#COUNT_NEGATIVE},
     *     {@link Rates#POPULATION_NEGATIVE} or {@link Rates#PER_POSITIVE}
     */
    public static Option<Difference> ofRates(
            long k1, long population1, long k2, long population2, long per, ConfidenceLevel level) {
        Rates.check(k1, population1, per);
        Rates.check(k2, population2, per);
        if (population1 == 0 || population2 == 0) {
            return Option.none();
        }
        double r1 = (double) k1 / population1;
        double r2 = (double) k2 / population2;
        double d = per * (r1 - r2);
        double half = level.z() * per * Math.sqrt(r1 / population1 + r2 / population2);
        return Option.some(Difference.of(d, Interval.of(d - half, d + half)));
    }
}
