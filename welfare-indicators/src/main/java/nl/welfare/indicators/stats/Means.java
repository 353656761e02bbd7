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
     * ȳ ± t(1 - α/2; n_eff - 1) · s / sqrt(n_eff)
     * }</pre>
     *
     * <p>where {@code n_eff = (Σw)² / Σw²} is Kish's effective sample size ({@link WeightedSums#effectiveSize()}) and
     * {@code s²} the weighted variance with reliability weights ({@link WeightedSums#variance()}); the t quantile is
     * Commons Statistics'. With all weights equal this is exactly Student's interval {@code ȳ ± t(1 - α/2; n - 1) ·
     * s / sqrt(n)}. None without observations; no interval when {@code n_eff <= 1} (a single answer). Sources:
     * Student (1908) "The probable error of a mean", <i>Biometrika</i> 6:1-25; Kish, L. (1965) <i>Survey
     * Sampling</i>, Wiley, section 11.7; GSL Reference Manual, "Weighted Samples".
     */
    public static Option<Estimate> mean(WeightedSums sums, ConfidenceLevel level) {
        return sums.mean().map(mean -> Estimate.of(mean, interval(sums, mean, level)));
    }

    private static Option<Interval> interval(WeightedSums sums, double mean, ConfidenceLevel level) {
        double n = sums.effectiveSize();
        return sums.variance().flatMap(variance -> {
            double half = level.t(n - 1) * Math.sqrt(variance / n);
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
