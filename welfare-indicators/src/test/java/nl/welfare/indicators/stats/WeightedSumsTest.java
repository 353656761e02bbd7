package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.rulesBrokenBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Weighted sums")
class WeightedSumsTest {

    private static WeightedSums weights(double... weights) {
        WeightedSums sums = WeightedSums.EMPTY;
        for (double w : weights) {
            sums = sums.add(w, 1);
        }
        return sums;
    }

    @Test
    @DisplayName("give Kish's effective sample size: weights 1, 1, 2, 2, 4 count as 100 / 26 = 3.846 observations")
    void kish() {
        WeightedSums sums = weights(1, 1, 2, 2, 4);
        assertEquals(10, sums.sumOfWeights());
        assertEquals(26, sums.sumOfSquaredWeights());
        assertEquals(100.0 / 26, sums.effectiveSize(), 1e-15);
        assertEquals(3.846, sums.effectiveSize(), 0.0005);
    }

    @Test
    @DisplayName("count every observation when the weights are equal")
    void equalWeights() {
        assertEquals(5, weights(1, 1, 1, 1, 1).effectiveSize());
        assertEquals(4, weights(2.5, 2.5, 2.5, 2.5).effectiveSize(), 1e-12);
        assertEquals(0, WeightedSums.EMPTY.effectiveSize());
    }

    @Test
    @DisplayName("give the weighted share and mean with their linearised variances, worked by hand")
    void moments() {
        // weights 1, 1, 2, 2, 4; values 5, 7, 6, 8, 9; "yes" for the 1st, 3rd and 5th
        WeightedSums sums =
                WeightedSums.EMPTY.add(1, 5).add(1, 7).add(2, 6).add(2, 8).add(4, 9);
        assertEquals(7.6, sums.mean().get(), 1e-12); // (5 + 7 + 12 + 16 + 36) / 10
        /*
         * The linearised variance n/(n-1) · Σw²(y - ȳ)² / (Σw)², by hand: the deviations from 7.6 are -2.6, -0.6,
         * -1.6, 0.4, 1.4; times w² = 1, 1, 4, 4, 16 their squares give 6.76 + 0.36 + 10.24 + 0.64 + 31.36 = 49.36;
         * 5/4 · 49.36 / 10² = 0.617. (R: svymean(~y, svydesign(ids = ~1, weights = ~w, data = d)) has SE
         * sqrt(0.617) = 0.7855.) Kish's effective size with the reliability variance would give 20.4/7.4/3.846 =
         * 0.7168: a different, model-based figure.
         */
        assertEquals(0.617, sums.varianceOfMean().get(), 1e-12);
        WeightedSums answers = WeightedSums.EMPTY
                .addAnswer(1, true)
                .addAnswer(1, false)
                .addAnswer(2, true)
                .addAnswer(2, false)
                .addAnswer(4, true);
        assertEquals(0.7, answers.share().get(), 1e-15);
        assertEquals(3, answers.yesCount());
        assertEquals(5, answers.count());
        assertEquals(7, answers.sumOfWeightedYes());
        assertEquals(21, answers.sumOfSquaredWeightedYes());
        /*
         * For the share p = 0.7 the answers are 1, 0, 1, 0, 1, so the deviations are 0.3, -0.7, 0.3, -0.7, 0.3; times
         * w² their squares give 0.09 + 0.49 + 0.36 + 1.96 + 1.44 = 4.34 (the same as (1 - 2p)Σw²·yes + p²Σw² = -0.4 ·
         * 21 + 0.49 · 26); 5/4 · 4.34 / 100 = 0.05425, and the design-based effective size is 0.21 / 0.05425 =
         * 3.870968, where Kish's is 3.846154.
         */
        assertEquals(0.05425, answers.varianceOfShare().get(), 1e-12);
        assertEquals(0.21 / 0.05425, answers.shareEffectiveSize(), 1e-9);
        assertEquals(0.05425, answers.varianceOfMean().get(), 1e-12);
    }

    @Test
    @DisplayName("give a share of 0 or 1 Kish's effective size, whose linearised variance is 0")
    void shareAtTheEdge() {
        WeightedSums none = WeightedSums.EMPTY.addAnswer(1, false).addAnswer(3, false);
        assertEquals(0, none.varianceOfShare().get(), 1e-15);
        assertEquals(16.0 / 10, none.shareEffectiveSize(), 1e-12);
        WeightedSums one = WeightedSums.ofAnswer(2, true);
        assertEquals(1, one.shareEffectiveSize(), 1e-12);
        assertEquals(0, WeightedSums.EMPTY.shareEffectiveSize());
    }

