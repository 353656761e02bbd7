package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.REFERENCE;
import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.assertInterval;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static nl.welfare.indicators.stats.StatsAssertions.rulesBrokenBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A rate")
class RatesTest {

    /*
     * Hand-computed references for the switch at k = 10.
     *
     * k = 9, exact (Garwood): L = χ²(α/2; 18)/2, U = χ²(1 - α/2; 20)/2. Equivalently, L solves P(X >= 9 | μ = L) = α/2
     * and U solves P(X <= 9 | μ = U) = α/2 for a Poisson X, which bisection on the Poisson sums gives as
     *   90%: 4.695228 - 15.705216
     *   95%: 4.115373 - 17.084803   (the tabulated 4.12 - 17.08)
     *   99%: 3.132402 - 19.998423
     *
     * k = 10, Byar: L = 10·(1 - 1/90 - z/(3·sqrt(10)))³, U = 11·(1 - 1/99 + z/(3·sqrt(11)))³; at 95%, z = 1.959964:
     *   L = 10·(1 - 0.011111 - 0.206598)³ = 10·0.782291³ = 10·0.478745 = 4.787450
     *   U = 11·(1 - 0.010101 + 0.196984)³ = 11·1.186883³ = 11·1.671951 = 18.391459
     *   90% (z = 1.644854): 5.423525 - 16.958166
     *   99% (z = 2.575829): 3.691768 - 21.421508
     * The exact limits at k = 10 differ (95%: 4.795389 - 18.390356), which shows which method was used.
     */
    @ParameterizedTest(name = "at {0}%")
    @CsvSource({
        "90, 4.695228, 15.705216, 5.423525, 16.958166, 5.425406",
        "95, 4.115373, 17.084803, 4.787450, 18.391459, 4.795389",
        "99, 3.132402, 19.998423, 3.691768, 21.421508, 3.716922"
    })
    @DisplayName("switches from the exact Poisson interval below 10 to Byar's from 10")
    void switchAtTen(
            int percent,
            double exactLower9,
            double exactUpper9,
            double byarLower10,
            double byarUpper10,
            double exactLower10) {
        ConfidenceLevel level = level(percent);
        assertEquals(10, Rates.BYAR_FROM);
        // per = population: the rate is the count itself
        assertInterval(
                exactLower9, exactUpper9, Rates.rate(9, 1000, 1000, level).get(), REFERENCE);
        assertInterval(
                byarLower10, byarUpper10, Rates.rate(10, 1000, 1000, level).get(), REFERENCE);
        assertEquals(Rates.exactPoisson(9, level), Rates.countInterval(9, level));
        assertEquals(Rates.byar(10, level), Rates.countInterval(10, level));
        assertEquals(exactLower10, Rates.exactPoisson(10, level).lower(), REFERENCE);
        assertNotEquals(Rates.exactPoisson(10, level), Rates.countInterval(10, level));
    }

    @Test
    @DisplayName("is scaled per the given number of inhabitants")
    void scaled() {
        Estimate rate = Rates.rate(25, 12_000, 1_000, C95).get();
        assertEquals(25.0 / 12, rate.value(), 1e-12);
        Interval count = Rates.countInterval(25, C95);
        assertInterval(count.lower() / 12, count.upper() / 12, rate, 1e-12);
        assertInterval(1.347855, 3.075538, rate, REFERENCE);
    }

    /* k = 0: L = 0 and U = χ²(1 - α/2; 2)/2 = -ln(α/2): 2.995732, 3.688879, 5.298317; per 1,000 of 2,000: half. */
    @ParameterizedTest(name = "at {0}%")
    @CsvSource({"90, 1.497866", "95, 1.844440", "99, 2.649159"})
    @DisplayName("of a count of 0 is 0 with lower bound 0 and the exact upper bound")
    void zero(int percent, double upper) {
        Estimate rate = Rates.rate(0, 2_000, 1_000, level(percent)).get();
        assertEquals(0, rate.value());
        assertInterval(0, upper, rate, REFERENCE);
    }

    @Test
    @DisplayName("of an area without inhabitants is not computable")
    void noPopulation() {
        assertEquals(Option.none(), Rates.rate(3, 0, 1_000, C95));
        assertEquals(Option.none(), Rates.rate(0, 0, 1_000, C95));
    }

    @Test
    @DisplayName("counts nothing negative")
    void countNegative() {
        assertBreaks(Rates.COUNT_NEGATIVE, () -> Rates.rate(-1, 100, 1_000, C95));
        assertBreaks(Rates.COUNT_NEGATIVE, () -> Rates.countInterval(-1, C95));
    }

    @Test
    @DisplayName("has a population that is not negative")
    void populationNegative() {
        assertBreaks(Rates.POPULATION_NEGATIVE, () -> Rates.rate(1, -100, 1_000, C95));
    }

    @Test
    @DisplayName("is per a positive number of inhabitants")
    void perPositive() {
        assertBreaks(Rates.PER_POSITIVE, () -> Rates.rate(1, 100, 0, C95));
        assertEquals(
                List.of(Rates.COUNT_NEGATIVE, Rates.POPULATION_NEGATIVE, Rates.PER_POSITIVE),
                rulesBrokenBy(() -> Rates.rate(-1, -1, -1, C95)));
    }
}
