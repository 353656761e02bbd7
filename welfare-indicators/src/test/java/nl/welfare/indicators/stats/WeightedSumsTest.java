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
    @DisplayName("give the weighted share, mean and reliability-weighted variance")
    void moments() {
        // weights 1, 1, 2, 2, 4; values 5, 7, 6, 8, 9; "yes" for the 1st, 3rd and 5th
        WeightedSums sums =
                WeightedSums.EMPTY.add(1, 5).add(1, 7).add(2, 6).add(2, 8).add(4, 9);
        assertEquals(7.6, sums.mean().get(), 1e-12); // (5 + 7 + 12 + 16 + 36) / 10
        // Σw(y - 7.6)² = 6.76 + 0.36 + 5.12 + 0.32 + 7.84 = 20.4; Σw - Σw²/Σw = 10 - 2.6 = 7.4; 20.4 / 7.4
        assertEquals(20.4 / 7.4, sums.variance().get(), 1e-12);
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
    }

    @Test
    @DisplayName("with equal weights give the usual sample variance")
    void unweightedVariance() {
        WeightedSums sums = WeightedSums.EMPTY.add(1, 7).add(1, 8).add(1, 6);
        assertEquals(1, sums.variance().get(), 1e-12);
    }

    @Test
    @DisplayName("have no share, mean or variance without observations, and no variance with one")
    void notComputable() {
        assertEquals(Option.none(), WeightedSums.EMPTY.share());
        assertEquals(Option.none(), WeightedSums.EMPTY.mean());
        assertEquals(Option.none(), WeightedSums.EMPTY.variance());
        assertEquals(Option.none(), WeightedSums.ofValue(3, 7).variance());
        assertEquals(Option.some(7.0), WeightedSums.ofValue(3, 7).mean());
    }

    @Test
    @DisplayName("of two parts add up to the sums of the whole")
    void plus() {
        WeightedSums north = WeightedSums.EMPTY.add(1, 7).add(2, 8);
        WeightedSums south = WeightedSums.ofValue(2, 6).add(4, 9);
        WeightedSums all = WeightedSums.EMPTY.add(1, 7).add(2, 8).add(2, 6).add(4, 9);
        assertEquals(all, north.plus(south));
        assertEquals(all, south.plus(north));
        assertEquals(all, all.plus(WeightedSums.EMPTY));
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
                rulesBrokenBy(() -> sums(-1, 0, 1, 1, 1, 1, 0)));
    }

    @Test
    @DisplayName("have between 0 and all observations counted as yes")
    void yesCount() {
        assertBreaks(WeightedSums.YES_COUNT_RANGE, () -> sums(2, 3, 2, 2, 2, 2, 2));
        assertBreaks(WeightedSums.YES_COUNT_RANGE, () -> sums(2, -1, 2, 2, 2, 2, 0));
    }

    @Test
    @DisplayName("have finite sums")
    void finite() {
        assertBreaks(WeightedSums.FINITE, () -> sums(2, 0, 2, 2, Double.NaN, 2, 0));
        assertBreaks(WeightedSums.FINITE, () -> sums(2, 0, 2, 2, 2, Double.POSITIVE_INFINITY, 0));
        // a weight whose square overflows
        assertBreaks(WeightedSums.FINITE, () -> WeightedSums.ofValue(1e300, 1));
    }

    @Test
    @DisplayName("have positive sums of weights with observations and zero sums without")
    void weightsMatchCount() {
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(0, 0, 1, 0, 0, 0, 0));
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(3, 0, 2, 0, 0, 0, 0));
        assertBreaks(WeightedSums.WEIGHTS_MATCH_COUNT, () -> sums(3, 0, 2, -2, 0, 0, 0));
    }

    @Test
    @DisplayName("have a weighted yes sum between 0 and the sum of weights")
    void yesSum() {
        assertBreaks(WeightedSums.YES_SUM_RANGE, () -> sums(2, 1, 2, 2, 2, 2, 2.5));
        assertBreaks(WeightedSums.YES_SUM_RANGE, () -> sums(2, 1, 2, 2, 2, 2, -1));
    }

    @Test
    @DisplayName("have a sum of weighted squares that is not negative")
    void squares() {
        assertBreaks(WeightedSums.SQUARES_NEGATIVE, () -> sums(2, 0, 2, 2, 2, -2, 0));
    }

    private static WeightedSums sums(long count, long yes, double w, double w2, double wy, double wy2, double wyes) {
        return WeightedSums.builder()
                .count(count)
                .yesCount(yes)
                .sumOfWeights(w)
                .sumOfSquaredWeights(w2)
                .sumOfWeightedValues(wy)
                .sumOfWeightedSquaredValues(wy2)
                .sumOfWeightedYes(wyes)
                .build();
    }
}