    @Test
    @DisplayName("keep every digit of the variance for answers far from zero")
    void largeOffset() {
        WeightedSums near = WeightedSums.EMPTY.add(1, 1).add(2, 2).add(3, 3).add(1.5, 4);
        WeightedSums far = WeightedSums.EMPTY;
        for (double[] o : new double[][] {{1, 1}, {2, 2}, {3, 3}, {1.5, 4}}) {
            far = far.add(o[0], 1e9 + o[1]);
        }
        assertEquals(near.mean().get() + 1e9, far.mean().get(), 1e-6);
        assertEquals(near.varianceOfMean().get(), far.varianceOfMean().get(), 1e-12);
        // the same, added in another order and in parts with their own shifts
        WeightedSums parts = WeightedSums.ofValue(1.5, 1e9 + 4)
                .add(3, 1e9 + 3)
                .plus(WeightedSums.ofValue(2, 1e9 + 2).add(1, 1e9 + 1));
        assertEquals(near.varianceOfMean().get(), parts.varianceOfMean().get(), 1e-12);
    }

    @Test
    @DisplayName("with equal weights give the square of Student's standard error, s² / n")
    void unweightedVariance() {
        WeightedSums sums = WeightedSums.EMPTY.add(1, 7).add(1, 8).add(1, 6);
        assertEquals(1.0 / 3, sums.varianceOfMean().get(), 1e-12);
        WeightedSums heavy = WeightedSums.EMPTY.add(2.5, 7).add(2.5, 8).add(2.5, 6);
        assertEquals(1.0 / 3, heavy.varianceOfMean().get(), 1e-12);
    }

    @Test
    @DisplayName("have no share, mean or variance without observations, and no variance with one")
    void notComputable() {
        assertEquals(Option.none(), WeightedSums.EMPTY.share());
        assertEquals(Option.none(), WeightedSums.EMPTY.mean());
        assertEquals(Option.none(), WeightedSums.EMPTY.varianceOfMean());
        assertEquals(Option.none(), WeightedSums.ofValue(3, 7).varianceOfMean());
        assertEquals(Option.none(), WeightedSums.ofAnswer(3, true).varianceOfShare());
        assertEquals(Option.some(7.0), WeightedSums.ofValue(3, 7).mean());
    }

    @Test
    @DisplayName("of two parts add up to the sums of the whole")
    void plus() {
        WeightedSums north = WeightedSums.EMPTY.add(1, 7).add(2, 8);
        WeightedSums south = WeightedSums.ofValue(2, 6).add(4, 9);
        WeightedSums all = WeightedSums.EMPTY.add(1, 7).add(2, 8).add(2, 6).add(4, 9);
        assertEquals(all, north.plus(south));
        assertEquals(all, all.plus(WeightedSums.EMPTY));
        assertEquals(all, WeightedSums.EMPTY.plus(all));
        // the other order takes the deviations from the other shift: the same figures
        WeightedSums other = south.plus(north);
        assertEquals(6, other.shift());
        assertEquals(all.mean().get(), other.mean().get(), 1e-12);
        assertEquals(all.varianceOfMean().get(), other.varianceOfMean().get(), 1e-12);
        assertEquals(all.sumOfWeightedSquaredValues(), other.sumOfWeightedSquaredValues(), 1e-9);
        assertEquals(all, other.shifted(7));
        assertEquals(3.24, all.effectiveSize(), 1e-12);
    }

    @Test
    @DisplayName("take only positive finite weights")
    void weight() {
        for (double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertBreaks(WeightedSums.WEIGHT, () -> WeightedSums.ofValue(w, 5));
            assertBreaks(WeightedSums.WEIGHT, () -> WeightedSums.ofAnswer(w, true));
        }
        assertEquals(
                WeightedSums.WEIGHT,
                WeightedSums.validateValue(-2, 5).getError().single().rule());
    }

    @Test
    @DisplayName("take only finite values")
    void value() {
        assertBreaks(WeightedSums.VALUE, () -> WeightedSums.ofValue(1, Double.NaN));
        assertEquals(
                List.of(WeightedSums.WEIGHT, WeightedSums.VALUE),
                WeightedSums.validateValue(0, Double.NEGATIVE_INFINITY)
                        .getError()
                        .map(v -> v.rule()));
    }

    @Test
    @DisplayName("have a count that is not negative")
    void count() {
        assertEquals(
                List.of(WeightedSums.COUNT_NEGATIVE, WeightedSums.YES_COUNT_RANGE),
                rulesBrokenBy(() -> sums(-1, 0, 1, 1, 0, 0, 0, 0, 0, 0)));
    }

    @Test
    @DisplayName("have between 0 and all observations counted as yes")
    void yesCount() {
        assertBreaks(WeightedSums.YES_COUNT_RANGE, () -> sums(2, 3, 2, 2, 2, 2, 2, 2, 2, 2));
        assertBreaks(WeightedSums.YES_COUNT_RANGE, () -> sums(2, -1, 2, 2, 0, 0, 0, 0, 0, 0));
    }

    @Test
    @DisplayName("have finite sums")
    void finite() {
        assertBreaks(WeightedSums.FINITE, () -> sums(2, 0, 2, 2, 0, 0, Double.NaN, 2, 0, 0));
        assertBreaks(WeightedSums.FINITE, () -> sums(2, 0, 2, 2, 0, 0, 0, Double.POSITIVE_INFINITY, 0, 0));
        // a weight whose square overflows
        assertBreaks(WeightedSums.FINITE, () -> WeightedSums.ofValue(1e300, 1));
    }

