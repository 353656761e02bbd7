package nl.welfare.indicators.stats;

import io.vavr.control.Option;

/**
 * Means (gemiddelden) of numeric answers, weighted or not, with Student's t interval: for {@code MEAN} indicators
 * such as "how pleasant is it to live here" (1-10).
 *
 * <pre>{@code
 * WeightedSums answers = WeightedSums.EMPTY.add(1, 7).add(1, 8).add(1, 6);
 * Means.mean(answers, ConfidenceLevel.DEFAULT);                  // Some(7.0 [4.516, 9.484])
 * Means.mean(WeightedSums.ofValue(1, 7), ConfidenceLevel.DEFAULT); // Some(7.0), no interval
 * }</pre>
 */
public final class Means {

    private Means() {}

    /**
     * The weighted mean {@code ȳ = Σwy / Σw} with the interval
     *
     * <pre>{@code
     * ȳ ± t(1 - α/2; n - 1) · sqrt(v(ȳ))
     * }</pre>
     *
     * <p>where {@code v(ȳ)} is the linearised variance of the weighted mean ({@link WeightedSums#varianceOfMean()},
     * {@code n/(n-1) · Σw²(y - ȳ)² / (Σw)²}) and {@code n - 1} the degrees of freedom of a design with weights only;
     * the t quantile is Commons Statistics'. With all weights equal this is exactly Student's interval {@code ȳ ± t(1 -
     * α/2; n - 1) · s / sqrt(n)}; with weights it is what R's {@code survey} package gives for {@code confint(svymean(~y,
     * design), df = degf(design))}. None without observations; no interval with a single answer, or when Kish's
     * effective size is below {@link WeightedSums#MINIMUM_EFFECTIVE_SIZE} (nearly all weight on one answer: its
     * variance would rest on almost nothing). Sources: Student (1908) "The probable error of a mean", <i>Biometrika</i>
     * 6:1-25; Wolter, K.M. (2007) <i>Introduction to Variance Estimation</i>, 2nd edition, Springer, chapter 6; Lumley,
     * T. (2010) <i>Complex Surveys</i>, Wiley, section 2.2.
     */
    public static Option<Estimate> mean(WeightedSums sums, ConfidenceLevel level) {
        return sums.mean().map(mean -> Estimate.of(mean, interval(sums, mean, level)));
    }

    /** The variance of the mean when it may have an interval: two observations and enough effective size. */
    static Option<Double> variance(WeightedSums sums) {
        return sums.effectiveSize() >= WeightedSums.MINIMUM_EFFECTIVE_SIZE * (1 - 1e-9)
                ? sums.varianceOfMean()
                : Option.none();
    }

    private static Option<Interval> interval(WeightedSums sums, double mean, ConfidenceLevel level) {
        return variance(sums).flatMap(variance -> {
            double half = level.t(sums.count() - 1) * Math.sqrt(variance);
            return finite(mean - half, mean + half, mean);
        });
    }

    /** The interval {@code [lower, upper]} widened to hold {@code value}, or none if a bound is not finite. */
    static Option<Interval> finite(double lower, double upper, double value) {
        return Double.isFinite(lower) && Double.isFinite(upper)
                ? Option.some(Interval.of(Math.min(lower, value), Math.max(upper, value)))
                : Option.none();
    }
}
