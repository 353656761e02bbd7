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
 * Differences.ofRates(120, 10_000, 90, 9_500, 1_000, ConfidenceLevel.DEFAULT);   // MOVER
 * Differences.ofCounts(2_207, 2_206, ConfidenceLevel.DEFAULT);                   // not significant
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
     * the weighted Wilson intervals of {@link Proportions#weighted}, each on its design-based effective size {@code
     * p(1 - p) / v} with {@code v} the linearised variance ({@link WeightedSums#shareEffectiveSize()}; Kish's where a
     * share is 0 or 1). None when either side has no observations. Sources: Newcombe (1998), method 10; Korn and
     * Graubard (1998), as in {@link Proportions#weighted}.
     */
    public static Option<Difference> ofWeightedProportions(
            WeightedSums now, WeightedSums baseline, ConfidenceLevel level) {
        return now.share()
                .flatMap(p1 -> baseline.share()
                        .map(p2 -> newcombe(p1, now.shareEffectiveSize(), p2, baseline.shareEffectiveSize(), level)));
    }

    private static Difference newcombe(double p1, double n1, double p2, double n2, ConfidenceLevel level) {
        return mover(
                p1, Proportions.wilsonInterval(p1, n1, level.z()), p2, Proportions.wilsonInterval(p2, n2, level.z()));
    }

    /**
     * The method of variance estimates recovery (MOVER) for {@code e1 - e2} from each side's own interval: {@code L =
     * d - sqrt((e1 - l1)² + (u2 - e2)²)}, {@code U = d + sqrt((u1 - e1)² + (e2 - l2)²)}. Source: Zou, G.Y. and
     * Donner, A. (2008) "Construction of confidence limits about effect measures: a general approach", <i>Statistics
     * in Medicine</i> 27:1693-1702.
     */
    private static Difference mover(double e1, Interval i1, double e2, Interval i2) {
        double d = e1 - e2;
        double lower = d - Math.hypot(e1 - i1.lower(), i2.upper() - e2);
        double upper = d + Math.hypot(i1.upper() - e1, e2 - i2.lower());
        return Difference.of(d, Interval.of(Math.min(lower, d), Math.max(upper, d)));
    }

    /**
     * The difference of (weighted) means {@code d = ȳ1 - ȳ2} with Welch's interval on the linearised variances:
     *
     * <pre>{@code
     * v_i = n_i/(n_i - 1) · Σw²(y - ȳ_i)² / (Σw)²       (WeightedSums#varianceOfMean)
     * df  = (v1 + v2)² / (v1² / (n1 - 1) + v2² / (n2 - 1))     (Welch-Satterthwaite)
     * d ± t(1 - α/2; df) · sqrt(v1 + v2)
     * }</pre>
     *
     * <p>With all weights equal, {@code v_i = s_i² / n_i} and this is Welch's test. The variances do not assume the
     * weights unrelated to the answers (Kish's effective size would, and then flags far more than 5% of changes where
     * nothing changed when the weights follow age, sex or neighbourhood). None when a side has fewer than two
     * observations or less than {@link WeightedSums#MINIMUM_EFFECTIVE_SIZE} of effective size, or when both sides have
     * no spread at all ({@code v1 + v2 = 0}: the degrees of freedom are undefined). Sources: Welch, B.L. (1947) "The
     * generalization of 'Student's' problem when several different population variances are involved",
     * <i>Biometrika</i> 34:28-35; Satterthwaite, F.E. (1946) "An approximate distribution of estimates of variance
     * components", <i>Biometrics Bulletin</i> 2:110-114; Wolter (2007), chapter 6. For Student's sleep data (R's
     * {@code t.test(extra ~ group, data = sleep)}): -1.58, 95% interval -3.3655 to 0.2055, df 17.776.
     */
    public static Option<Difference> ofMeans(WeightedSums now, WeightedSums baseline, ConfidenceLevel level) {
        Option<Double> variance1 = Means.variance(now);
        Option<Double> variance2 = Means.variance(baseline);
        if (variance1.isEmpty() || variance2.isEmpty()) {
            return Option.none();
        }
        double v1 = variance1.get();
        double v2 = variance2.get();
        double v = v1 + v2;
        if (!(v > 0)) {
            return Option.none();
        }
        double df = v * v / (v1 * v1 / (now.count() - 1) + v2 * v2 / (baseline.count() - 1));
        double d = now.mean().get() - baseline.mean().get();
        double half = level.t(df) * Math.sqrt(v);
        return Means.finite(d - half, d + half, d).map(i -> Difference.of(d, i));
    }

    /**
     * The difference of rates {@code d = per · (k1/N1 - k2/N2)} with the MOVER interval (method of variance estimates
     * recovery) on each rate's own interval from {@link Rates#rate} (exact Poisson limits below {@link Rates#BYAR_FROM}
     * events, Byar's from there on):
     *
     * <pre>{@code
     * L = d - sqrt((r1 - l1)² + (u2 - r2)²)
     * U = d + sqrt((u1 - r1)² + (r2 - l2)²)
     * }</pre>
     *
     * <p>Consistent with the single rates: a count of 0 still has an upper limit (3.69 events at 95%), so 0 against 4
     * per 1,000 in populations of 1,000 is not significant, where the Wald interval, with no variance at a count of 0,
     * would call it so. None when either population is 0. Sources: Zou, G.Y. and Donner, A. (2008) "Construction of
     * confidence limits about effect measures: a general approach", <i>Statistics in Medicine</i> 27:1693-1702;
     * Newcombe's method 10 for shares ({@link #ofProportions}) is the
     * same recovery on Wilson's limits.
     *
     * @throws nl.welfare.domain.value.InvalidValueException if an argument breaks {@link Rates#COUNT_NEGATIVE},
     *     {@link Rates#POPULATION_NEGATIVE} or {@link Rates#PER_POSITIVE}
     */
    public static Option<Difference> ofRates(
            long k1, long population1, long k2, long population2, long per, ConfidenceLevel level) {
        return Rates.rate(k1, population1, per, level)
                .flatMap(r1 -> Rates.rate(k2, population2, per, level)
                        .map(r2 -> mover(
                                r1.value(),
                                r1.interval().get(),
                                r2.value(),
                                r2.interval().get())));
    }

    /**
     * The difference of two counts {@code k1 - k2}, each taken as a Poisson count (the number of volunteers, of new
     * cases: a full count of the period, whose level still varies by chance from period to period), with the MOVER
     * interval on the counts' own intervals ({@link Rates#countInterval}). Only a change beyond chance is significant:
     * 2,207 against 2,206 is not. Sources: as for {@link #ofRates}.
     *
     * @throws nl.welfare.domain.value.InvalidValueException if a count breaks {@link Rates#COUNT_NEGATIVE}
     */
    public static Difference ofCounts(long k1, long k2, ConfidenceLevel level) {
        return mover(k1, Rates.countInterval(k1, level), k2, Rates.countInterval(k2, level));
    }
}
