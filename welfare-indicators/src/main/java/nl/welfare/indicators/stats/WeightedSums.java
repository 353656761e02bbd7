package nl.welfare.indicators.stats;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The sufficient statistics of weighted observations (gewogen sommen): the number of observations {@code n}, how many
 * of them count as "yes" for a share, and the sums {@code Σw}, {@code Σw²}, {@code Σwy}, {@code Σwy²} and
 * {@code Σw·yes}. Everything a weighted share or mean and its interval need is computed from these sums, and sums of
 * disjoint parts combine exactly by {@link #plus(WeightedSums)}: the figure for a district is computed from the sums
 * of its neighbourhoods, never by averaging their figures.
 *
 * <p>For a share, add each valid answer with {@link #addAnswer(double, boolean)} (its value is 1 for "yes", else 0);
 * for a mean, add it with {@link #add(double, double)}. Unweighted data is data with every weight 1: then
 * {@link #effectiveSize()} is {@code n} and every method reduces to its unweighted form.
 *
 * <pre>{@code
 * WeightedSums north = WeightedSums.EMPTY.add(1, 7).add(2, 8);
 * WeightedSums south = WeightedSums.ofValue(2, 6).add(4, 9);
 * WeightedSums district = north.plus(south);   // the same as adding all four answers
 * district.effectiveSize();                    // (1+2+2+4)^2 / (1+4+4+16) = 3.24
 * Means.mean(district, ConfidenceLevel.DEFAULT);
 * }</pre>
 */
@Value.Immutable
public abstract class WeightedSums {

    /** Rule: an observation's weight that is zero, negative, infinite or not a number. */
    public static final Rule WEIGHT = Rule.of("weighted-sums.weight", "must be a positive finite number");

    /** Rule: an observation's value that is infinite or not a number. */
    public static final Rule VALUE = Rule.of("weighted-sums.value", "must be a finite number");

    /** Rule: a negative number of observations. */
    public static final Rule COUNT_NEGATIVE = Rule.of("weighted-sums.count-negative", "must not be negative");

    /** Rule: more "yes" observations than observations, or fewer than none. */
    public static final Rule YES_COUNT_RANGE =
            Rule.of("weighted-sums.yes-count-range", "must lie between 0 and the number of observations");

    /** Rule: a sum that is infinite or not a number. */
    public static final Rule FINITE = Rule.of("weighted-sums.finite", "must be a finite number");

    /**
     * Rule: sums of weights that do not match the number of observations: positive when there are observations, zero
     * when there are none.
     */
    public static final Rule WEIGHTS_MATCH_COUNT = Rule.of(
            "weighted-sums.weights-match-count",
            "must be positive when there are observations and zero when there are none");

    /** Rule: a weighted "yes" sum below zero or above the sum of weights. */
    public static final Rule YES_SUM_RANGE =
            Rule.of("weighted-sums.yes-sum-range", "must lie between 0 and the sum of weights");

    /** Rule: a negative sum of weighted squared values. */
    public static final Rule SQUARES_NEGATIVE = Rule.of("weighted-sums.squares-negative", "must not be negative");

    /** No observations at all: the start of every sum. */
    public static final WeightedSums EMPTY = builder()
            .count(0)
            .yesCount(0)
            .sumOfWeights(0)
            .sumOfSquaredWeights(0)
            .sumOfWeightedValues(0)
            .sumOfWeightedSquaredValues(0)
            .sumOfWeightedYes(0)
            .build();

    WeightedSums() {}

    /** {@code n}: the unweighted number of observations (the sample size disclosure control looks at). */
    public abstract long count();

    /** The unweighted number of observations that count as "yes" (a share's unweighted numerator). */
    public abstract long yesCount();

    /** {@code Σw}. */
    public abstract double sumOfWeights();

    /** {@code Σw²}. */
    public abstract double sumOfSquaredWeights();

    /** {@code Σwy}. */
    public abstract double sumOfWeightedValues();

    /** {@code Σwy²}. */
    public abstract double sumOfWeightedSquaredValues();

    /** {@code Σw} over the "yes" observations: a weighted share's numerator. */
    public abstract double sumOfWeightedYes();

    /**
     * A staged builder of sums computed elsewhere (for example by a database's {@code SUM(weight * weight)}); checks
     * every rule on {@code build()}.
     */
    public static ImmutableWeightedSums.CountBuildStage builder() {
        return ImmutableWeightedSums.builder();
    }

    /** The sums of one observation with weight {@code weight} and numeric value {@code value} (for a mean). */
    public static WeightedSums ofValue(double weight, double value) {
        checkObservation(weight, value);
        return builder()
                .count(1)
                .yesCount(0)
                .sumOfWeights(weight)
                .sumOfSquaredWeights(weight * weight)
                .sumOfWeightedValues(weight * value)
                .sumOfWeightedSquaredValues(weight * value * value)
                .sumOfWeightedYes(0)
                .build();
    }

    /** The sums of one answer with weight {@code weight} that counts as "yes" or not (for a share): its value is 1 or 0. */
    public static WeightedSums ofAnswer(double weight, boolean yes) {
        double value = yes ? 1 : 0;
        checkObservation(weight, value);
        return builder()
                .count(1)
                .yesCount(yes ? 1 : 0)
                .sumOfWeights(weight)
                .sumOfSquaredWeights(weight * weight)
                .sumOfWeightedValues(weight * value)
                .sumOfWeightedSquaredValues(weight * value)
                .sumOfWeightedYes(weight * value)
                .build();
    }

    /**
     * The sums of one observation for a mean, or the violations of {@link #WEIGHT} (field {@code "weight"}) and
     * {@link #VALUE} (field {@code "answer"}).
     */
    public static Validation<Seq<Violation>, WeightedSums> validateValue(double weight, double value) {
        return Violations.attempt(() -> ofValue(weight, value));
    }

    private static void checkObservation(double weight, double value) {
        Violations.of("weighted observation")
                .check(weight > 0 && Double.isFinite(weight), "weight", WEIGHT, weight)
                .check(Double.isFinite(value), "answer", VALUE, value)
                .throwIfAny();
    }

    @Value.Check
    final void check() {
        boolean empty = count() == 0;
        Violations.of("weighted sums")
                .check(count() >= 0, "count", COUNT_NEGATIVE, count())
                .check(yesCount() >= 0 && yesCount() <= count(), "yes_count", YES_COUNT_RANGE, yesCount())
                .check(Double.isFinite(sumOfWeights()), "sum_of_weights", FINITE, sumOfWeights())
                .check(Double.isFinite(sumOfSquaredWeights()), "sum_of_squared_weights", FINITE, sumOfSquaredWeights())
                .check(Double.isFinite(sumOfWeightedValues()), "sum_of_weighted_values", FINITE, sumOfWeightedValues())
                .check(
                        Double.isFinite(sumOfWeightedSquaredValues()),
                        "sum_of_weighted_squared_values",
                        FINITE,
                        sumOfWeightedSquaredValues())
                .check(Double.isFinite(sumOfWeightedYes()), "sum_of_weighted_yes", FINITE, sumOfWeightedYes())
                .check(
                        empty ? sumOfWeights() == 0 : sumOfWeights() > 0,
                        "sum_of_weights",
                        WEIGHTS_MATCH_COUNT,
                        sumOfWeights())
                .check(
                        empty ? sumOfSquaredWeights() == 0 : sumOfSquaredWeights() > 0,
                        "sum_of_squared_weights",
                        WEIGHTS_MATCH_COUNT,
                        sumOfSquaredWeights())
                .check(
                        sumOfWeightedYes() >= 0 && !(sumOfWeightedYes() > sumOfWeights()),
                        "sum_of_weighted_yes",
                        YES_SUM_RANGE,
                        sumOfWeightedYes())
                .check(
                        !(sumOfWeightedSquaredValues() < 0),
                        "sum_of_weighted_squared_values",
                        SQUARES_NEGATIVE,
                        sumOfWeightedSquaredValues())
                .throwIfAny();
    }

    /** The sums of this and {@code other} together: each count and each sum added. Exact, and the order is free. */
    public WeightedSums plus(WeightedSums other) {
        return builder()
                .count(count() + other.count())
                .yesCount(yesCount() + other.yesCount())
                .sumOfWeights(sumOfWeights() + other.sumOfWeights())
                .sumOfSquaredWeights(sumOfSquaredWeights() + other.sumOfSquaredWeights())
                .sumOfWeightedValues(sumOfWeightedValues() + other.sumOfWeightedValues())
                .sumOfWeightedSquaredValues(sumOfWeightedSquaredValues() + other.sumOfWeightedSquaredValues())
                .sumOfWeightedYes(sumOfWeightedYes() + other.sumOfWeightedYes())
                .build();
    }

    /** These sums plus one observation for a mean: {@code plus(ofValue(weight, value))}. */
    public WeightedSums add(double weight, double value) {
        return plus(ofValue(weight, value));
    }

    /** These sums plus one answer for a share: {@code plus(ofAnswer(weight, yes))}. */
    public WeightedSums addAnswer(double weight, boolean yes) {
        return plus(ofAnswer(weight, yes));
    }

    /**
     * Kish's effective sample size {@code n_eff = (Σw)² / Σw²}: the number of unweighted observations that would give
     * the same variance of a mean (Kish, L. (1965) <i>Survey Sampling</i>, Wiley, section 11.7). It equals {@code n}
     * when all weights are equal and is smaller otherwise; weights 1, 1, 2, 2, 4 give 100 / 26 = 3.846. Zero when
     * there are no observations.
     */
    public double effectiveSize() {
        return count() == 0 ? 0 : sumOfWeights() * sumOfWeights() / sumOfSquaredWeights();
    }

    /** The weighted share of "yes", {@code Σw·yes / Σw}, clamped to [0, 1]; none without observations. */
    public Option<Double> share() {
        return count() == 0 ? Option.none() : Option.some(Math.min(1, sumOfWeightedYes() / sumOfWeights()));
    }

    /** The weighted mean {@code ȳ = Σwy / Σw}; none without observations. */
    public Option<Double> mean() {
        return count() == 0 ? Option.none() : Option.some(sumOfWeightedValues() / sumOfWeights());
    }

    /**
     * The weighted variance with reliability weights, {@code s² = Σw(y - ȳ)² / (Σw - Σw²/Σw)}, computed as
     * {@code (Σwy² - (Σwy)²/Σw) / (Σw - Σw²/Σw)} (clamped at 0 against rounding). Equivalently
     * {@code s² = [Σw(y - ȳ)² / Σw] · n_eff / (n_eff - 1)}: the weighted second moment with Bessel's correction on
     * Kish's effective size, so that with equal weights it is the usual {@code Σ(y - ȳ)² / (n - 1)}. This is the
     * estimator of the GNU Scientific Library's {@code gsl_stats_wvariance} (GSL Reference Manual, "Weighted
     * Samples"). None when {@code n_eff <= 1} (a single observation, or all weight on one).
     */
    public Option<Double> variance() {
        double w = sumOfWeights();
        double denominator = w - sumOfSquaredWeights() / w;
        if (count() < 2 || !(denominator > 0)) {
            return Option.none();
        }
        double squares = sumOfWeightedSquaredValues() - sumOfWeightedValues() * sumOfWeightedValues() / w;
        return Option.some(Math.max(0, squares) / denominator);
    }

    /** The counts and sums, for diagnostics. */
    @Override
    public String toString() {
        return "WeightedSums{n=" + count() + ", yes=" + yesCount() + ", Σw=" + sumOfWeights() + ", Σw²="
                + sumOfSquaredWeights() + ", Σwy=" + sumOfWeightedValues() + ", Σwy²=" + sumOfWeightedSquaredValues()
                + ", Σw·yes=" + sumOfWeightedYes() + "}";
    }
}
