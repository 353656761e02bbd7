package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C90;
import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.C99;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.control.Option;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("On any input")
class StatsProperties {

    /** A count {@code k} of {@code n}. */
    record Share(long k, long n) {}

    /** One answer: its weight, its value (1-10), and whether it counts as "yes". */
    record Answer(double weight, int value, boolean yes) {}

    private static Gen<Share> shares(int maxN) {
        return integers().between(1, maxN).zip(doubles().between(0, 1), (n, f) -> new Share(Math.round(f * n), n));
    }

    private static Gen<ConfidenceLevel> levels() {
        return doubles().between(0.5, 0.999).map(ConfidenceLevel::of);
    }

    private static Gen<Long> counts() {
        return integers().between(0, 500).map(Integer::longValue);
    }

    private static Gen<List<Answer>> answers(int min) {
        Gen<Answer> answer = doubles()
                .between(0.2, 5)
                .zip(integers().between(1, 10), booleans().all(), Answer::new);
        return lists().of(answer).ofSizeBetween(min, 40);
    }

    private static WeightedSums sums(List<Answer> answers) {
        WeightedSums sums = WeightedSums.EMPTY;
        for (Answer a : answers) {
            sums = sums.add(a.weight(), a.value());
        }
        return sums;
    }

    private static WeightedSums shareSums(List<Answer> answers) {
        WeightedSums sums = WeightedSums.EMPTY;
        for (Answer a : answers) {
            sums = sums.addAnswer(a.weight(), a.yes());
        }
        return sums;
    }

    private static void assertContains(Estimate e) {
        e.interval().forEach(i -> assertTrue(i.contains(e.value()), () -> e.toString()));
    }

    private static void assertContains(Difference d) {
        assertTrue(d.interval().contains(d.value()), d::toString);
    }

    @Test
    @DisplayName("every interval contains its estimate")
    void containsEstimate() {
        qt().forAll(shares(3000), levels())
                .checkAssert((s, level) ->
                        assertContains(Proportions.wilson(s.k(), s.n(), level).get()));
        qt().forAll(counts(), integers().between(1, 100_000), levels())
                .checkAssert((k, population, level) ->
                        assertContains(Rates.rate(k, population, 1_000, level).get()));
        qt().forAll(counts(), counts().map(k -> k + 1), levels())
                .checkAssert((k1, k2, level) ->
                        assertContains(Ratios.ratio(k1, k2, level).get()));
        qt().forAll(answers(1), levels()).checkAssert((a, level) -> {
            assertContains(Means.mean(sums(a), level).get());
            assertContains(Proportions.weighted(shareSums(a), level).get());
        });
        qt().forAll(shares(500), shares(500), levels())
                .checkAssert((s1, s2, level) ->
                        assertContains(Differences.ofProportions(s1.k(), s1.n(), s2.k(), s2.n(), level)
                                .get()));
        qt().forAll(answers(2), answers(2), levels()).checkAssert((a, b, level) -> {
            Differences.ofMeans(sums(a), sums(b), level).forEach(StatsProperties::assertContains);
            assertContains(Differences.ofWeightedProportions(shareSums(a), shareSums(b), level)
                    .get());
        });
        qt().forAll(counts(), counts(), levels())
                .checkAssert((k1, k2, level) -> assertContains(Differences.ofRates(k1, 10_000, k2, 12_000, 1_000, level)
                        .get()));
    }

    @Test
    @DisplayName("the Wilson interval of a share narrows as the sample grows")
    void wilsonNarrows() {
        qt().forAll(shares(2000), integers().between(2, 20), levels()).checkAssert((s, m, level) -> {
            double small = Proportions.wilson(s.k(), s.n(), level)
                    .get()
                    .interval()
                    .get()
                    .width();
            double large = Proportions.wilson(s.k() * m, s.n() * m, level)
                    .get()
                    .interval()
                    .get()
                    .width();
            assertTrue(large < small, () -> s + " times " + m + ": " + large + " not below " + small);
        });
    }

    /** Asserts the 99% interval encloses the 95% one, which encloses the 90% one. */
    private static void assertNested(Function<ConfidenceLevel, Option<Interval>> interval) {
        Option<Interval> i90 = interval.apply(C90);
        Option<Interval> i95 = interval.apply(C95);
        Option<Interval> i99 = interval.apply(C99);
        assertEquals(i90.isDefined(), i99.isDefined());
        i90.forEach(narrow -> {
            assertTrue(i95.get().encloses(narrow), () -> i95 + " does not enclose " + narrow);
            assertTrue(i99.get().encloses(i95.get()), () -> i99 + " does not enclose " + i95);
        });
    }

