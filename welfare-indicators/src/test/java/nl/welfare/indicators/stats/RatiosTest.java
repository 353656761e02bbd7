package nl.welfare.indicators.stats;

import static nl.welfare.indicators.stats.StatsAssertions.C95;
import static nl.welfare.indicators.stats.StatsAssertions.REFERENCE;
import static nl.welfare.indicators.stats.StatsAssertions.assertBreaks;
import static nl.welfare.indicators.stats.StatsAssertions.assertInterval;
import static nl.welfare.indicators.stats.StatsAssertions.level;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A ratio of two counts")
class RatiosTest {

    /*
     * 30 over 60: p = 30/90 = 1/3, Wilson on (1/3, 90) gives [l, u]; the ratio interval is [l/(1-l), u/(1-u)].
     * Evaluated independently (SciPy): 90% 0.346835-0.720803, 95% 0.323688-0.772348, 99% 0.283245-0.882627.
     * 0 over 20: Wilson's upper bound for 0/20, u, gives u/(1-u): 90% 0.135277, 95% 0.192073, 99% 0.331745.
     */
    @ParameterizedTest(name = "{0} over {1} at {2}%")
    @CsvSource({
        "30, 60, 90, 0.346835, 0.720803",
        "30, 60, 95, 0.323688, 0.772348",
        "30, 60, 99, 0.283245, 0.882627",
        "0, 20, 90, 0, 0.135277",
        "0, 20, 95, 0, 0.192073",
        "0, 20, 99, 0, 0.331745"
    })
    @DisplayName("has the Wilson interval of its share transformed to a ratio")
    void levels(long k1, long k2, int percent, double lower, double upper) {
        Estimate ratio = Ratios.ratio(k1, k2, level(percent)).get();
        assertEquals((double) k1 / k2, ratio.value(), 1e-15);
        assertInterval(lower, upper, ratio, REFERENCE);
    }

    @Test
    @DisplayName("of a count of 0 is 0 with lower bound 0")
    void zeroNumerator() {
        Estimate ratio = Ratios.ratio(0, 20, C95).get();
        assertEquals(0, ratio.value());
        assertEquals(0, ratio.interval().get().lower());
    }

    @Test
    @DisplayName("over a count of 0 is not computable: it has no finite upper bound")
    void zeroDenominator() {
        assertEquals(Option.none(), Ratios.ratio(5, 0, C95));
        assertEquals(Option.none(), Ratios.ratio(0, 0, C95));
    }

    @Test
    @DisplayName("counts nothing negative")
    void countNegative() {
        assertBreaks(Ratios.COUNT_NEGATIVE, () -> Ratios.ratio(-1, 5, C95));
        assertBreaks(Ratios.COUNT_NEGATIVE, () -> Ratios.ratio(5, -1, C95));
    }
}