    @Test
    @DisplayName("have positive sums of weights with observations and zero sums without")
    void weightsMatchCount() {
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(0, 0, 1, 0, 0, 0, 0, 0, 0, 0));
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(3, 0, 2, 0, 0, 0, 0, 0, 0, 0));
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(3, 0, 2, -2, 0, 0, 0, 0, 0, 0));
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(0, 0, 0, 0, 0, 0, 1, 1, 0, 0));
    }

    @Test
    @DisplayName("have a weighted yes sum between 0 and the sum of weights that matches the yes count")
    void yesSum() {
        assertBreaks(WeightedSums.YES_SUM_RANGE, () -> sums(2, 1, 2, 2, 2.5, 1, 1, 1, 1, 1));
        assertBreaks(WeightedSums.YES_SUM_RANGE, () -> sums(2, 1, 2, 2, -1, 1, 1, 1, 1, 1));
        assertBreaks(WeightedSums.YES_SUM_RANGE, () -> sums(2, 0, 2, 2, 1, 0, 0, 0, 0, 0));
        assertBreaks(WeightedSums.YES_SUM_RANGE, () -> sums(2, 2, 2, 2, 1, 1, 1, 1, 1, 1));
    }

    @Test
    @DisplayName("have sums of squared deviations that are not negative")
    void squares() {
        assertBreaks(WeightedSums.SQUARES_NEGATIVE, () -> sums(2, 0, 2, 2, 0, 0, 0, -2, 0, 0));
        assertBreaks(WeightedSums.SQUARES_NEGATIVE, () -> sums(2, 0, 2, 2, 0, 0, 0, 0, 0, -2));
    }

    @Test
    @DisplayName("refuse squared weights that put the effective size above n or below 1")
    void squaredWeights() {
        // three observations whose weights add up to 3 have Σw² >= 3: 2 would make Kish's size 4.5 > 3
        assertBreaks(WeightedSums.SQUARED_WEIGHTS_RANGE, () -> sums(3, 0, 3, 2, 0, 0, 0, 0, 0, 0));
        // and Σw² <= (Σw)² = 4: 5 would make it 0.8 < 1
        assertBreaks(WeightedSums.SQUARED_WEIGHTS_RANGE, () -> sums(2, 0, 2, 5, 0, 0, 0, 0, 0, 0));
        // a value sums of 1.000002 observations' worth: allowed, but a mean gets no interval from it
        WeightedSums lopsided = WeightedSums.EMPTY.add(1e6, 7).add(1, 9);
        assertEquals(1.000002, lopsided.effectiveSize(), 1e-6);
    }

    @Test
    @DisplayName("refuse sums of squares that no observations can have (Cauchy-Schwarz)")
    void cauchySchwarz() {
        // Σw(y-c)² = 1 below (Σw(y-c))²/Σw = 4/2
        assertBreaks(WeightedSums.CAUCHY_SCHWARZ, () -> sums(2, 0, 2, 2, 0, 0, 2, 1, 0, 0));
        // Σw²(y-c)² = 1 below (Σw²(y-c))²/Σw² = 4/2
        assertBreaks(WeightedSums.CAUCHY_SCHWARZ, () -> sums(2, 0, 2, 2, 0, 0, 0, 0, 2, 1));
        // one "yes" of weight sum 1 has Σw²·yes = 1, not 0.5
        assertBreaks(WeightedSums.CAUCHY_SCHWARZ, () -> sums(2, 1, 2, 2, 1, 0.5, 1, 1, 1, 1));
        // no "yes" has Σw²·yes = 0
        assertBreaks(WeightedSums.CAUCHY_SCHWARZ, () -> sums(2, 0, 2, 2, 0, 1, 0, 0, 0, 0));
        // rounding in long sums is not an error
        WeightedSums many = WeightedSums.EMPTY;
        for (int i = 0; i < 10_000; i++) {
            many = many.add(0.1 + (i % 7) * 0.3, 3.3 + (i % 5) * 0.7);
        }
        assertEquals(10_000, many.count());
    }

    private static WeightedSums sums(
            long count,
            long yes,
            double w,
            double w2,
            double wYes,
            double w2Yes,
            double s1,
            double s2,
            double t1,
            double t2) {
        return WeightedSums.builder()
                .count(count)
                .yesCount(yes)
                .sumOfWeights(w)
                .sumOfSquaredWeights(w2)
                .sumOfWeightedYes(wYes)
                .sumOfSquaredWeightedYes(w2Yes)
                .sumOfWeightedDeviations(s1)
                .sumOfWeightedSquaredDeviations(s2)
                .sumOfSquaredWeightedDeviations(t1)
                .sumOfSquaredWeightedSquaredDeviations(t2)
                .build();
    }
}
