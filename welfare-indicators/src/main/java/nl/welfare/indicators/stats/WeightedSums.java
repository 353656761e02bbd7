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
 * of them count as "yes" for a share, the sums of the weights {@code Σw} and {@code Σw²}, of the weights of the "yes"
 * observations {@code Σw·yes} and {@code Σw²·yes}, and the sums of the values' deviations from a {@linkplain #shift()
 * shift} {@code c}: {@code Σw(y-c)}, {@code Σw(y-c)²}, {@code Σw²(y-c)} and {@code Σw²(y-c)²}. Everything a weighted
 * share or mean and its interval need is computed from these sums, and sums of disjoint parts combine by {@link
 * #plus(WeightedSums)}: the figure for a district is computed from the sums of its neighbourhoods, never by averaging
 * their figures.
 *
 * <p>The shift keeps the variances exact for answers far from zero (a year, an income): {@link #add(double, double)}
 * takes the first value as the shift, so the deviations stay small and no digits are lost when squares of large
 * numbers are subtracted. Sums computed elsewhere (a database's {@code SUM(w * w * (y - 5))}) may use any shift,
 * {@code 0} included, at the price of those digits.
 *
 * <p>For a share, add each valid answer with {@link #addAnswer(double, boolean)} (its value is 1 for "yes", else 0);
 * for a mean, add it with {@link #add(double, double)}. Unweighted data is data with every weight 1: then
 * {@link #effectiveSize()} is {@code n}.
 *
 * <pre>{@code
 * WeightedSums north = WeightedSums.EMPTY.add(1, 7).add(2, 8);
 * WeightedSums south = WeightedSums.ofValue(2, 6).add(4, 9);
 * WeightedSums district = north.plus(south);   // the same as adding all four answers
 * district.effectiveSize();                    // Kish: (1+2+2+4)^2 / (1+4+4+16) = 3.24
 * district.varianceOfMean();                   // the linearised variance of the weighted mean
 * Means.mean(district, ConfidenceLevel.DEFAULT);
 * }</pre>
 *
 * <p>Every sum is checked on construction: besides signs and finiteness, the sums must be possible for some
 * observations (Cauchy-Schwarz), so that an effective size above {@code n} or below 1, or a sum of squares too small
 * for its sum, is refused with a rule instead of giving an absurd interval.
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

    /** Rule: a weighted "yes" sum below zero or above the sum of weights, or not matching the "yes" count. */
    public static final Rule YES_SUM_RANGE = Rule.of(
            "weighted-sums.yes-sum-range",
            "must lie between 0 and the sum of weights, be 0 without \"yes\" and the sum of weights when all are");

    /** Rule: a negative sum of weighted squared deviations. */
    public static final Rule SQUARES_NEGATIVE = Rule.of("weighted-sums.squares-negative", "must not be negative");

    /**
     * Rule: a sum of squared weights that no {@code n} positive weights with this sum can have: it must lie between
     * {@code (Σw)²/n} and {@code (Σw)²} (Cauchy-Schwarz), that is, Kish's effective size between 1 and {@code n}.
     */
    public static final Rule SQUARED_WEIGHTS_RANGE = Rule.of(
            "weighted-sums.squared-weights-range",
            "must lie between (Σw)²/n and (Σw)², so that the effective size lies between 1 and n");

    /**
     * Rule: a sum of squares smaller than its sum allows: {@code Σw(y-c)² >= (Σw(y-c))²/Σw}, {@code Σw²(y-c)² >=
     * (Σw²(y-c))²/Σw²} and {@code (Σw·yes)²/yes <= Σw²·yes <= (Σw·yes)²} (Cauchy-Schwarz).
     */
    public static final Rule CAUCHY_SCHWARZ = Rule.of(
            "weighted-sums.cauchy-schwarz",
            "must be a sum of squares that some observations can have (Cauchy-Schwarz)");

    /**
     * The smallest Kish effective size ({@link #effectiveSize()}) at which a mean gets an interval: less than two
     * observations' worth of information gives none, however many observations there are.
     */
    public static final double MINIMUM_EFFECTIVE_SIZE = 2;

    /** Relative slack for the checks between sums, against rounding in sums of many terms. */
    private static final double SLACK = 1e-9;

    /** No observations at all: the start of every sum. */
    public static final WeightedSums EMPTY = builder()
            .count(0)
            .yesCount(0)
            .sumOfWeights(0)
            .sumOfSquaredWeights(0)
            .sumOfWeightedYes(0)
            .sumOfSquaredWeightedYes(0)
            .sumOfWeightedDeviations(0)
            .sumOfWeightedSquaredDeviations(0)
            .sumOfSquaredWeightedDeviations(0)
            .sumOfSquaredWeightedSquaredDeviations(0)
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

    /** {@code Σw} over the "yes" observations: a weighted share's numerator. */
    public abstract double sumOfWeightedYes();

    /** {@code Σw²} over the "yes" observations. */
    public abstract double sumOfSquaredWeightedYes();

    /** {@code Σw(y-c)}, with {@code c} the {@link #shift()}. */
    public abstract double sumOfWeightedDeviations();

    /** {@code Σw(y-c)²}. */
    public abstract double sumOfWeightedSquaredDeviations();

    /** {@code Σw²(y-c)}. */
    public abstract double sumOfSquaredWeightedDeviations();

    /** {@code Σw²(y-c)²}. */
    public abstract double sumOfSquaredWeightedSquaredDeviations();

    /**
     * {@code c}: the value the deviations are taken from; 0 unless set. Any shift gives the same figures; one near the
     * values keeps more digits.
     */
    @Value.Default
    public double shift() {
        return 0;
    }

    /**
     * A staged builder of sums computed elsewhere (for example by a database's {@code SUM(weight * weight)}); checks
     * every rule on {@code build()}. The shift is optional and 0 by default.
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
                .sumOfWeightedYes(0)
                .sumOfSquaredWeightedYes(0)
                .sumOfWeightedDeviations(0)
                .sumOfWeightedSquaredDeviations(0)
                .sumOfSquaredWeightedDeviations(0)
                .sumOfSquaredWeightedSquaredDeviations(0)
                .shift(value)
                .build();
    }

    /** The sums of one answer with weight {@code weight} that counts as "yes" or not (for a share): its value is 1 or 0. */
    public static WeightedSums ofAnswer(double weight, boolean yes) {
        double value = yes ? 1 : 0;
        checkObservation(weight, value);
        double w2 = weight * weight;
        return builder()
                .count(1)
                .yesCount(yes ? 1 : 0)
                .sumOfWeights(weight)
                .sumOfSquaredWeights(w2)
                .sumOfWeightedYes(weight * value)
                .sumOfSquaredWeightedYes(w2 * value)
                .sumOfWeightedDeviations(weight * value)
                .sumOfWeightedSquaredDeviations(weight * value)
                .sumOfSquaredWeightedDeviations(w2 * value)
                .sumOfSquaredWeightedSquaredDeviations(w2 * value)
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
        double w = sumOfWeights();
        double w2 = sumOfSquaredWeights();
        double yes = sumOfWeightedYes();
        double yes2 = sumOfSquaredWeightedYes();
        Violations violations = Violations.of("weighted sums")
                .check(count() >= 0, "count", COUNT_NEGATIVE, count())
                .check(yesCount() >= 0 && yesCount() <= count(), "yes_count", YES_COUNT_RANGE, yesCount())
                .check(Double.isFinite(w), "sum_of_weights", FINITE, w)
                .check(Double.isFinite(w2), "sum_of_squared_weights", FINITE, w2)
                .check(Double.isFinite(yes), "sum_of_weighted_yes", FINITE, yes)
                .check(Double.isFinite(yes2), "sum_of_squared_weighted_yes", FINITE, yes2)
                .check(Double.isFinite(shift()), "shift", FINITE, shift())
                .check(
                        Double.isFinite(sumOfWeightedDeviations()),
                        "sum_of_weighted_deviations",
                        FINITE,
                        sumOfWeightedDeviations())
                .check(
                        Double.isFinite(sumOfWeightedSquaredDeviations()),
                        "sum_of_weighted_squared_deviations",
                        FINITE,
                        sumOfWeightedSquaredDeviations())
                .check(
                        Double.isFinite(sumOfSquaredWeightedDeviations()),
                        "sum_of_squared_weighted_deviations",
                        FINITE,
                        sumOfSquaredWeightedDeviations())
                .check(
                        Double.isFinite(sumOfSquaredWeightedSquaredDeviations()),
                        "sum_of_squared_weighted_squared_deviations",
                        FINITE,
                        sumOfSquaredWeightedSquaredDeviations())
                .check(empty ? w == 0 : w > 0, "sum_of_weights", WEIGHTS_MATCH_COUNT, w)
                .check(empty ? w2 == 0 : w2 > 0, "sum_of_squared_weights", WEIGHTS_MATCH_COUNT, w2)
                .check(
                        yes >= 0
                                && atMost(yes, w)
                                && (yesCount() != 0 || yes == 0)
                                && (yesCount() != count() || empty || near(yes, w)),
                        "sum_of_weighted_yes",
                        YES_SUM_RANGE,
                        yes)
                .check(
                        !(sumOfWeightedSquaredDeviations() < 0),
                        "sum_of_weighted_squared_deviations",
                        SQUARES_NEGATIVE,
                        sumOfWeightedSquaredDeviations())
                .check(
                        !(sumOfSquaredWeightedSquaredDeviations() < 0),
                        "sum_of_squared_weighted_squared_deviations",
                        SQUARES_NEGATIVE,
                        sumOfSquaredWeightedSquaredDeviations());
        violations.throwIfAny();
        if (empty) {
            violations
                    .check(
                            yes2 == 0
                                    && sumOfWeightedDeviations() == 0
                                    && sumOfWeightedSquaredDeviations() == 0
                                    && sumOfSquaredWeightedDeviations() == 0
                                    && sumOfSquaredWeightedSquaredDeviations() == 0,
                            "sums",
                            WEIGHTS_MATCH_COUNT,
                            0)
                    .throwIfAny();
            return;
        }
        violations
                .check(
                        atLeast(w2, w * w / count()) && atMost(w2, w * w),
                        "sum_of_squared_weights",
                        SQUARED_WEIGHTS_RANGE,
                        w2)
                .check(
                        yesCount() == 0
                                ? yes2 == 0
                                : atLeast(yes2, yes * yes / yesCount()) && atMost(yes2, yes * yes) && atMost(yes2, w2),
                        "sum_of_squared_weighted_yes",
                        CAUCHY_SCHWARZ,
                        yes2)
                .check(
                        atLeast(sumOfWeightedSquaredDeviations(), square(sumOfWeightedDeviations()) / w),
                        "sum_of_weighted_squared_deviations",
                        CAUCHY_SCHWARZ,
                        sumOfWeightedSquaredDeviations())
                .check(
                        atLeast(sumOfSquaredWeightedSquaredDeviations(), square(sumOfSquaredWeightedDeviations()) / w2),
                        "sum_of_squared_weighted_squared_deviations",
                        CAUCHY_SCHWARZ,
                        sumOfSquaredWeightedSquaredDeviations())
                .throwIfAny();
    }

    private static double square(double x) {
        return x * x;
    }

    /** {@code a >= b} up to rounding in sums of many terms. */
    private static boolean atLeast(double a, double b) {
        return a >= b - SLACK * (Math.abs(a) + Math.abs(b)) - Double.MIN_NORMAL;
    }

    private static boolean atMost(double a, double b) {
        return atLeast(b, a);
    }

    private static boolean near(double a, double b) {
        return atLeast(a, b) && atMost(a, b);
    }

    /**
     * The sums of this and {@code other} together: each count and each sum added, the deviations of {@code other}
     * moved to this shift first (the shift of {@code other} when this is empty). Exact up to rounding, and the order is
     * free up to rounding.
     */
    public WeightedSums plus(WeightedSums other) {
        if (other.count() == 0) {
            return this;
        }
        if (count() == 0) {
            return other;
        }
        WeightedSums moved = other.shifted(shift());
        return builder()
                .count(count() + other.count())
                .yesCount(yesCount() + other.yesCount())
                .sumOfWeights(sumOfWeights() + other.sumOfWeights())
                .sumOfSquaredWeights(sumOfSquaredWeights() + other.sumOfSquaredWeights())
                .sumOfWeightedYes(sumOfWeightedYes() + other.sumOfWeightedYes())
                .sumOfSquaredWeightedYes(sumOfSquaredWeightedYes() + other.sumOfSquaredWeightedYes())
                .sumOfWeightedDeviations(sumOfWeightedDeviations() + moved.sumOfWeightedDeviations())
                .sumOfWeightedSquaredDeviations(
                        sumOfWeightedSquaredDeviations() + moved.sumOfWeightedSquaredDeviations())
                .sumOfSquaredWeightedDeviations(
                        sumOfSquaredWeightedDeviations() + moved.sumOfSquaredWeightedDeviations())
                .sumOfSquaredWeightedSquaredDeviations(
                        sumOfSquaredWeightedSquaredDeviations() + moved.sumOfSquaredWeightedSquaredDeviations())
                .shift(shift())
                .build();
    }

    /**
     * The same sums with the deviations taken from {@code to}: with {@code δ = c - to}, {@code Σw(y-to) = Σw(y-c) +
     * δΣw}, {@code Σw(y-to)² = Σw(y-c)² + 2δΣw(y-c) + δ²Σw}, and the same with {@code w²}.
     */
    public WeightedSums shifted(double to) {
        double delta = shift() - to;
        if (delta == 0) {
            return this;
        }
        double w = sumOfWeights();
        double w2 = sumOfSquaredWeights();
        double s1 = sumOfWeightedDeviations();
        double t1 = sumOfSquaredWeightedDeviations();
        return builder()
                .count(count())
                .yesCount(yesCount())
                .sumOfWeights(w)
                .sumOfSquaredWeights(w2)
                .sumOfWeightedYes(sumOfWeightedYes())
                .sumOfSquaredWeightedYes(sumOfSquaredWeightedYes())
                .sumOfWeightedDeviations(s1 + delta * w)
                .sumOfWeightedSquaredDeviations(sumOfWeightedSquaredDeviations() + delta * (2 * s1 + delta * w))
                .sumOfSquaredWeightedDeviations(t1 + delta * w2)
                .sumOfSquaredWeightedSquaredDeviations(
                        sumOfSquaredWeightedSquaredDeviations() + delta * (2 * t1 + delta * w2))
                .shift(to)
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

    /** {@code Σwy}: the weighted sum of the values, {@code Σw(y-c) + cΣw}. */
    public double sumOfWeightedValues() {
        return sumOfWeightedDeviations() + shift() * sumOfWeights();
    }

    /** {@code Σwy²}, {@code Σw(y-c)² + 2cΣw(y-c) + c²Σw}: for reading, not for variances (it loses digits). */
    public double sumOfWeightedSquaredValues() {
        double c = shift();
        return sumOfWeightedSquaredDeviations() + c * (2 * sumOfWeightedDeviations() + c * sumOfWeights());
    }

    /**
     * Kish's effective sample size {@code n_eff = (Σw)² / Σw²}: the number of unweighted observations that would give
     * the same variance of a mean if the weights were unrelated to the answers (Kish, L. (1965) <i>Survey
     * Sampling</i>, Wiley, section 11.7). It equals {@code n} when all weights are equal and is smaller otherwise;
     * weights 1, 1, 2, 2, 4 give 100 / 26 = 3.846. Zero when there are no observations. The intervals use the
     * linearised variances instead ({@link #varianceOfMean()}, {@link #varianceOfShare()}); this size only decides
     * whether a mean has enough information for one ({@link #MINIMUM_EFFECTIVE_SIZE}) and stands in for a share of 0
     * or 1, whose linearised variance is 0.
     */
    public double effectiveSize() {
        return count() == 0 ? 0 : sumOfWeights() * sumOfWeights() / sumOfSquaredWeights();
    }

    /** The weighted share of "yes", {@code Σw·yes / Σw}, clamped to [0, 1]; none without observations. */
    public Option<Double> share() {
        return count() == 0 ? Option.none() : Option.some(Math.min(1, sumOfWeightedYes() / sumOfWeights()));
    }

    /** The weighted mean {@code ȳ = Σwy / Σw}, computed as {@code c + Σw(y-c)/Σw}; none without observations. */
    public Option<Double> mean() {
        return count() == 0 ? Option.none() : Option.some(shift() + sumOfWeightedDeviations() / sumOfWeights());
    }

    /**
     * The linearised (Taylor series) variance of the weighted mean, the survey standard for a design with weights
     * only:
     *
     * <pre>{@code
     * v(ȳ) = n/(n-1) · Σw²(y - ȳ)² / (Σw)²
     * }</pre>
     *
     * <p>computed from the deviations as {@code Σw²(y-ȳ)² = Σw²(y-c)² - 2dΣw²(y-c) + d²Σw²} with {@code d = ȳ - c},
     * clamped at 0 against rounding. It does not assume that the weights are unrelated to the answers, as Kish's
     * effective size does: post-stratification weights are related to them. With all weights equal it is {@code s²/n},
     * the square of Student's standard error. R's {@code survey} package gives the same for
     * {@code svymean(~y, svydesign(ids = ~1, weights = ~w, data = d))}. None with fewer than two observations. Source:
     * Wolter, K.M. (2007) <i>Introduction to Variance Estimation</i>, 2nd edition, Springer, chapter 6 (Taylor series
     * methods); Lumley, T. (2010) <i>Complex Surveys: A Guide to Analysis Using R</i>, Wiley, section 2.2.
     */
    public Option<Double> varianceOfMean() {
        if (count() < 2) {
            return Option.none();
        }
        double w = sumOfWeights();
        double w2 = sumOfSquaredWeights();
        double d = sumOfWeightedDeviations() / w;
        double squares = sumOfSquaredWeightedSquaredDeviations() - d * (2 * sumOfSquaredWeightedDeviations() - d * w2);
        return Option.some(linearised(squares, w));
    }

    /**
     * The linearised variance of the weighted share {@code p}: the variance of the weighted mean of the answers coded
     * 1 for "yes" and 0 otherwise, {@code n/(n-1) · Σw²(yes - p)² / (Σw)²}, with {@code Σw²(yes - p)² = (1 - 2p)Σw²·yes
     * + p²Σw²}. None with fewer than two observations.
     */
    public Option<Double> varianceOfShare() {
        if (count() < 2) {
            return Option.none();
        }
        double p = share().get();
        double squares = (1 - 2 * p) * sumOfSquaredWeightedYes() + p * p * sumOfSquaredWeights();
        return Option.some(linearised(squares, sumOfWeights()));
    }

    private double linearised(double squares, double w) {
        double n = count();
        return n / (n - 1) * Math.max(0, squares) / (w * w);
    }

    /**
     * The design-based effective size of the weighted share, {@code p(1 - p) / v} with {@code v} its linearised
     * variance ({@link #varianceOfShare()}): the number of unweighted answers that would give the share the same
     * variance. With all weights equal it is {@code n - 1}. Kish's effective size where {@code p} is 0 or 1 (where the
     * linearised variance is 0) or with a single observation. Zero without observations. Source: Korn, E.L. and
     * Graubard, B.I. (1998) "Confidence intervals for proportions with small expected number of positive counts
     * estimated from survey data", <i>Survey Methodology</i> 24:193-201, who define this effective size (and use it in
     * Clopper-Pearson intervals; this library uses it in Wilson's).
     */
    public double shareEffectiveSize() {
        if (count() == 0) {
            return 0;
        }
        double p = share().get();
        Option<Double> v = varianceOfShare();
        if (p <= 0 || p >= 1 || v.isEmpty() || !(v.get() > 0)) {
            return effectiveSize();
        }
        return p * (1 - p) / v.get();
    }

    /** The counts and sums, for diagnostics. */
    @Override
    public String toString() {
        return "WeightedSums{n=" + count() + ", yes=" + yesCount() + ", Σw=" + sumOfWeights() + ", Σw²="
                + sumOfSquaredWeights() + ", Σw·yes=" + sumOfWeightedYes() + ", Σw²·yes=" + sumOfSquaredWeightedYes()
                + ", c=" + shift() + ", Σw(y-c)=" + sumOfWeightedDeviations() + ", Σw(y-c)²="
                + sumOfWeightedSquaredDeviations() + ", Σw²(y-c)=" + sumOfSquaredWeightedDeviations()
                + ", Σw²(y-c)²=" + sumOfSquaredWeightedSquaredDeviations() + "}";
    }
}
