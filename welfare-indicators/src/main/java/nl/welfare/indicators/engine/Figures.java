package nl.welfare.indicators.engine;

import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import nl.welfare.indicators.disclosure.Published;
import nl.welfare.indicators.disclosure.RoundingKey;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Difference;
import nl.welfare.indicators.stats.Differences;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.stats.Means;
import nl.welfare.indicators.stats.Proportions;
import nl.welfare.indicators.stats.Rates;
import nl.welfare.indicators.stats.Ratios;
import nl.welfare.indicators.stats.WeightedSums;
import org.jspecify.annotations.Nullable;

/**
 * What one result is computed from, before disclosure control: the counts (or sums) of one indicator in one cell and
 * period, by the shape of its kind. From them come the published numbers, the estimate, the quantities disclosure
 * control looks at, the figures again after rounding, and the change against the baseline's figures.
 *
 * <ul>
 *   <li>{@link Shape#COUNT}: {@code k} facts or persons.
 *   <li>{@link Shape#SHARE}: {@code k} of {@code n} (proportions, transitions, latest assessments, networks, threshold
 *       shares).
 *   <li>{@link Shape#WEIGHTED_SHARE} and {@link Shape#MEAN}: the {@link WeightedSums}.
 *   <li>{@link Shape#RATE}: {@code k} per {@code per} of {@code n} inhabitants.
 *   <li>{@link Shape#RATIO}: {@code k} over {@code n}.
 * </ul>
 */
final class Figures {

    /** How a result is computed from its figures. */
    enum Shape {
        COUNT,
        SHARE,
        WEIGHTED_SHARE,
        RATE,
        RATIO,
        MEAN
    }

    final Shape shape;
    final long k;
    final long n;
    final long per;
    private final @Nullable WeightedSums sums;

    private Figures(Shape shape, long k, long n, long per, @Nullable WeightedSums sums) {
        this.shape = shape;
        this.k = k;
        this.n = n;
        this.per = per;
        this.sums = sums;
    }

    static Figures count(long k) {
        return new Figures(Shape.COUNT, k, 0, 0, null);
    }

    static Figures share(long k, long n) {
        return new Figures(Shape.SHARE, k, n, 0, null);
    }

    static Figures weightedShare(WeightedSums sums) {
        return new Figures(Shape.WEIGHTED_SHARE, sums.yesCount(), sums.count(), 0, sums);
    }

    static Figures rate(long k, long population, long per) {
        return new Figures(Shape.RATE, k, population, per, null);
    }

    static Figures ratio(long k1, long k2) {
        return new Figures(Shape.RATIO, k1, k2, 0, null);
    }

    static Figures mean(WeightedSums sums) {
        return new Figures(Shape.MEAN, 0, sums.count(), 0, sums);
    }

    private WeightedSums sums() {
        if (sums == null) {
            throw new IllegalStateException(shape + " has no sums");
        }
        return sums;
    }

    /** The estimate with its interval, or none when the figures give no value (no observations, a zero divisor). */
    Option<Estimate> estimate(ConfidenceLevel confidence) {
        return switch (shape) {
            case COUNT -> Option.some(Estimate.withoutInterval(k));
            case SHARE -> Proportions.wilson(k, n, confidence);
            case WEIGHTED_SHARE -> Proportions.weighted(sums(), confidence);
            case RATE -> Rates.rate(k, n, per, confidence);
            case RATIO -> Ratios.ratio(k, n, confidence);
            case MEAN -> Means.mean(sums(), confidence);
        };
    }

    /** The {@code numerator} column. */
    double numerator() {
        return switch (shape) {
            case COUNT, SHARE, RATE, RATIO -> k;
            case WEIGHTED_SHARE -> sums().sumOfWeightedYes();
            case MEAN -> sums().sumOfWeightedValues();
        };
    }

    /** The {@code denominator} column; empty for a count. */
    Optional<Double> denominator() {
        return switch (shape) {
            case COUNT -> Optional.empty();
            case SHARE, RATE, RATIO -> Optional.of((double) n);
            case WEIGHTED_SHARE, MEAN -> Optional.of(sums().sumOfWeights());
        };
    }

    /** The {@code sample_size} column: the unweighted records or persons behind the value. */
    long sampleSize() {
        return switch (shape) {
            case COUNT, RATE -> k;
            case SHARE, WEIGHTED_SHARE, MEAN -> n;
            case RATIO -> k + n;
        };
    }

    /** The sum of weights of a weighted share or mean. */
    double sumOfWeights() {
        return sums().sumOfWeights();
    }

