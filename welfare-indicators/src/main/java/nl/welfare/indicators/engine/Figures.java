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
 *
 * <p>Public so that a {@link FigureSource} other than the in-memory passes (a database, say) can hand the engine the
 * sufficient figures of a cell: it builds them with the factories below; everything computed from them stays here.
 */
public final class Figures {

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

    /** A count of {@code k} facts or distinct persons ({@code COUNT}, {@code DISTINCT_COUNT}). */
    public static Figures count(long k) {
        return new Figures(Shape.COUNT, k, 0, 0, null);
    }

    /** {@code k} of {@code n} (an unweighted share: proportions, transitions, latest assessments, networks). */
    public static Figures share(long k, long n) {
        return new Figures(Shape.SHARE, k, n, 0, null);
    }

    /** A weighted share from its sums. */
    public static Figures weightedShare(WeightedSums sums) {
        return new Figures(Shape.WEIGHTED_SHARE, sums.yesCount(), sums.count(), 0, sums);
    }

    /** {@code k} facts per {@code per} of {@code population} inhabitants. */
    public static Figures rate(long k, long population, long per) {
        return new Figures(Shape.RATE, k, population, per, null);
    }

    /** {@code k1} over {@code k2}. */
    public static Figures ratio(long k1, long k2) {
        return new Figures(Shape.RATIO, k1, k2, 0, null);
    }

    /** A (weighted) mean from its sums. */
    public static Figures mean(WeightedSums sums) {
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
        double w = sums.sumOfWeights();
        double deviations = sum - sums.shift() * w;
        return WeightedSums.builder()
                .count(sums.count())
                .yesCount(sums.yesCount())
                .sumOfWeights(w)
                .sumOfSquaredWeights(sums.sumOfSquaredWeights())
                .sumOfWeightedYes(sums.sumOfWeightedYes())
                .sumOfSquaredWeightedYes(sums.sumOfSquaredWeightedYes())
                .sumOfWeightedDeviations(deviations)
                .sumOfWeightedSquaredDeviations(
                        Math.max(sums.sumOfWeightedSquaredDeviations(), deviations * deviations / w))
                .sumOfSquaredWeightedDeviations(sums.sumOfSquaredWeightedDeviations())
                .sumOfSquaredWeightedSquaredDeviations(sums.sumOfSquaredWeightedSquaredDeviations())
                .shift(sums.shift())
                .build();
    }

    /**
     * The sums as if there were {@code count} observations of which {@code yes} count as "yes" (a share) instead of
     * {@code n} and {@code k}: each part (the "yes" and the other observations of a share; all of a mean's) is scaled by
     * its new count over its old, a part that was empty gets the average weight, and a sum of squared weights is kept
     * within what its sum allows.
     */
    private static WeightedSums scaled(WeightedSums sums, long count, long yes, boolean share) {
        if (sums.count() == 0 || count == 0) {
            return WeightedSums.EMPTY;
        }
        double average = sums.sumOfWeights() / sums.count();
        if (share) {
            long k = sums.yesCount();
            long kNew = Math.min(yes, count);
            double[] yesPart = part(k, sums.sumOfWeightedYes(), sums.sumOfSquaredWeightedYes(), kNew, average);
            double[] noPart = part(
                    sums.count() - k,
                    sums.sumOfWeights() - sums.sumOfWeightedYes(),
                    sums.sumOfSquaredWeights() - sums.sumOfSquaredWeightedYes(),
                    count - kNew,
                    average);
            return WeightedSums.builder()
                    .count(count)
                    .yesCount(kNew)
                    .sumOfWeights(yesPart[0] + noPart[0])
                    .sumOfSquaredWeights(yesPart[1] + noPart[1])
                    .sumOfWeightedYes(yesPart[0])
                    .sumOfSquaredWeightedYes(yesPart[1])
                    .sumOfWeightedDeviations(yesPart[0])
                    .sumOfWeightedSquaredDeviations(yesPart[0])
                    .sumOfSquaredWeightedDeviations(yesPart[1])
                    .sumOfSquaredWeightedSquaredDeviations(yesPart[1])
                    .build();
        }
        double f = (double) count / sums.count();
        double[] weights = part(sums.count(), sums.sumOfWeights(), sums.sumOfSquaredWeights(), count, average);
        double t1 = sums.sumOfSquaredWeightedDeviations() * f;
        return WeightedSums.builder()
                .count(count)
                .yesCount(0)
                .sumOfWeights(weights[0])
                .sumOfSquaredWeights(weights[1])
                .sumOfWeightedYes(0)
                .sumOfSquaredWeightedYes(0)
                .sumOfWeightedDeviations(sums.sumOfWeightedDeviations() * f)
                .sumOfWeightedSquaredDeviations(sums.sumOfWeightedSquaredDeviations() * f)
                .sumOfSquaredWeightedDeviations(t1)
                .sumOfSquaredWeightedSquaredDeviations(
                        Math.max(sums.sumOfSquaredWeightedSquaredDeviations() * f, t1 * t1 / weights[1]))
                .shift(sums.shift())
                .build();
    }

    /**
     * The sum of weights and of squared weights of a part of {@code m} observations scaled to {@code mNew}: both
     * times {@code mNew / m}, the squares at most the squared sum (Kish's size at least 1); the average weight for a
     * part that had none.
     */
    private static double[] part(long m, double sum, double squares, long mNew, double average) {
        if (mNew == 0) {
            return new double[] {0, 0};
        }
        if (m == 0) {
            return new double[] {mNew * average, mNew * average * average};
        }
        double f = (double) mNew / m;
        double scaled = Math.max(0, sum) * f;
        return new double[] {scaled, Math.min(Math.max(0, squares) * f, scaled * scaled)};
    }

    /**
     * The change from {@code baseline} (of the same shape) to these figures: Newcombe for shares, on the design-based
     * effective sizes when weighted; Welch on the linearised variances for means; MOVER on the Poisson limits for rates
     * and for counts (a count's level varies by chance from period to period too); the plain difference without
     * interval for ratios (no tested method). None when either side has no value.
     */
    Option<Change> change(Figures baseline, ConfidenceLevel confidence) {
        Option<Estimate> now = estimate(confidence);
        Option<Estimate> then = baseline.estimate(confidence);
        if (now.isEmpty() || then.isEmpty() || shape != baseline.shape) {
            return Option.none();
        }
        double plain = now.get().value() - then.get().value();
        Option<Difference> tested = switch (shape) {
            case RATIO -> Option.none();
            case COUNT -> Option.some(Differences.ofCounts(k, baseline.k, confidence));
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