    @Test
    @DisplayName("a 99% interval contains the 95% one, which contains the 90% one")
    void nested() {
        qt().forAll(shares(3000))
                .checkAssert(s -> assertNested(
                        level -> Proportions.wilson(s.k(), s.n(), level).flatMap(Estimate::interval)));
        qt().forAll(counts(), integers().between(1, 100_000))
                .checkAssert((k, population) -> assertNested(
                        level -> Rates.rate(k, population, 1_000, level).flatMap(Estimate::interval)));
        qt().forAll(counts(), counts().map(k -> k + 1))
                .checkAssert((k1, k2) ->
                        assertNested(level -> Ratios.ratio(k1, k2, level).flatMap(Estimate::interval)));
        qt().forAll(answers(1)).checkAssert(a -> {
            assertNested(level -> Means.mean(sums(a), level).flatMap(Estimate::interval));
            assertNested(level -> Proportions.weighted(shareSums(a), level).flatMap(Estimate::interval));
        });
        qt().forAll(shares(500), shares(500))
                .checkAssert((s1, s2) ->
                        assertNested(level -> Differences.ofProportions(s1.k(), s1.n(), s2.k(), s2.n(), level)
                                .map(Difference::interval)));
        qt().forAll(answers(2), answers(2)).checkAssert((a, b) -> {
            assertNested(level -> Differences.ofMeans(sums(a), sums(b), level).map(Difference::interval));
            assertNested(level -> Differences.ofWeightedProportions(shareSums(a), shareSums(b), level)
                    .map(Difference::interval));
        });
        qt().forAll(counts(), counts())
                .checkAssert((k1, k2) -> assertNested(level -> Differences.ofRates(k1, 10_000, k2, 12_000, 1_000, level)
                        .map(Difference::interval)));
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.max(Math.abs(expected), Math.abs(actual))));
    }

    private static void assertSame(Option<Estimate> expected, Option<Estimate> actual) {
        assertEquals(expected.isDefined(), actual.isDefined());
        expected.forEach(e -> {
            assertClose(e.value(), actual.get().value());
            assertEquals(e.interval().isDefined(), actual.get().interval().isDefined());
            e.interval().forEach(i -> {
                assertClose(i.lower(), actual.get().interval().get().lower());
                assertClose(i.upper(), actual.get().interval().get().upper());
            });
        });
    }

    @Test
    @DisplayName("linearised variances agree with plain loops over the answers, wherever the answers lie")
    void linearisedVariancesAgreeWithPlainLoops() {
        qt().forAll(answers(2), doubles().between(-1e7, 1e7)).checkAssert((answers, offset) -> {
            // the oracle, straight from the formula n/(n-1) · Σw²(y - ȳ)² / (Σw)², in two passes
            double w = 0;
            double wy = 0;
            double wYes = 0;
            for (Answer a : answers) {
                w += a.weight();
                wy += a.weight() * a.value();
                wYes += a.yes() ? a.weight() : 0;
            }
            double mean = wy / w;
            double p = wYes / w;
            double squares = 0;
            double shareSquares = 0;
            for (Answer a : answers) {
                squares += a.weight() * a.weight() * (a.value() - mean) * (a.value() - mean);
                double y = a.yes() ? 1 : 0;
                shareSquares += a.weight() * a.weight() * (y - p) * (y - p);
            }
            double n = answers.size();
            double expectedMean = n / (n - 1) * squares / (w * w);
            double expectedShare = n / (n - 1) * shareSquares / (w * w);
            WeightedSums values = WeightedSums.EMPTY;
            WeightedSums shifted = WeightedSums.EMPTY;
            for (Answer a : answers) {
                values = values.add(a.weight(), a.value());
                shifted = shifted.add(a.weight(), a.value() + offset);
            }
            assertEquals(expectedMean, values.varianceOfMean().get(), 1e-12 * Math.max(1, expectedMean));
            // the same spread far from zero: no digits lost to the offset
            assertEquals(expectedMean, shifted.varianceOfMean().get(), 1e-9 * Math.max(1, expectedMean));
            assertEquals(expectedShare, shareSums(answers).varianceOfShare().get(), 1e-12);
        });
    }

    @Test
    @DisplayName("weighted sums of two parts give the same estimates as the sums of all their answers")
    void weightedSumsCombine() {
        qt().forAll(answers(0), answers(0)).checkAssert((a, b) -> {
            List<Answer> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            WeightedSums combined = sums(a).plus(sums(b));
            WeightedSums whole = sums(all);
            assertEquals(whole.count(), combined.count());
            assertClose(whole.effectiveSize(), combined.effectiveSize());
            assertSame(Means.mean(whole, C95), Means.mean(combined, C95));
            WeightedSums combinedShares = shareSums(a).plus(shareSums(b));
            WeightedSums wholeShares = shareSums(all);
            assertEquals(wholeShares.yesCount(), combinedShares.yesCount());
            assertSame(Proportions.weighted(wholeShares, C95), Proportions.weighted(combinedShares, C95));
        });
    }

    @Test
    @DisplayName("weighted shares with equal weights are Wilson's on n - 1 (on n at 0 and 1), differences Newcombe's")
    void equalWeights() {
        qt().forAll(shares(300), shares(300), doubles().between(0.1, 10)).checkAssert((s1, s2, w) -> {
            WeightedSums a = WeightedSums.EMPTY;
            for (long i = 0; i < s1.n(); i++) {
                a = a.addAnswer(w, i < s1.k());
            }
            WeightedSums b = WeightedSums.EMPTY;
            for (long i = 0; i < s2.n(); i++) {
                b = b.addAnswer(w, i < s2.k());
            }
            double p1 = (double) s1.k() / s1.n();
            double p2 = (double) s2.k() / s2.n();
            // the design-based effective size of equal weights: n - 1 inside (0, 1), Kish's n at its ends
            double n1 = s1.k() == 0 || s1.k() == s1.n() ? s1.n() : s1.n() - 1;
            double n2 = s2.k() == 0 || s2.k() == s2.n() ? s2.n() : s2.n() - 1;
            Interval w1 = Proportions.wilsonInterval(p1, n1, C95.z());
            Interval w2 = Proportions.wilsonInterval(p2, n2, C95.z());
            assertSame(Option.some(Estimate.of(p1, w1)), Proportions.weighted(a, C95));
            double d = p1 - p2;
            Estimate newcombe = Estimate.of(
                    d,
                    Interval.of(
                            d - Math.hypot(p1 - w1.lower(), w2.upper() - p2),
                            d + Math.hypot(w1.upper() - p1, p2 - w2.lower())));
            Difference weighted = Differences.ofWeightedProportions(a, b, C95).get();
            assertSame(Option.some(newcombe), Option.some(weighted.estimate()));
        });
    }
}