    /** The sum of weighted values of a mean (of weighted "yes" of a share). */
    double sumOfWeightedValues() {
        return sums().sumOfWeightedValues();
    }

    /**
     * The figures again from the published, rounded counts ({@code published}: its counts in the order of the result's
     * counts, and a share's numerator). The sums of a weighted share are scaled to the rounded counts (the weights by
     * {@code n'/n}, the "yes" weights by {@code k'/k}), so that with weights of 1 it is exactly the rounded share
     * {@code k'/n'} and the effective sample size shrinks or grows with the count. A mean's sums are scaled by {@code
     * n'/n} and its sum of values then randomly rounded to a whole number with the publisher's {@code key} (drawn for
     * {@code identity}), so that its value times its published count is a whole number that reveals nothing finer.
     */
    Figures rounded(Published published, RoundingKey key, String identity) {
        List<Long> counts = published.counts();
        long first = counts.get(0);
        return switch (shape) {
            case COUNT -> count(first);
            case RATE -> rate(first, n, per);
            case SHARE -> share(published.numerator().orElse(0L), first);
            case RATIO -> ratio(first, counts.get(1));
            case WEIGHTED_SHARE ->
                weightedShare(scaled(sums(), first, published.numerator().orElse(0L), true));
            case MEAN -> mean(roundedSum(scaled(sums(), first, 0, false), key, identity));
        };
    }

    private static WeightedSums roundedSum(WeightedSums sums, RoundingKey key, String identity) {
        if (sums.count() == 0) {
            return sums;
        }
        double sum = key.roundToWhole(sums.sumOfWeightedValues(), identity + "#sum");
        return WeightedSums.builder()
                .count(sums.count())
                .yesCount(sums.yesCount())
                .sumOfWeights(sums.sumOfWeights())
                .sumOfSquaredWeights(sums.sumOfSquaredWeights())
                .sumOfWeightedValues(sum)
                .sumOfWeightedSquaredValues(
                        Math.max(sums.sumOfWeightedSquaredValues(), sum * sum / Math.max(sums.sumOfWeights(), 1e-300)))
                .sumOfWeightedYes(sums.sumOfWeightedYes())
                .build();
    }

    private static WeightedSums scaled(WeightedSums sums, long count, long yes, boolean share) {
        if (sums.count() == 0 || count == 0) {
            return WeightedSums.EMPTY;
        }
        double f = (double) count / sums.count();
        double fYes = sums.yesCount() == 0 ? 0 : (double) yes / sums.yesCount();
        double weights = sums.sumOfWeights() * f;
        double weightedYes = Math.min(weights, sums.sumOfWeightedYes() * fYes);
        return WeightedSums.builder()
                .count(count)
                .yesCount(Math.min(yes, count))
                .sumOfWeights(weights)
                .sumOfSquaredWeights(sums.sumOfSquaredWeights() * f)
                .sumOfWeightedValues(share ? weightedYes : sums.sumOfWeightedValues() * f)
                .sumOfWeightedSquaredValues(share ? weightedYes : sums.sumOfWeightedSquaredValues() * f)
                .sumOfWeightedYes(weightedYes)
                .build();
    }

    /**
     * The change from {@code baseline} (of the same shape) to these figures: Newcombe for shares, on the Kish effective
     * sizes when weighted; Welch for means; the Poisson-variance normal approximation for rates; the plain difference
     * without interval for counts (a full count has no sampling error) and ratios (no tested method). None when either
     * side has no value.
     */
    Option<Change> change(Figures baseline, ConfidenceLevel confidence) {
        Option<Estimate> now = estimate(confidence);
        Option<Estimate> then = baseline.estimate(confidence);
        if (now.isEmpty() || then.isEmpty() || shape != baseline.shape) {
            return Option.none();
        }
        double plain = now.get().value() - then.get().value();
        Option<Difference> tested = switch (shape) {
            case COUNT, RATIO -> Option.none();
            case SHARE -> Differences.ofProportions(k, n, baseline.k, baseline.n, confidence);
            case WEIGHTED_SHARE -> Differences.ofWeightedProportions(sums(), baseline.sums(), confidence);
            case MEAN -> Differences.ofMeans(sums(), baseline.sums(), confidence);
            case RATE -> Differences.ofRates(k, n, baseline.k, baseline.n, per, confidence);
        };
        if (tested.isDefined()) {
            return Option.some(new Change(tested.get().value(), Option.some(tested.get())));
        }
        return Option.some(new Change(plain, Option.none()));
    }

    /** A change: its value, and the tested difference when the kind has a method. */
    record Change(double value, Option<Difference> tested) {}
}
